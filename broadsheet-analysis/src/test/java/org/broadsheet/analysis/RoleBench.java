package org.broadsheet.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Development aid for people's roles: runs the analyser on the labelled articles of the read parts
 * ({@link AttributionBench#READ_PARTS}: never a check part or an untouched one, since the dump is training data) and
 * writes, per article, its text, the labels' people and the predicted people with their roles, mentions
 * and every role candidate with its features ({@link RoleCandidates}), as one JSON file that
 * {@code bench/train_roles.py} reads to measure role recall and precision by construction and to train the role
 * decision. Run from the repository root:
 *
 * <pre>
 * java -Xmx2g -cp "$(cat broadsheet-analysis/target/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.RoleBench --cache DIR --out target/roles-dump.json
 * </pre>
 */
public final class RoleBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoleBench() {
    }

    /**
     * Writes the dump.
     *
     * @param args {@code --cache DIR} (CoreNLP annotations kept between runs) and {@code --out FILE}
     */
    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        int cache = a.indexOf("--cache");
        int out = a.indexOf("--out");
        // the check parts stay out: bench/train_roles.py trains the role decision on everything the dump holds
        List<JsonNode> all = AttributionBench.tuning().stream()
                .filter(n -> AttributionBench.READ_PARTS.contains(n.path("split").asText())).toList();
        ArrayNode dump = JSON.createArrayNode();
        List<RoleCandidates.Candidate> seen = new ArrayList<>();
        // the analyser hands every role candidate it weighs to the dump
        if (cache < 0 || out < 0) {
            throw new IllegalArgumentException("usage: RoleBench --cache DIR --out dump.json");
        }
        Analyzer analyzer = new Analyzer(new AnnotationCache(Path.of(args[cache + 1])), Analyzer.MAX_CHARS,
                ReportedSpeechModel.judge(), seen::add);
        for (JsonNode labelled : all) {
            seen.clear();
            var article = AttributionBench.article(labelled);
            Analysis analysis = analyzer.analyze(article, null);
            ObjectNode o = dump.addObject();
            o.put("id", labelled.path("id").asText()).put("split", labelled.path("split").asText())
                    .put("url", labelled.path("url").asText()).put("text", article.text());
            o.set("gold", labelled.path("people"));
            ArrayNode names = o.putArray("feature_names");
            for (String n : RoleCandidates.FEATURES) {
                names.add(n);
            }
            ArrayNode people = o.putArray("people");
            for (Person p : analysis.people()) {
                if (p.author()) {
                    continue;
                }
                ObjectNode n = people.addObject().put("name", p.name());
                ArrayNode roles = n.putArray("roles");
                p.roles().forEach(r -> roles.addObject().put("stated", r.stated()).put("start", r.start()).put("end", r.end()));
                ArrayNode mentions = n.putArray("mentions");
                p.mentions().forEach(m -> mentions.addObject().put("text", m.text()).put("start", m.start())
                        .put("end", m.end()).put("kind", m.kind().name()));
            }
            ArrayNode candidates = o.putArray("candidates");
            for (RoleCandidates.Candidate c : seen) {
                ObjectNode n = candidates.addObject().put("person", c.person()).put("stated", c.stated())
                        .put("start", c.start()).put("end", c.end()).put("kind", c.kind().name())
                        .put("score", c.score()).put("kept", c.kept());
                ArrayNode f = n.putArray("features");
                for (double x : c.features()) {
                    f.add(x);
                }
            }
        }
        Files.writeString(Path.of(args[out + 1]), JSON.writeValueAsString(dump));
    }
}
