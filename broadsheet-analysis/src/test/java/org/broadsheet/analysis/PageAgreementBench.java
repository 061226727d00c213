package org.broadsheet.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.broadsheet.Extractor;
import org.broadsheet.article.Article;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.RawPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What going through the page costs the knowledge layer, on a broad set that needs no labels: news pages with a
 * reference body (the Zyte pages, and the WCXB pages whose type is article), none of them in any labelled part. Each
 * page's reference body and the page itself (extractor, then analyser) are analysed, and the page's output is scored
 * against the body's output as if the body's output were the labels: agreement per measure (quotes and their speakers,
 * reported speech and its speakers, people and roles, figures, dates), and each disagreement sorted into a kind by where
 * its text is on the two routes (a quote whose words the page body lacks, a person only from the page's furniture, a
 * speaker that moves because its paragraph is split or merged differently ...).
 *
 * <p>The set: reference bodies with a quotation mark or a saying verb (the layer has something to do), the page
 * extracted as English; at most {@code --max} pages (default 300): every Zyte page, then WCXB's first by the SHA-256 of
 * {@code source:id}. The
 * split: a page is in the <em>look</em> half when the first byte of that hash is even, else in the <em>held</em> half;
 * disagreements are printed ({@code --show}) for the look half only. Both routes are given the page's date and no byline
 * (as the labelled benches give the labelled body), so date anchors do not differ. Run from the repository root:
 *
 * <pre>
 * java -Xmx3g -cp "$(cat broadsheet-analysis/cp.txt):broadsheet-analysis/target/classes:broadsheet-analysis/target/test-classes" \
 *     org.broadsheet.analysis.PageAgreementBench --cache DIR [--shared /work/shared] [--max 300] [--show] [--list]
 * </pre>
 */
