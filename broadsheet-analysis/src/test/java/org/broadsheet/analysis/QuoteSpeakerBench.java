package org.broadsheet.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.broadsheet.article.Article;
import org.broadsheet.article.Warning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/**
 * Writes the speaker candidates of every direct quote of the read parts ({@link AttributionBench#READ_PARTS} only:
 * never a check part or an untouched one) for {@code bench/train_speakers.py}: one JSON line per article, per quote
 * whether it matches a labelled quote (as {@link AttributionScorer} matches them: word-set Jaccard of at least 0.6,
 * one to one, best pairs first) and per candidate ({@link QuoteSpeakerCandidates}) its features, whether the rules chose
 * it and whether the scorer would count it right. The first line names the features. The rules alone choose the
 * speakers here, whatever model is shipped. With {@code --reported} the same for every reported statement (matched as
 * the scorer matches them: content Jaccard of at least 0.5), for the model of reported speakers. Run from the
 * repository root:
 *
 * <pre>
 * java -cp "$(cat broadsheet-analysis/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.QuoteSpeakerBench --cache DIR --out target/speakers.jsonl
 * </pre>
 */
public final class QuoteSpeakerBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The check parts (COORDINATION.md): scored as totals only. */
    private static final Set<String> CHECK_PARTS = Set.of("fresh3", "fresh5");

    private QuoteSpeakerBench() {
    }

    /**
     * Dumps the candidates.
     *
     * @param args {@code --cache DIR} (the annotations of the bodies, required), {@code --out FILE}, and {@code --model
     *        FILE} to also count the speakers a ranker written by {@code bench/train_speakers.py} chooses (the
     *        shipped one: {@code src/main/resources/org/broadsheet/analysis/quote-speaker-model.txt}); {@code
     *        --check} prints the check parts' totals instead (never a quote of theirs, never an untouched part);
     *        {@code --reported} does all this for reported statements instead of quotes
     */
    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        int cache = a.indexOf("--cache");
        int out = a.indexOf("--out");
        int modelFile = a.indexOf("--model");
        boolean reported = a.contains("--reported");
        QuoteSpeakerModel model = null;
        if (modelFile >= 0) {
            try (java.io.BufferedReader r = Files.newBufferedReader(Path.of(args[modelFile + 1]))) {
                model = QuoteSpeakerModel.read(r, args[modelFile + 1]);
            }
        }
        if (cache < 0 || out < 0) {
            throw new IllegalArgumentException("usage: QuoteSpeakerBench --cache DIR --out FILE");
        }
        BiFunction<String, String, Annotation> annotator = new AnnotationCache(Path.of(args[cache + 1]));
        if (a.contains("--check")) {
            checkTotals(annotator, model, reported);
            return;
        }
        List<JsonNode> read = new ArrayList<>();
        for (JsonNode n : AttributionBench.tuning()) {
            if (AttributionBench.READ_PARTS.contains(n.path("split").asText())) {
                read.add(n);
            }
        }
        StringBuilder lines = new StringBuilder();
        ObjectNode head = JSON.createObjectNode();
        QuoteSpeakerCandidates.NAMES.forEach(head.putArray("names")::add);
        lines.append(JSON.writeValueAsString(head)).append('\n');
        int matched = 0;
        int rulesRight = 0;
        int reachable = 0;
        int modelRight = 0;
        for (JsonNode labelled : read) {
            ObjectNode line = dump(labelled, annotator, model, reported);
            for (JsonNode q : line.path("quotes")) {
                if (q.path("gold").asInt() >= 0) {
                    matched++;
                    boolean any = false;
                    for (JsonNode c : q.path("cands")) {
                        any |= c.path("right").asInt() == 1;
                        if (c.path("rules").asBoolean() && c.path("right").asInt() == 1) {
                            rulesRight++;
                        }
                    }
                    reachable += any ? 1 : 0;
                    modelRight += q.path("model").asInt();
                }
            }
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        Files.writeString(Path.of(args[out + 1]), lines);
        System.out.printf("read parts: %d articles, %d matched %s, rules right %d (%.3f), a right candidate for %d (%.3f)%n",
                read.size(), matched, reported ? "statements" : "quotes", rulesRight, rulesRight / (double) matched,
                reachable, reachable / (double) matched);
        if (model != null) {
            System.out.printf("the model of %s (in-sample): %d right (%.3f)%n", args[modelFile + 1], modelRight,
                    modelRight / (double) matched);
        }
    }

    /**
     * The check parts (fresh3, fresh5): totals only, never a quote or an article: matched quotes (or reported
     * statements), how many the rules get right, how many have a right candidate, and how many {@code model} gets right.
     */
    static void checkTotals(BiFunction<String, String, Annotation> annotator, QuoteSpeakerModel model, boolean reported) {
        int matched = 0;
        int rulesRight = 0;
        int reachable = 0;
        int modelRight = 0;
        for (AttributionBench.Part p : AttributionBench.PARTS) {
            if (!CHECK_PARTS.contains(p.split()) || p.untouched()) {
                continue; // never an untouched part, nor a read one
            }
            for (JsonNode labelled : p.articles()) {
                Settled settled = settled(AttributionBench.article(labelled), annotator);
                List<QuoteSpeakerCandidates.Attributed> stretches = settled.stretches(reported);
                List<Speaker> chosen = settled.chosen(reported, model);
                JsonNode gold = labelled.path(reported ? "reported_speech" : "direct_quotes");
                int[] match = match(gold, settled, reported);
                for (int k = 0; k < stretches.size(); k++) {
                    if (match[k] < 0) {
                        continue;
                    }
                    JsonNode g = gold.get(match[k]);
                    matched++;
                    rulesRight += right(g, stretches.get(k).speaker()) ? 1 : 0;
                    modelRight += right(g, chosen.get(k)) ? 1 : 0;
                    reachable += settled.candidates().candidatesOf(stretches, k).stream().anyMatch(c -> right(g, c.speaker())) ? 1 : 0;
                }
            }
        }
        System.out.printf("check parts (totals): %d matched %s, rules right %d, a right candidate for %d%s%n", matched,
                reported ? "statements" : "quotes", rulesRight, reachable, model == null ? "" : ", the model right " + modelRight);
    }

    private static boolean right(JsonNode gold, Speaker s) {
        return AttributionScorer.sameSpeaker(gold, JSON.getNodeFactory().textNode(AttributionBench.speaker(s)));
    }

    /**
     * For each quote (or reported statement) of {@code settled}, the labelled one it is matched to, or -1, as the
     * scorer matches them (word-set Jaccard of at least 0.6 for quotes, 0.5 for reported speech).
     */
    private static int[] match(JsonNode gold, Settled settled, boolean reported) {
        List<Set<String>> g = new ArrayList<>();
        gold.forEach(n -> g.add(AttributionScorer.words(n.path(reported ? "content" : "text").asText(""))));
        List<Set<String>> p = reported
                ? settled.reported().stream().map(r -> AttributionScorer.words(r.content().text())).toList()
                : settled.quotes().stream().map(q -> AttributionScorer.words(q.text())).toList();
        return greedy(g, p, reported ? 0.5 : 0.6);
    }

    /** One article's line: the rules' quotes (or reported statements) with their candidates, matched to the labelled ones. */
    static ObjectNode dump(JsonNode labelled, BiFunction<String, String, Annotation> annotator, QuoteSpeakerModel model,
            boolean reported) {
        String split = labelled.path("split").asText();
        if (!AttributionBench.READ_PARTS.contains(split)) {
            throw new IllegalStateException("not a read part: " + split);
        }
        Settled settled = settled(AttributionBench.article(labelled), annotator);
        List<QuoteSpeakerCandidates.Attributed> stretches = settled.stretches(reported);
        QuoteSpeakerCandidates finder = settled.candidates();
        JsonNode gold = labelled.path(reported ? "reported_speech" : "direct_quotes");
        int[] match = match(gold, settled, reported);
        List<Speaker> chosen = settled.chosen(reported, model);
        ObjectNode line = JSON.createObjectNode().put("id", labelled.path("id").asText()).put("split", split);
        ArrayNode rows = line.putArray("quotes");
        for (int k = 0; k < stretches.size(); k++) {
            String said = reported ? settled.reported().get(k).content().text() : settled.quotes().get(k).text();
            ObjectNode row = rows.addObject().put("gold", match[k]).put("text", abbreviate(said));
            ArrayNode cands = row.putArray("cands");
            for (QuoteSpeakerCandidates.Candidate c : finder.candidatesOf(stretches, k)) {
                ObjectNode cn = cands.addObject().put("speaker", c.speaker().kind() + ":" + c.speaker().name())
                        .put("rules", c.byRules());
                cn.put("right", match[k] < 0 ? -1 : right(gold.get(match[k]), c.speaker()) ? 1 : 0);
                ArrayNode x = cn.putArray("x");
                for (double v : c.features()) {
                    x.add(v);
                }
            }
            if (match[k] >= 0) {
                row.put("want", gold.get(match[k]).path("speaker").asText(null));
                row.put("model", right(gold.get(match[k]), chosen.get(k)) ? 1 : 0);
            }
        }
        return line;
    }

    /**
     * An article's quotes with the speakers the rules settled, and their candidates.
     *
     * @param quotes the settled quotes, one quoted stretch each
     * @param candidates the candidates' finder over the same parse
     */
    record Settled(List<Quote> quotes, List<ReportedSpeech> reported, QuoteSpeakerCandidates candidates) {

        /** The stretches whose speakers are chosen: the quotes, or with {@code reported} the reported statements. */
        List<QuoteSpeakerCandidates.Attributed> stretches(boolean reported) {
            return reported ? reported().stream().map(QuoteSpeakerCandidates.Attributed::of).toList()
                    : quotes().stream().map(QuoteSpeakerCandidates.Attributed::of).toList();
        }

        /** The speakers {@code model} chooses for the same stretches (the rules' when it is null). */
        List<Speaker> chosen(boolean reported, QuoteSpeakerModel model) {
            if (model == null) {
                return stretches(reported).stream().map(QuoteSpeakerCandidates.Attributed::speaker).toList();
            }
            return reported ? model.chooseReported(reported(), candidates()).stream().map(ReportedSpeech::speaker).toList()
                    : model.choose(quotes(), candidates()).stream().map(Quote::speaker).toList();
        }
    }

    /** The analyser's steps up to the quotes' settled speakers ({@link Analyzer#analyze}), keeping the parse. */
    static Settled settled(Article article, BiFunction<String, String, Annotation> annotator) {
        String text = article.text();
        java.time.LocalDate anchor = Analyzer.anchor(article, null);
        String screened = BodyScreen.screen(article, new ArrayList<Warning>(), Analyzer.MAX_CHARS);
        Annotation doc = annotator.apply(screened, anchor == null ? null : anchor.toString());
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (!cm.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) {
                sentences.add(new Sentence(text, cm, sentences.size()));
            }
        }
        List<int[]> stretches = QuoteFinder.quotedStretches(screened);
        Entities entities = new Entities(text, sentences, stretches, article.authors(), article.publisher(), null);
        QuoteFinder finder = new QuoteFinder(screened, sentences, entities);
        List<Quote> quotes = finder.find();
        List<ReportedSpeech> reported = new ReportedSpeechFinder(sentences, entities, finder, ReportedSpeechModel.judge()).find();
        quotes = finder.settle(quotes, reported.stream().filter(r -> !r.embedded()).toList());
        return new Settled(quotes, reported, new QuoteSpeakerCandidates(screened, sentences, entities, stretches));
    }

    /** For each predicted stretch, the labelled one it is matched to, or -1 (the scorer's one-to-one greedy matching). */
    private static int[] greedy(List<Set<String>> gold, List<Set<String>> pred, double threshold) {
        int[] match = AttributionScorer.greedy(gold.size(), pred.size(), (i, j) -> {
            double s = AttributionScorer.jaccard(gold.get(i), pred.get(j));
            return s >= threshold ? s : -1;
        });
        return AttributionScorer.partners(match, pred.size());
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
