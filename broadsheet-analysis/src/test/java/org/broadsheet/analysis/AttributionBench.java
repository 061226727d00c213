package org.broadsheet.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.article.Article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The knowledge layer on the attribution set ({@code src/test/resources/attribution/articles.json}, 42 articles
 * labelled to {@code ../shared/notes/attribution-spec.md}; guideline in the README beside it), scored with
 * {@link AttributionScorer}. The tuning part and the held-out part are reported separately; the misses are
 * printed for the tuning part only, so that nobody writes rules from the held-out articles. Run from the
 * repository root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -pl broadsheet-analysis -am -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -cp "$(cat /tmp/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.AttributionBench [--quiet] [--fresh2] [--fresh3] [--fresh4] [--fresh5] [--fresh6] [--out predictions.json] [--cache DIR]
 *     [--rules] [--dump candidates.jsonl]
 * </pre>
 *
 * <p>The 11 articles of {@code fresh.json} were held out until session 7 and have since been read miss by miss:
 * they are tuning articles now, reported as their own row ("fresh 2026-12-05, now tuning") with their misses.
 * The 15 articles of {@code fresh2.json} (session 8) were the untouched part until session 9; scored many times by
 * then, they are tuning material since session 10 (scored with {@code --fresh2}, misses printed). The 15 articles
 * of {@code fresh3.json} (session 10) were the untouched part in sessions 10-11; worn by two scorings, they are
 * tuning material since session 12 ({@code --fresh3}, misses printed). The 15 articles of {@code fresh4.json}
 * (session 12) were the untouched part in session 12; scored three times then, they are tuning material since
 * session 13 ({@code --fresh4}, misses printed). The 15 articles of {@code fresh5.json} (session 13) are the
 * untouched part now: scored only with {@code --fresh5}, as totals, once before and once after a session's
 * changes, never miss by miss and never written by {@code --out}. The 15 articles of {@code fresh6.json} (session
 * 14) are a second untouched part, scored the same way with {@code --fresh6}.
 *
 * <p>{@code --cache DIR} keeps CoreNLP's annotations of the bodies in {@code DIR} (see {@link AnnotationCache}), so
 * that a second run measures changed rules on the same parse in seconds.
 */