public final class PageAgreementBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A quotation mark or a saying verb: the layer has something to do in the body. */
    private static final Pattern SPEECH = Pattern.compile("[“”\"]|\\b(?:said|says|told|according to|added|stated"
            + "|announced|explained|argued|warned|wrote)\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PageAgreementBench() {
    }

    /** One page of the set: where it comes from, its reference body and which half it is in. */
    record Page(String source, String id, Path html, String url, String reference, boolean look) {

        String key() {
            return source + ":" + id;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --cache DIR} (required), {@code --shared DIR} (default {@code /work/shared}), {@code --max N},
     *        {@code --show} (the look half's disagreements, page by page), {@code --list} (the set and its halves only)
     */
    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        if (!a.contains("--cache")) {
            throw new IllegalArgumentException("usage: PageAgreementBench --cache DIR [--shared DIR] [--max N] [--show]");
        }
        Path shared = Path.of(a.contains("--shared") ? args[a.indexOf("--shared") + 1] : "/work/shared");
        int max = a.contains("--max") ? Integer.parseInt(args[a.indexOf("--max") + 1]) : 300;
        boolean show = a.contains("--show");
        List<Page> pages = pages(shared, max);
        if (a.contains("--list")) {
            pages.forEach(p -> System.out.println((p.look() ? "look " : "held ") + p.key() + " " + p.url()));
            System.out.println(pages.size() + " pages, look " + pages.stream().filter(Page::look).count());
            return;
        }
        if (a.contains("--blocks")) {
            String key = args[a.indexOf("--blocks") + 1];
            Page p = pages.stream().filter(x -> x.key().startsWith(key) && x.look()).findFirst().orElseThrow();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p.html()))) {
                Article page = new Extractor().extract(RawPage.of(p.html().toString(), in.readAllBytes(), p.url()));
                String screened = BodyScreen.screen(page, new ArrayList<>(), Analyzer.MAX_CHARS);
                int at = 0;
                for (BodyBlock b : page.blocks()) {
                    boolean out = screened.length() >= at + b.text().length()
                            && screened.substring(at, at + b.text().length()).isBlank();
                    System.out.println((out ? "X " : "  ") + b.type() + " | " + b.text().replace("\n", " / "));
                    at += b.text().length() + 1;
                }
                System.out.println("=== reference");
                paragraphs(p.reference()).forEach(x -> System.out.println("  " + x));
            }
            return;
        }
        Analyzer analyzer = new Analyzer(new AnnotationCache(Path.of(args[a.indexOf("--cache") + 1])), Analyzer.MAX_CHARS,
                ReportedSpeechModel.judge());
        Extractor extractor = new Extractor();
        AttributionScorer.Card look = new AttributionScorer.Card();
        AttributionScorer.Card held = new AttributionScorer.Card();
        Map<String, int[]> kindsLook = new TreeMap<>();
        Map<String, int[]> kindsHeld = new TreeMap<>();
        int[] counted = new int[2];
        int notEnglish = 0;
        for (Page p : pages) {
            Article fromPage;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p.html()))) {
                fromPage = extractor.extract(RawPage.of(p.html().toString(), in.readAllBytes(), p.url()));
            } catch (Exception e) {
                System.out.println("  not extracted: " + p.key() + " " + e.getMessage());
                continue;
            }
            String code = fromPage.language() == null ? null : fromPage.language().code();
            if (code != null && !code.toLowerCase(Locale.ROOT).startsWith("en")) {
                notEnglish++;
                continue;
            }
            String date = fromPage.published() != null && fromPage.published().value() != null
                    && fromPage.published().value().length() >= 10 ? fromPage.published().value().substring(0, 10) : null;
            List<String> paragraphs = paragraphs(p.reference());
            Analysis bodyAnalysis = analyzer.analyze(Articles.of(paragraphs, date, "en", List.of(), null), null);
            Analysis pageAnalysis = analyzer.analyze(fromPage, null);
            ObjectNode gold = AttributionBench.specView(bodyAnalysis);
            gold.path("figures").forEach(f -> ((ObjectNode) f).put("what", f.path("text").asText()));
            // a person speaker is scored as the labels' are: the same surname is the same person
            for (String field : new String[] {"direct_quotes", "reported_speech"}) {
                gold.path(field).forEach(q -> {
                    if (q.path("raw").asText().startsWith("PERSON:")) {
                        ((ObjectNode) q).put("speaker_kind", "person");
                    }
                });
            }
            ObjectNode predicted = AttributionBench.specView(pageAnalysis);
            List<String> log = new ArrayList<>();
            AttributionScorer.Card card = AttributionScorer.score(gold, predicted, log::add);
            (p.look() ? look : held).add(card);
            counted[p.look() ? 0 : 1]++;
            String screened = BodyScreen.screen(fromPage, new ArrayList<>(), Analyzer.MAX_CHARS);
            Sides sides = new Sides(paragraphs, fromPage, screened, pageAnalysis);
            List<String> shown = new ArrayList<>();
            for (String line : log) {
                String kind = sides.kind(line);
                (p.look() ? kindsLook : kindsHeld).computeIfAbsent(kind, k -> new int[1])[0]++;
                if (show && p.look()) {
                    shown.add(kind + " | " + line);
                }
            }
            if (!shown.isEmpty()) {
                System.out.println("  " + p.key() + " " + p.url() + "\n      " + String.join("\n      ", shown));
            }
        }
        System.out.println(pages.size() + " pages (" + notEnglish + " not extracted as English, left out)");
        System.out.println("look half (" + counted[0] + " pages), the page's output against the reference body's:");
        System.out.println(look.report());
        System.out.println("held half (" + counted[1] + " pages):");
        System.out.println(held.report());
        System.out.println("kinds of disagreement (look / held):");
        Set<String> kinds = new TreeMap<>(kindsLook).keySet();
        Set<String> all = new HashSet<>(kinds);
        all.addAll(kindsHeld.keySet());
        all.stream().sorted().forEach(k -> System.out.printf(Locale.ROOT, "  %-60s %5d %5d%n", k,
                kindsLook.getOrDefault(k, new int[1])[0], kindsHeld.getOrDefault(k, new int[1])[0]));
    }

    /** The reference body's paragraphs: its non-blank lines. */
    static List<String> paragraphs(String reference) {
        return reference.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The set: Zyte pages and WCXB article pages in no labelled part, with speech in the reference, bounded. */
    static List<Page> pages(Path shared, int max) throws IOException {
        Set<String> labelledIds = new HashSet<>();
        Set<String> labelledUrls = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(
                "broadsheet-analysis/src/test/resources/attribution"), "*.json")) {
            for (Path f : files) {
                // only where each labelled article comes from: its id, source and url, never its labels
                for (JsonNode n : JSON.readTree(f.toFile())) {
                    labelledIds.add(n.path("id").asText().replace("wcxb-", ""));
                    labelledUrls.add(n.path("url").asText());
                }
            }
        }
        List<Page> candidates = new ArrayList<>();
        JsonNode zyte = JSON.readTree(shared.resolve("bench/zyte/ground-truth.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = zyte.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            boolean labelled = labelledIds.stream().anyMatch(l -> !l.isEmpty() && (id.startsWith(l) || l.startsWith(id)));
            add(candidates, labelled, labelledUrls, "zyte", id, shared.resolve("bench/zyte/html/" + id + ".html.gz"), e.getValue());
        }
        JsonNode wcxb = JSON.readTree(shared.resolve("bench/wcxb/ground-truth.json").toFile());
        JsonNode kinds = JSON.readTree(shared.resolve("bench/wcxb/pages.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = wcxb.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode k = kinds.path(e.getKey());
            String lang = k.path("lang_attr").asText();
            if (!k.path("page_type").asText().equals("article") || !(lang.isEmpty() || lang.startsWith("en"))) {
                continue;
            }
            add(candidates, labelledIds.contains(e.getKey()), labelledUrls, "wcxb", e.getKey(),
                    shared.resolve("bench/wcxb/html/" + e.getKey() + ".html.gz"), e.getValue());
        }
        // every Zyte page first (news, all of them), then WCXB's by hash: the bound keeps the news pages
        candidates.sort((x, y) -> x.source().equals(y.source()) ? hash(x.key()).compareTo(hash(y.key()))
                : x.source().equals("zyte") ? -1 : 1);
        return candidates.subList(0, Math.min(max, candidates.size()));
    }

    private static void add(List<Page> out, boolean labelled, Set<String> labelledUrls, String source, String id, Path html,
            JsonNode truth) {
        String url = truth.path("url").asText();
        String body = truth.path("articleBody").asText();
        if (labelled || labelledUrls.contains(url) || !Files.exists(html) || !SPEECH.matcher(body).find()) {
            return;
        }
        String key = source + ":" + id;
        out.add(new Page(source, id, html, url, body, Integer.parseInt(hash(key).substring(0, 2), 16) % 2 == 0));
    }

    /** The SHA-256 of a page's key, in hex: the order of the set and its split into halves. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower case words, curly marks made straight, everything else one space: text compared across routes. */
    static String norm(String s) {
        return " " + NON_WORD.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip() + " ";
    }

    /** The two routes' texts, to say where a disagreement's words are. */
    private static final class Sides {
        private final List<String> paragraphs;
        private final List<String> blocks = new ArrayList<>();
        private final String reference;
        private final String extracted;
        private final String screened;
        private final Analysis page;

        Sides(List<String> paragraphs, Article fromPage, String screened, Analysis page) {
            this.paragraphs = paragraphs;
            this.reference = norm(String.join("\n", paragraphs));
            this.extracted = norm(fromPage.text());
            this.screened = norm(screened);
            this.page = page;
            for (BodyBlock b : fromPage.blocks()) {
                blocks.add(norm(b.text()));
            }
        }

        /** The kind of one disagreement line of {@link AttributionScorer}. */
        String kind(String line) {
            String what = line.substring(0, line.indexOf(':'));
            String rest = line.substring(line.indexOf(':') + 1).strip();
            String text = rest.startsWith("[") ? rest.substring(rest.indexOf("] ") + 2) : rest;
            if (what.startsWith("speaker")) {
                text = rest.substring(rest.lastIndexOf(">] ") + 3);
                if (text.endsWith("...")) {
                    text = text.substring(0, text.length() - 3);
                }
                return what + ": " + speakerKind(text);
            }
            if (what.startsWith("missed person") || what.startsWith("missed role")) {
                String name = what.startsWith("missed role") ? text.substring(0, text.indexOf(" — ")) : text.substring(0,
                        text.lastIndexOf(" ["));
                boolean author = page.people().stream().anyMatch(p -> p.author() && p.name().equals(name));
                return what + ": " + (author ? "the page's byline author" : where(name, false));
            }
            if (what.startsWith("missed figure") || what.startsWith("extra figure")) {
                text = text.substring(text.lastIndexOf('(') + 1, text.length() - 1);
            }
            if (what.startsWith("missed date") || what.startsWith("wrong date")) {
                text = text.contains(" = ") ? text.substring(0, text.indexOf(" = ")) : text.substring(0, text.indexOf(" want "));
            }
            return what + ": " + where(text, what.startsWith("extra"));
        }

        /** Whether the words are on each route: lost by extraction, screened out, only in the page's furniture. */
        private String where(String text, boolean extra) {
            String n = norm(text);
            if (extra) {
                return reference.contains(n) ? "words in the reference too" : "words not in the reference (furniture)";
            }
            if (!extracted.contains(n)) {
                return "words not in the page body";
            }
            return screened.contains(n) ? "words on both routes" : "words screened out of the page body";
        }

        /** Why a speaker differs: its paragraph or the one before it is not the same on the page. */
        private String speakerKind(String start) {
            String n = norm(start);
            for (int i = 0; i < paragraphs.size(); i++) {
                String para = norm(paragraphs.get(i));
                if (!para.contains(n.strip())) {
                    continue;
                }
                int at = blocks.indexOf(para);
                if (at < 0) {
                    return blocks.stream().anyMatch(b -> b.contains(n.strip())) ? "paragraph split, merged or edited"
                            : "paragraph not in the page body";
                }
                if (i > 0) {
                    String before = norm(paragraphs.get(i - 1));
                    int prev = at - 1;
                    while (prev >= 0 && !screened.contains(blocks.get(prev))) {
                        prev--;
                    }
                    if (prev < 0 || !blocks.get(prev).equals(before)) {
                        return "same paragraph, the one before differs";
                    }
                }
                return "same paragraph and the one before";
            }
            return "?";
        }
    }
}
