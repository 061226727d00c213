package org.broadsheet.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How far two labellers agree: a second, blind labelling of some articles of the read parts is scored against the
 * existing labels with {@link AttributionScorer}, both ways (existing labels as truth and the second set as
 * prediction, then the reverse), and the analyser's output on the same articles is scored against each set. Labels
 * are already in the spec's shape, so a label set is its own "spec view". If the two labellers agree on fewer quote
 * speakers or figures than the aims, those aims are partly bounded by label noise; if the analyser agrees
 * more with the labels it was tuned on than with the second set, part of its score on tuning parts is fitting one
 * labeller's choices.
 *
 * <p>The second set is a JSON array of articles with {@code part} (a read part's split) and {@code id}; only read
 * parts are accepted (never a check or untouched part). Run from the repository root:
 *
 * <pre>
 * java -cp "$(cat broadsheet-analysis/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.LabelAgreementBench --relabelled FILE [--cache DIR] [--show]
 * </pre>
 *
 * {@code --show} prints every disagreement between the two label sets (existing labels as truth; the reverse's speaker
 * verdicts) and, with {@code --cache}, the analyser's misses and extras against each set.
 */
public final class LabelAgreementBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelAgreementBench() {
    }

    /**
     * Runs the comparison.
     *
     * @param args {@code --relabelled FILE} the second label set; {@code --cache DIR} keeps the annotations (without
     *        it the analyser is not run); {@code --show} prints the disagreements
     */
    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        int file = a.indexOf("--relabelled");
        int cache = a.indexOf("--cache");
        boolean show = a.contains("--show");
        if (file < 0) {
            throw new IllegalArgumentException("--relabelled FILE is needed");
        }
        List<JsonNode> second = new ArrayList<>();
        JSON.readTree(Files.readString(Path.of(args[file + 1]))).forEach(second::add);
        Map<String, Map<String, JsonNode>> parts = new HashMap<>();
        List<JsonNode> first = new ArrayList<>();
        for (JsonNode s : second) {
            String part = s.path("part").asText();
            // a second labelling of a check or untouched part would read it miss by miss: refused
            if (!AttributionBench.READ_PARTS.contains(part)) {
                throw new IllegalArgumentException("not a read part: " + part);
            }
            Map<String, JsonNode> byId = parts.computeIfAbsent(part, p -> {
                Map<String, JsonNode> m = new HashMap<>();
                new AttributionBench.Part(p, p, false).articles().forEach(n -> m.put(n.path("id").asText(), n));
                return m;
            });
            JsonNode existing = byId.get(s.path("id").asText());
            if (existing == null) {
                throw new IllegalArgumentException("no article " + s.path("id").asText() + " in " + part);
            }
            first.add(existing);
        }
        AttributionScorer.Card existingAsTruth = new AttributionScorer.Card();
        AttributionScorer.Card secondAsTruth = new AttributionScorer.Card();
        for (int i = 0; i < second.size(); i++) {
            String shortId = shortId(second.get(i));
            existingAsTruth.add(AttributionScorer.score(first.get(i), second.get(i), line -> {
                if (show) {
                    System.out.println("  " + shortId + " " + line);
                }
            }));
            // the reverse direction's misses and extras mirror the first's; only its speaker verdicts can differ
            // (a second set's speaker_alt or joint speakers are accepted only when it is the truth)
            secondAsTruth.add(AttributionScorer.score(second.get(i), first.get(i), line -> {
                if (show && line.startsWith("speaker")) {
                    System.out.println("  " + shortId + " (second = truth) " + line);
                }
            }));
        }
        System.out.println(second.size() + " articles");
        System.out.println("second labelling scored against the existing labels (existing = truth):");
        System.out.println(existingAsTruth.report());
        System.out.println("existing labels scored against the second labelling (second = truth):");
        System.out.println(secondAsTruth.report());
        if (cache < 0) {
            return;
        }
        Analyzer analyzer = new Analyzer(new AnnotationCache(Path.of(args[cache + 1])), Analyzer.MAX_CHARS,
                ReportedSpeechModel.judge());
        AttributionScorer.Card vsExisting = new AttributionScorer.Card();
        AttributionScorer.Card vsSecond = new AttributionScorer.Card();
        for (int i = 0; i < second.size(); i++) {
            ObjectNode predicted = AttributionBench.specView(analyzer.analyze(AttributionBench.article(first.get(i)), null));
            String shortId = shortId(first.get(i));
            vsExisting.add(AttributionScorer.score(first.get(i), predicted, line -> {
                if (show) {
                    System.out.println("  " + shortId + " (analyser, existing = truth) " + line);
                }
            }));
            vsSecond.add(AttributionScorer.score(second.get(i), predicted, line -> {
                if (show) {
                    System.out.println("  " + shortId + " (analyser, second = truth) " + line);
                }
            }));
        }
        System.out.println("analyser against the existing labels:");
        System.out.println(vsExisting.report());
        System.out.println("analyser against the second labelling:");
        System.out.println(vsSecond.report());
    }

    /** An article's id cut to 8 characters, as the other benches print it. */
    private static String shortId(JsonNode article) {
        String id = article.path("id").asText();
        return id.substring(0, Math.min(8, id.length()));
    }
}
