package org.broadsheet.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A development aid: prints the reported-speech candidates of one labelled article whose sentence holds some words,
 * whether the rules made each and whether the shipped judge keeps it, beside the article's labels.
 * {@code DevCandidates CACHE_DIR PART.json ID_PREFIX WORDS}.
 */
public final class DevCandidates {

    private DevCandidates() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode all = new ObjectMapper().readTree(Files.readString(Path.of(args[1])));
        for (JsonNode a : all) {
            if (!a.path("id").asText().startsWith(args[2])) {
                continue;
            }
            List<SpeechCandidate> seen = new ArrayList<>();
            List<ReportedSpeech> kept = new ArrayList<>();
            Analyzer recording = new Analyzer(new AnnotationCache(Path.of(args[0])), Analyzer.MAX_CHARS, c -> {
                seen.addAll(c);
                List<ReportedSpeech> k = ReportedSpeechModel.judge().choose(c);
                kept.addAll(k);
                return k;
            });
            List<String> paragraphs = new ArrayList<>();
            a.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            recording.analyze(Articles.of(paragraphs, a.path("date").asText(), "en", List.of(), null), null);
            for (SpeechCandidate c : seen) {
                ReportedSpeech r = c.statement();
                if (args.length > 3 && !r.sentence().text().contains(args[3])) {
                    continue;
                }
                System.out.printf("%s %s cue=%s speaker=%s%n    %s%n    [%s]%n", c.byRules() ? "RULES" : "broad",
                        kept.contains(r) ? "KEPT" : "no", r.cue(), r.speaker().name(), r.sentence().text(), r.content().text());
            }
            // every label of the article: a label's words need not be those of the sentence asked for
            for (JsonNode l : a.path("reported_speech")) {
                System.out.println("LABEL " + l.path("cue").asText() + " | " + l.path("content").asText());
            }
        }
    }
}
