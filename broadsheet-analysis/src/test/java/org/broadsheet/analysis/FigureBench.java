package org.broadsheet.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/**
 * Writes, for {@code bench/train_figures.py}, one JSON line per article of the read parts
 * ({@link AttributionBench#READ_PARTS}; never a check part or an untouched one): every figure the rules find
 * ({@link FigureFinder#find}) with its {@link FigureFeatures} and whether it matches a labelled figure as
 * {@link AttributionScorer} matches them (value within 0.5 %, same unit family, one-to-one, closest first), marked
 * {@code "rules": 1}; then every number the tagger marks that no figure covers (the rules' exclusions), with the
 * tagger's value, marked {@code "rules": 0} and matched by value alone to a labelled figure the rules' figures left
 * unpaired (an upper bound of what a judge over every candidate could win back). The first line names the features. Run from the repository root with the module's test classpath:
 *
 * <pre>
 * java -cp "$(cat broadsheet-analysis/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.FigureBench --cache DIR --dump figures.jsonl
 * </pre>
 */
public final class FigureBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FigureBench() {
    }

    /** The articles of the read parts, each with its {@code split}. */
    static List<JsonNode> readArticles() {
        List<JsonNode> all = new ArrayList<>(AttributionBench.articles());
        AttributionBench.PARTS.stream().filter(p -> AttributionBench.READ_PARTS.contains(p.split()))
                .forEach(p -> all.addAll(p.articles()));
        all.removeIf(a -> !AttributionBench.READ_PARTS.contains(a.path("split").asText()));
        return all;
    }

    /**
     * Runs the dump.
     *
     * @param args {@code --cache DIR} (the annotations of the bodies) and {@code --dump FILE}
     */
    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        int cache = a.indexOf("--cache");
        int dump = a.indexOf("--dump");
        if (cache < 0 || dump < 0) {
            throw new IllegalArgumentException("usage: FigureBench --cache DIR --dump FILE");
        }
        AnnotationCache annotator = new AnnotationCache(Path.of(args[cache + 1]));
        StringBuilder out = new StringBuilder();
        ObjectNode head = JSON.createObjectNode();
        FigureFeatures.NAMES.forEach(head.putArray("names")::add);
        out.append(JSON.writeValueAsString(head)).append('\n');
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        int rejected = 0;
        int rejectedMissed = 0;
        for (JsonNode labelled : readArticles()) {
            Article article = AttributionBench.article(labelled);
            LocalDate anchor = Analyzer.anchor(article, null);
            String screened = BodyScreen.screen(article, new ArrayList<>(), Analyzer.MAX_CHARS);
            Annotation doc = annotator.apply(screened, anchor == null ? null : anchor.toString());
            List<Sentence> sentences = new ArrayList<>();
            for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                if (!cm.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) {
                    sentences.add(new Sentence(article.text(), cm, sentences.size()));
                }
            }
            List<DateMention> dates = DateFinder.find(article.text(), sentences, anchor);
            List<Figure> figures = FigureFinder.find(sentences, dates);
            JsonNode labels = labelled.path("figures");
            boolean[] hit = matches(labels, figures);
            ObjectNode line = JSON.createObjectNode().put("id", labelled.path("id").asText())
                    .put("split", labelled.path("split").asText()).put("gold", labels.size());
            ArrayNode rows = line.putArray("figures");
            for (int j = 0; j < figures.size(); j++) {
                Figure f = figures.get(j);
                ObjectNode row = rows.addObject().put("text", f.text()).put("kind", f.kind().name()).put("match", hit[j] ? 1 : 0)
                        .put("rules", 1);
                ArrayNode x = row.putArray("x");
                for (double v : FigureFeatures.of(f, sentences)) {
                    x.add(v);
                }
                matched += hit[j] ? 1 : 0;
            }
            // the tagger's numbers no figure covers (the rules' exclusions), matched by value alone to a label the
            // rules' figures left unpaired: what a judge over every candidate could win back, at most
            boolean[] goldHit = goldMatched(labels, figures);
            for (Figure c : rejected(sentences, figures)) {
                rejected++;
                int took = -1;
                for (int i = 0; i < labels.size() && took < 0; i++) {
                    double e = labels.get(i).path("value").asDouble();
                    if (!goldHit[i] && Math.abs(c.value() - e) <= 0.005 * Math.abs(e) + 1e-9) {
                        took = i;
                    }
                }
                if (took >= 0) {
                    goldHit[took] = true;
                    rejectedMissed++;
                }
                ObjectNode row = rows.addObject().put("text", c.text()).put("kind", c.kind().name())
                        .put("match", took >= 0 ? 1 : 0).put("rules", 0);
                ArrayNode x = row.putArray("x");
                for (double v : FigureFeatures.of(c, sentences)) {
                    x.add(v);
                }
            }
            gold += labels.size();
            predicted += figures.size();
            out.append(JSON.writeValueAsString(line)).append('\n');
        }
        Files.writeString(Path.of(args[dump + 1]), out);
        System.out.printf("read parts: %d labelled figures, %d found by the rules, %d matched%n", gold, predicted, matched);
        System.out.printf("tagger numbers no figure covers: %d; of them %d carry the value of a missed labelled figure%n",
                rejected, rejectedMissed);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[<>~]?=?\\s*[$€£¥%]?\\s*(-?[0-9.]+(?:E-?[0-9]+)?)");

    /**
     * The tagger's number spans (money, percent, number, ordinal) that no figure overlaps, as figures of the tag's kind
     * with the tagger's value (money in the sign's currency, else no unit).
     */
    static List<Figure> rejected(List<Sentence> sentences, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                String tag = s.ner(i);
                if (!List.of("MONEY", "PERCENT", "NUMBER", "ORDINAL").contains(tag)) {
                    continue;
                }
                String norm = s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                int j = FigureFinder.mentionEnd(s, i);
                int from = i;
                int begin = s.begin(i);
                int end = s.end(j);
                i = j;
                if (norm == null || figures.stream().anyMatch(f -> f.start() < end && f.end() > begin)) {
                    continue;
                }
                java.util.regex.Matcher m = NUMBER.matcher(norm);
                if (m.lookingAt()) {
                    try {
                        double value = Double.parseDouble(m.group(1));
                        Figure.Kind kind = switch (tag) {
                            case "MONEY" -> Figure.Kind.MONEY;
                            case "PERCENT" -> Figure.Kind.PERCENT;
                            case "ORDINAL" -> Figure.Kind.ORDINAL;
                            default -> Figure.Kind.COUNT;
                        };
                        String currency = !tag.equals("MONEY") ? null : norm.contains("$") ? "USD" : norm.contains("€") ? "EUR"
                                : norm.contains("£") ? "GBP" : null;
                        out.add(new Figure(kind, s.text(from, j), begin, end,
                                value, currency, null, null, null));
                    } catch (NumberFormatException e) {
                        // a range or a malformed value: not a candidate this count can weigh
                    }
                }
            }
        }
        return out;
    }

    /** Which labelled figures a found figure took in the scorer's pairing. */
    static boolean[] goldMatched(JsonNode labels, List<Figure> figures) {
        boolean[] goldHit = new boolean[labels.size()];
        for (int i : pairing(labels, figures)) {
            if (i >= 0) {
                goldHit[i] = true;
            }
        }
        return goldHit;
    }

    /** Which figures match a labelled one, paired as the scorer pairs them (closest first, one to one). */
    static boolean[] matches(JsonNode labels, List<Figure> figures) {
        int[] pair = pairing(labels, figures);
        boolean[] hit = new boolean[figures.size()];
        for (int j = 0; j < hit.length; j++) {
            hit[j] = pair[j] >= 0;
        }
        return hit;
    }

    /** For each figure, the labelled figure it is paired with as the scorer pairs them, or -1. */
    static int[] pairing(JsonNode labels, List<Figure> figures) {
        int[] match = AttributionScorer.greedy(labels.size(), figures.size(), (i, j) -> AttributionScorer.figureSimilarity(
                labels.get(i), AttributionBench.unit(figures.get(j)), figures.get(j).value()));
        return AttributionScorer.partners(match, figures.size());
    }
}
