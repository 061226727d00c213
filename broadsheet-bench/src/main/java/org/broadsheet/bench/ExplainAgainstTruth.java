package org.broadsheet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.broadsheet.Extraction;
import org.broadsheet.Extractor;
import org.broadsheet.article.BlockDecision;
import org.broadsheet.article.RawPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A development aid: prints every block of one benchmark page with the extractor's decision and
 * whether the ground truth contains it, so that wrong decisions stand out.
 *
 * <pre>ExplainAgainstTruth HTML_DIR TRUTH.json ID [--errors]</pre>
 *
 * Marks: {@code ok+} kept and in truth, {@code ok-} removed and not in truth, {@code FP} kept but not
 * in truth, {@code FN} removed but in truth.
 */
public final class ExplainAgainstTruth {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonNode truth = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        boolean errorsOnly = args.length > 3 && args[3].equals("--errors");
        if (args[2].equals("ALL")) {
            for (var it = truth.fieldNames(); it.hasNext();) {
                String id = it.next();
                System.out.println("### " + id);
                explain(dir, truth, id, true);
            }
        } else {
            explain(dir, truth, args[2], errorsOnly);
        }
    }

    private static void explain(Path dir, JsonNode truth, String id, boolean errorsOnly) throws Exception {
        byte[] html;
        Path flatFile = dir.resolve(id + ".txt");
        boolean flat = Files.exists(flatFile);
        if (flat) {
            html = Files.readAllBytes(flatFile);
        } else {
            try (var in = new GZIPInputStream(Files.newInputStream(dir.resolve(id + ".html.gz")))) {
                html = in.readAllBytes();
            }
        }
        String body = truth.path(id).path("articleBody").asText();
        Set<String> truthWords = shingles(body);
        Extraction ex = new Extractor().explain(new RawPage(id, html, truth.path(id).path("url").asText(null), null),
                flat ? org.broadsheet.InputFormat.TEXT : org.broadsheet.InputFormat.HTML);
        for (BlockDecision d : ex.decisions()) {
            Set<String> s = shingles(d.text());
            long hit = s.stream().filter(truthWords::contains).count();
            boolean inTruth = !s.isEmpty() && hit * 2 >= s.size();
            String mark = d.isBody() ? (inTruth ? "ok+" : "FP ") : (inTruth ? "FN " : "ok-");
            if (errorsOnly && mark.startsWith("ok")) {
                continue;
            }
            String text = d.text();
            System.out.printf(Locale.ROOT, "%s %-14s %-5s %s%n     %s%n", mark,
                    d.isBody() ? "body" : d.kind().name().toLowerCase(Locale.ROOT), d.type().name().substring(0, 4),
                    text.length() > 160 ? text.substring(0, 160) + "…" : text, d.reason());
        }
    }

    private static Set<String> shingles(String text) {
        String[] w = text.split("[^\\p{L}\\p{N}_]+");
        Set<String> out = new HashSet<>();
        java.util.List<String> words = java.util.Arrays.stream(w).filter(x -> !x.isEmpty()).toList();
        if (words.size() < 4) {
            if (!words.isEmpty()) {
                out.add(String.join(" ", words));
            }
            return out;
        }
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 4)));
        }
        return out;
    }
}
