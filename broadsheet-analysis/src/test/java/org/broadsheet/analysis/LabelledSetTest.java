package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores direct quotes, their speakers and reported speech against the hand-labelled set in
 * {@code labelled/quotes.json} and prints precision and recall. Run it alone to see the numbers:
 * {@code mvn -B -q test -pl broadsheet-analysis -am -Dtest=LabelledSetTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * The floors asserted are the numbers recorded in BENCHMARKS.md, less a little: a change that loses
 * quality fails here.
 */
class LabelledSetTest {

    /** Counts for one kind of statement. */
    private static final class Score {
        int predicted;
        int predictedRight;
        int gold;
        int found;
        int speakerRight;

        double precision() {
            return predicted == 0 ? 1 : (double) predictedRight / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        double speakerAccuracy() {
            return found == 0 ? 1 : (double) speakerRight / found;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f (%d/%d)  R %.2f (%d/%d)  speaker %.2f (%d/%d)", precision(),
                    predictedRight, predicted, recall(), found, gold, speakerAccuracy(), speakerRight, found);
        }
    }

    @Test
    void quotesAndReportedSpeechOnTheLabelledSet() throws IOException {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/labelled/quotes.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        Analyzer analyzer = new Analyzer();
        Score quotes = new Score();
        Score reported = new Score();
        Score heldOutQuotes = new Score();
        Score heldOutReported = new Score();
        for (JsonNode a : doc.get("articles")) {
            // articles labelled after the rules were written and never used to write them: scored on their own too
            boolean heldOut = a.path("heldOut").asBoolean(false);
            List<String> paragraphs = new ArrayList<>();
            a.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            Article article = Articles.of(paragraphs, null, "en", List.of(), null);
            Analysis analysis = analyzer.analyze(article, LocalDate.parse(a.get("date").asText()));
            List<String[]> predictedQuotes = analysis.quotes().stream()
                    .map(q -> new String[] {q.text(), q.speaker().name()}).toList();
            List<String[]> predictedReported = analysis.reportedSpeech().stream()
                    .map(r -> new String[] {r.content().text(), r.speaker().name()}).toList();
            score(quotes, predictedQuotes, a.get("quotes"), "text", a.get("id").asText());
            score(reported, predictedReported, a.get("reported"), "content", a.get("id").asText());
            if (heldOut) {
                score(heldOutQuotes, predictedQuotes, a.get("quotes"), "text", "held-out " + a.get("id").asText());
                score(heldOutReported, predictedReported, a.get("reported"), "content", "held-out " + a.get("id").asText());
            }
        }
        System.out.println("labelled set, direct quotes:   " + quotes);
        System.out.println("labelled set, reported speech: " + reported);
        System.out.println("held-out part, direct quotes:   " + heldOutQuotes);
        System.out.println("held-out part, reported speech: " + heldOutReported);
        // Floors lowered for issue 11: this set's guideline (quotes of 3 words or more, statements mostly in
        // quotation marks counted as quotes only) differs from the attribution spec the layer now follows (a
        // one-word quote with a cue counts; a statement with narrative words outside the marks is also
        // reported speech), so spec-correct items count as extras here. See ../attribution for the spec's set.
        // Session 11: reported precision 0.80 -> 0.79 for the spec's R6, a named source's statement inside a direct
        // quote ("... but the President admits he has not followed it religiously," said Gidley), not counted here.
        // Session 21: 0.79 -> 0.78 for the spec's R3 (separate cues, separate items): "said, “We are profoundly pleased
        // and relieved” at the hostages' release, adding that ..." now gives two statements, and the first, mostly in
        // quotation marks, is a quote only here (95/121 against 96/121; recall and speakers the same).
        // Session 25: 0.78 -> 0.77 when the learned judge of broad readings was shipped (it beat the rules by article
        // folds on the attribution set): it keeps one statement more here that this set has no label for (95/122
        // against 95/121; recall and speakers the same).
        assertTrue(quotes.precision() >= 0.85 && quotes.recall() >= 0.95 && quotes.speakerAccuracy() >= 0.92, quotes::toString);
        assertTrue(reported.precision() >= 0.77 && reported.recall() >= 0.88 && reported.speakerAccuracy() >= 0.85,
                reported::toString);
    }

    private static void score(Score score, List<String[]> predicted, JsonNode gold, String field, String id) {
        score.predicted += predicted.size();
        for (String[] p : predicted) {
            boolean right = false;
            for (JsonNode g : gold) {
                right |= norm(p[0]).contains(norm(g.get(field).asText()));
            }
            if (right) {
                score.predictedRight++;
            } else {
                System.out.println("  " + shortId(id) + " extra " + field + ": " + p[1] + " | " + p[0]);
            }
        }
        for (JsonNode g : gold) {
            score.gold++;
            String want = norm(g.get(field).asText());
            String[] match = predicted.stream().filter(p -> norm(p[0]).contains(want)).findFirst().orElse(null);
            if (match == null) {
                System.out.println("  " + shortId(id) + " missed " + field + ": " + g.get(field).asText());
                continue;
            }
            score.found++;
            boolean speaker = false;
            for (JsonNode s : g.get("speaker")) {
                speaker |= norm(match[1]).contains(norm(s.asText()));
            }
            if (speaker) {
                score.speakerRight++;
            } else {
                System.out.println("  " + shortId(id) + " wrong speaker " + match[1] + " for: " + g.get(field).asText());
            }
        }
    }

    private static String shortId(String id) {
        return id.startsWith("held-out ") ? id.substring(0, 17) : id.substring(0, 8);
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip();
    }
}