public final class AttributionBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributionBench() {
    }

    /**
     * The labelled articles: the 42 of {@code articles.json} (split {@code tune} or {@code heldout}) and the
     * 11 of {@code fresh.json} (split {@code fresh}), labelled in a later session, before the analyser was run
     * on them, to check that the held-out figures had not been worn out by a session of use; tuning articles
     * since session 8.
     */
    static List<JsonNode> articles() {
        List<JsonNode> out = read("/attribution/articles.json");
        out.addAll(read("/attribution/fresh.json"));
        return out;
    }

    /**
     * The untouched part of session 8 ({@code fresh2.json}, 15 articles, split {@code fresh2}), labelled before
     * the analyser was run on any of them. Kept apart from {@link #articles()} so that development aids never
     * print it; only {@link #run} scores it, as totals, when asked.
     */
    static List<JsonNode> untouched() {
        return read("/attribution/fresh2.json");
    }

    /**
     * The untouched part of session 10 ({@code fresh3.json}, 15 articles, split {@code fresh3}), labelled before
     * the analyser was run on any of them. Like {@link #untouched()}, only {@link #run} reads it, as totals.
     */
    static List<JsonNode> untouched3() {
        return read("/attribution/fresh3.json");
    }

    /**
     * The untouched part of session 12 ({@code fresh4.json}, 15 articles, split {@code fresh4}), labelled before
     * the analyser was run on any of them; tuning material since session 13. Only {@link #run} reads it.
     */
    static List<JsonNode> untouched4() {
        return read("/attribution/fresh4.json");
    }

    /**
     * The untouched part of session 13 ({@code fresh5.json}, 15 articles, split {@code fresh5}), labelled before
     * the analyser was run on any of them. Only {@link #run} reads it, as totals; its misses are never printed.
     */
    static List<JsonNode> untouched5() {
        return read("/attribution/fresh5.json");
    }

    /**
     * The untouched part of session 14 ({@code fresh6.json}, 15 articles, split {@code fresh6}), labelled before
     * the analyser was run on any of them. Only {@link #run} reads it, as totals; its misses are never printed.
     */
    static List<JsonNode> untouched6() {
        return read("/attribution/fresh6.json");
    }

    private static List<JsonNode> read(String resource) {
        try (InputStream in = AttributionBench.class.getResourceAsStream(resource)) {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(in).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article a user would give the analyser: the labelled body paragraphs, dated as labelled. */
    static Article article(JsonNode labelled) {
        List<String> paragraphs = new ArrayList<>();
        labelled.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        return Articles.of(paragraphs, labelled.path("date").asText(), "en", List.of(), null);
    }

    /** Scores of the tuning and held-out parts. */
    record Result(AttributionScorer.Card tune, AttributionScorer.Card heldOut, AttributionScorer.Card fresh,
            AttributionScorer.Card untouched, AttributionScorer.Card untouched3, AttributionScorer.Card untouched4,
            AttributionScorer.Card untouched5, AttributionScorer.Card untouched6, ObjectNode predictions) {
    }

    /** Analyses and scores the tuning and held-out parts; misses of the tuning part are printed when asked. */
    static Result run(Analyzer analyzer, boolean printTuneMisses) {
        return run(analyzer, printTuneMisses, false, false, false, false);
    }

    /** As {@link #run(Analyzer, boolean, boolean, boolean, boolean, boolean)}, without the untouched part. */
    static Result run(Analyzer analyzer, boolean printTuneMisses, boolean withUntouched, boolean withUntouched3,
            boolean withUntouched4) {
        return run(analyzer, printTuneMisses, withUntouched, withUntouched3, withUntouched4, false);
    }

    /**
     * Analyses and scores every article; misses of the tuning articles (the 28 and the spent fresh part) are
     * printed when asked. The untouched part is scored only when {@code withUntouched}: it is read as totals, a
     * few times a session at most, so that it stays a fair estimate of unseen articles. fresh2 and fresh3
     * ({@code withUntouched}, {@code withUntouched3}) and fresh4 ({@code withUntouched4}) are tuning material now;
     * the untouched part of session 13 ({@code withUntouched5}) is scored as totals only, its misses never printed
     * and its predictions never kept.
     */
    static Result run(Analyzer analyzer, boolean printTuneMisses, boolean withUntouched, boolean withUntouched3,
            boolean withUntouched4, boolean withUntouched5) {
        return run(analyzer, printTuneMisses, withUntouched, withUntouched3, withUntouched4, withUntouched5, false);
    }

    /**
     * As {@link #run(Analyzer, boolean, boolean, boolean, boolean, boolean)}; {@code withUntouched6} also scores the
     * untouched part of session 14, as totals only, like the untouched part of session 13.
     */
    static Result run(Analyzer analyzer, boolean printTuneMisses, boolean withUntouched, boolean withUntouched3,
            boolean withUntouched4, boolean withUntouched5, boolean withUntouched6) {
        AttributionScorer.Card tune = new AttributionScorer.Card();
        AttributionScorer.Card heldOut = new AttributionScorer.Card();
        AttributionScorer.Card fresh = new AttributionScorer.Card();
        AttributionScorer.Card untouched = new AttributionScorer.Card();
        AttributionScorer.Card untouched3 = new AttributionScorer.Card();
        AttributionScorer.Card untouched4 = new AttributionScorer.Card();
        AttributionScorer.Card untouched5 = new AttributionScorer.Card();
        AttributionScorer.Card untouched6 = new AttributionScorer.Card();
        ObjectNode predictions = JSON.createObjectNode();
        List<JsonNode> all = articles();
        if (withUntouched) {
            all.addAll(untouched());
        }
        if (withUntouched3) {
            all.addAll(untouched3());
        }
        if (withUntouched4) {
            all.addAll(untouched4());
        }
        if (withUntouched5) {
            all.addAll(untouched5());
        }
        if (withUntouched6) {
            all.addAll(untouched6());
        }
        for (JsonNode a : all) {
            String split = a.path("split").asText();
            ObjectNode predicted = specView(analyzer.analyze(article(a), null));
            // fresh2, fresh3 and fresh4 were untouched in their sessions; their misses are tuning material now
            boolean held = split.equals("heldout") || split.equals("fresh5") || split.equals("fresh6");
            String id = a.path("id").asText().substring(0, Math.min(8, a.path("id").asText().length()));
            AttributionScorer.Card card = AttributionScorer.score(a, predicted,
                    line -> {
                        if (printTuneMisses && !held) {
                            System.out.println("  " + id + " " + line);
                        }
                    });
            (split.equals("fresh6") ? untouched6 : split.equals("fresh5") ? untouched5 : split.equals("fresh4") ? untouched4 : split.equals("fresh3") ? untouched3 : split.equals("fresh2") ? untouched : split.equals("fresh") ? fresh
                    : held ? heldOut : tune).add(card);
            if (!held) {
                predictions.set(a.path("id").asText(), predicted);
            }
        }
        return new Result(tune, heldOut, fresh, untouched, untouched3, untouched4, untouched5, untouched6, predictions);
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --quiet} leaves out the misses; {@code --out FILE} writes the tuning part's predictions;
     *        {@code --cache DIR} keeps the annotations of the bodies between runs; {@code --fresh2} also scores
     *        the part labelled in session 8 (with its misses since session 10); {@code --fresh3} the part labelled
     *        in session 10 (with its misses since session 12); {@code --fresh4} the part labelled in session 12
     *        (with its misses since session 13); {@code --fresh5} the untouched part of session 13 (totals only);
     *        {@code --fresh6} the untouched part of session 14 (totals only); {@code --rules} lets the rules alone
     *        decide reported speech, whatever model is shipped; {@code --dump FILE} (with {@code --cache DIR}) writes
     *        the reported-speech candidates of the tuning parts for {@code bench/train_reported.py} instead of scoring
     */
    public static void main(String[] args) throws IOException {
        boolean quiet = List.of(args).contains("--quiet");
        int out = List.of(args).indexOf("--out");
        int cache = List.of(args).indexOf("--cache");
        int dump = List.of(args).indexOf("--dump");
        if (dump >= 0) {
            if (cache < 0) {
                throw new IllegalArgumentException("--dump needs --cache DIR (the annotations are kept there)");
            }
            // the candidates of reported speech with their features, for bench/train_reported.py (tuning parts only)
            List<SpeechCandidate> seen = new ArrayList<>();
            Analyzer recording = new Analyzer(new AnnotationCache(Path.of(args[cache + 1])), Analyzer.MAX_CHARS, c -> {
                seen.addAll(c);
                return ReportedSpeechModel.RULES.choose(c);
            });
            dumpCandidates(recording, seen, Path.of(args[dump + 1]));
            return;
        }
        // --rules: the rules alone decide reported speech, whatever model is shipped
        ReportedSpeechFinder.Judge judge = List.of(args).contains("--rules") ? null : ReportedSpeechModel.judge();
        Analyzer analyzer = cache >= 0 ? new Analyzer(new AnnotationCache(Path.of(args[cache + 1])), Analyzer.MAX_CHARS, judge)
                : new Analyzer();
        boolean withUntouched = List.of(args).contains("--fresh2");
        boolean withUntouched3 = List.of(args).contains("--fresh3");
        boolean withUntouched4 = List.of(args).contains("--fresh4");
        boolean withUntouched5 = List.of(args).contains("--fresh5");
        boolean withUntouched6 = List.of(args).contains("--fresh6");
        Result r = run(analyzer, !quiet, withUntouched, withUntouched3, withUntouched4, withUntouched5, withUntouched6);
        System.out.println("tuning part (28 articles):");
        System.out.println(r.tune().report());
        System.out.println("held-out part (14 articles):");
        System.out.println(r.heldOut().report());
        System.out.println("fresh part of 2026-12-05 (11 articles, read miss by miss since session 8: now tuning):");
        System.out.println(r.fresh().report());
        if (withUntouched) {
            System.out.println("fresh2 (15 articles labelled in session 8; read miss by miss since session 10: now tuning):");
            System.out.println(r.untouched().report());
        }
        if (withUntouched3) {
            System.out.println("fresh3 (15 articles labelled in session 10; read miss by miss since session 12: now tuning):");
            System.out.println(r.untouched3().report());
        }
        if (withUntouched4) {
            System.out.println("fresh4 (15 articles labelled in session 12; read miss by miss since session 13: now tuning):");
            System.out.println(r.untouched4().report());
        }
        if (withUntouched5) {
            System.out.println("untouched part of session 13 (15 articles, fresh5.json, labelled 2026-12-05 before any run):");
            System.out.println(r.untouched5().report());
        }
        if (withUntouched6) {
            System.out.println("untouched part of session 14 (15 articles, fresh6.json, labelled 2026-12-06 before any run):");
            System.out.println(r.untouched6().report());
        }
        if (out >= 0) {
            Files.writeString(Path.of(args[out + 1]), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.predictions()));
        }
    }

    /**
     * Writes, one JSON line per labelled tuning article (articles.json, fresh, fresh2, fresh3, fresh4; never an
     * untouched part), every reported-speech candidate the finder weighed: its features, whether the rules made it,
     * the labelled statements its content matches as the scorer matches them (word-set Jaccard of at least 0.5, with
     * the Jaccard and whether the speaker is right), and the other candidates that are the same statement. The
     * first line names the features. {@code bench/train_reported.py} reads it.
     */
    static void dumpCandidates(Analyzer recording, List<SpeechCandidate> seen, Path file) throws IOException {
        List<JsonNode> all = articles();
        all.addAll(untouched());
        all.addAll(untouched3());
        all.addAll(untouched4());
        StringBuilder out = new StringBuilder();
        ObjectNode head = JSON.createObjectNode();
        SpeechFeatures.NAMES.forEach(head.putArray("names")::add);
        out.append(JSON.writeValueAsString(head)).append('\n');
        for (JsonNode a : all) {
            String split = a.path("split").asText();
            if (!split.matches("tune|heldout|fresh|fresh2|fresh3|fresh4")) {
                throw new IllegalStateException("not a tuning part: " + split);
            }
            seen.clear();
            recording.analyze(article(a), null);
            List<SpeechCandidate> cands = List.copyOf(seen);
            ObjectNode line = JSON.createObjectNode().put("id", a.path("id").asText()).put("split", split)
                    .put("host", java.net.URI.create(a.path("url").asText("x:none")).getHost());
            JsonNode gold = a.path("reported_speech");
            line.put("gold", gold.size());
            ArrayNode rows = line.putArray("cands");
            for (int j = 0; j < cands.size(); j++) {
                SpeechCandidate c = cands.get(j);
                ObjectNode row = rows.addObject().put("rules", c.byRules()).put("content", c.statement().content().text())
                        .put("speaker", speaker(c.statement().speaker()));
                ArrayNode x = row.putArray("x");
                for (double v : c.features()) {
                    x.add(v);
                }
                ArrayNode match = row.putArray("match");
                java.util.Set<String> words = AttributionScorer.words(c.statement().content().text());
                for (int g = 0; g < gold.size(); g++) {
                    double jac = AttributionScorer.jaccard(AttributionScorer.words(gold.get(g).path("content").asText("")), words);
                    if (jac >= 0.5) {
                        match.addArray().add(g).add(jac).add(AttributionScorer.sameSpeaker(gold.get(g),
                                JSON.getNodeFactory().textNode(speaker(c.statement().speaker()))) ? 1 : 0);
                    }
                }
                ArrayNode same = row.putArray("same");
                for (int k = 0; k < cands.size(); k++) {
                    if (k != j && ReportedSpeechModel.sameStatement(c.statement(), cands.get(k).statement())) {
                        same.add(k);
                    }
                }
            }
            out.append(JSON.writeValueAsString(line)).append('\n');
        }
        Files.writeString(file, out);
    }

    /** The analysis in the shape of the spec's section 1, as the scorer reads it. */
    static ObjectNode specView(Analysis a) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode people = o.putArray("people");
        for (Person p : a.people()) {
            if (p.author()) {
                continue;
            }
            ObjectNode n = people.addObject().put("name", p.name());
            ArrayNode roles = n.putArray("roles");
            p.roles().forEach(r -> roles.add(r.stated()));
        }
        ArrayNode quotes = o.putArray("direct_quotes");
        for (Quote q : a.quotes()) {
            for (Span part : q.parts()) {
                ObjectNode n = quotes.addObject().put("text", part.text()).put("cue", q.cue());
                n.put("speaker", speaker(q.speaker())).put("raw", q.speaker().kind() + ":" + q.speaker().name());
            }
        }
        ArrayNode reported = o.putArray("reported_speech");
        for (ReportedSpeech r : a.reportedSpeech()) {
            reported.addObject().put("content", r.content().text()).put("speaker", speaker(r.speaker())).put("cue", r.cue())
                    .put("raw", r.speaker().kind() + ":" + r.speaker().name());
        }
        ArrayNode figures = o.putArray("figures");
        for (Figure f : a.figures()) {
            figures.addObject().put("text", f.text()).put("value", f.value()).put("unit", unit(f));
        }
        ArrayNode dates = o.putArray("dates");
        Map<String, String> seen = new LinkedHashMap<>();
        for (DateMention d : a.dates()) {
            if (seen.putIfAbsent(d.text() + "\u0000" + d.value(), d.value()) == null) {
                dates.addObject().put("text", d.text()).put("value", d.value());
            }
        }
        return o;
    }

    private static String speaker(Speaker s) {
        if (s == null || s.kind() == Speaker.Kind.UNATTRIBUTED) {
            return null;
        }
        if (s.kind() == Speaker.Kind.UNNAMED) {
            return null;
        }
        return s.name();
    }

    private static String unit(Figure f) {
        return switch (f.kind()) {
            case MONEY -> f.unit();
            case PERCENT -> f.unit() != null ? f.unit() : "percent";
            case ORDINAL -> "ordinal";
            case DURATION -> f.unit();
            case COUNT -> f.unit() == null ? "count" : f.unit();
        };
    }
}
