package org.broadsheet.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A development aid: prints each paragraph of unlabelled bodies with the quotes and reported statements the
 * layer finds in it and their speakers (with {@code --numbers} also its people, figures and dates), for reading the output on articles no rule was written from. Input: a
 * JSON file {@code [{"id", "date", "paragraphs": [..]}]}.
 *
 * <pre>
 * java -Xmx2500m -cp ... org.broadsheet.analysis.DevRead bodies.json --cache DIR [--numbers]
 * </pre>
 */
public final class DevRead {

    private DevRead() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode all = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
        int cache = List.of(args).indexOf("--cache");
        Analyzer analyzer = cache >= 0 ? new Analyzer(new AnnotationCache(Path.of(args[cache + 1])), Analyzer.MAX_CHARS)
                : new Analyzer();
        boolean numbers = List.of(args).contains("--numbers");
        for (JsonNode a : all) {
            List<String> paragraphs = new ArrayList<>();
            a.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            Analysis an = analyzer.analyze(Articles.of(paragraphs, a.path("date").asText(null), "en", List.of(), null), null);
            System.out.println("=== " + a.path("id").asText());
            if (numbers) {
                an.people().forEach(p -> System.out.println("  P " + p.name() + " " + p.roles().stream().map(Role::stated).toList()));
            }
            String text = String.join("\n", paragraphs);
            int offset = 0;
            for (String p : paragraphs) {
                int start = text.indexOf(p, offset);
                int end = start + p.length();
                offset = end;
                System.out.println("\n" + p);
                for (Quote q : an.quotes()) {
                    if (q.start() >= start && q.start() < end) {
                        System.out.println("    Q [" + q.speaker().kind() + ":" + q.speaker().name() + "] (" + q.cue() + ") "
                                + abbreviate(q.text()));
                    }
                }
                for (ReportedSpeech r : an.reportedSpeech()) {
                    if (r.content().start() >= start && r.content().start() < end) {
                        System.out.println("    R [" + r.speaker().kind() + ":" + r.speaker().name() + "] (" + r.cue() + ") "
                                + abbreviate(r.content().text()));
                    }
                }
                for (Figure f : numbers ? an.figures() : List.<Figure>of()) {
                    if (f.start() >= start && f.start() < end) {
                        System.out.println("    F " + f.text() + " = " + f.value() + " " + f.kind() + ":" + f.unit()
                                + (f.qualifier() == null ? "" : " (" + f.qualifier() + ")"));
                    }
                }
                for (DateMention d : numbers ? an.dates() : List.<DateMention>of()) {
                    if (d.start() >= start && d.start() < end) {
                        System.out.println("    D " + d.text() + " = " + d.value() + (d.approximate() ? " (approximate)" : ""));
                    }
                }
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 60) + " ... " + s.substring(s.length() - 25) : s;
    }
}
