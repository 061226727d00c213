package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code broadsheet analyze}, run in-process. Each run loads the language models (10-30 s), so the cases are
 * grouped into as few runs as they can be.
 */
class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A news page whose body has a direct quote, reported speech and a figure. */
    private static final String BRIDGE_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>River bridge to reopen before winter | The Daily Example</title>
            <meta property="article:published_time" content="2024-10-02T09:00:00Z"></head><body>
            <header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
            <main><article>
            <h1>River bridge to reopen before winter</h1>
            <p>The old river bridge in Westbury will reopen to traffic in November, the town council said on
            Tuesday, after eight months of repairs that closed the main road between the two halves of the town.</p>
            <p>"We will reopen the bridge before the first frost, whatever the weather does," Mayor Anna Keller told
            reporters at the town hall. "People have waited long enough."</p>
            <p>The council said the repairs had cost $4.2 million, more than twice the first estimate, and that a
            second bridge upstream would be inspected next year.</p>
            <p>Shop owners on the east bank said trade had fallen by a third since the bridge closed in February.</p>
            </article></main>
            <footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>
            </body></html>
            """;

    /** The same kind of page in German. */
    private static final String GERMAN_PAGE = """
            <!doctype html><html lang="de"><head><meta charset="utf-8">
            <title>Brücke wird vor dem Winter wieder geöffnet</title></head><body>
            <main><article>
            <h1>Brücke wird vor dem Winter wieder geöffnet</h1>
            <p>Die alte Flussbrücke in Westbury wird im November wieder für den Verkehr geöffnet, teilte der
            Gemeinderat am Dienstag mit, nach acht Monaten Reparaturen an der Hauptstraße der Stadt.</p>
            <p>„Wir werden die Brücke vor dem ersten Frost öffnen, egal wie das Wetter wird“, sagte Bürgermeisterin
            Anna Keller im Rathaus. „Die Menschen haben lange genug gewartet.“</p>
            <p>Nach Angaben des Rates kosteten die Arbeiten 4,2 Millionen Dollar, mehr als doppelt so viel wie
            zunächst geschätzt, und eine zweite Brücke flussaufwärts soll im nächsten Jahr geprüft werden.</p>
            </article></main></body></html>
            """;

    @Test
    void newsPageInJsonOutWithQuotesAndSpeakersAndNonEnglishNotAnalysed() throws IOException {
        Path english = Pages.write(tmp.resolve("bridge.html"), BRIDGE_PAGE);
        Path german = Pages.write(tmp.resolve("bruecke.html"), GERMAN_PAGE);
        // -o x.jsonl.gz: JSON Lines (the name says so), compressed, and a closing summary as extract gives
        Path out = tmp.resolve("out.jsonl.gz");
        CliRun run = CliRun.of("analyze", "-j", "1", "-o", out.toString(), english.toString(), german.toString());
        assertEquals(0, run.exitCode(), run.err());
        String written;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
            written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = written.lines().toList();
        assertEquals(2, lines.size(), "one line per article, not indented JSON: " + written);
        assertTrue(run.err().contains("2 pages: 2 analysed"), run.err());

        JsonNode article = JSON.readTree(lines.get(0));
        assertTrue(article.get("text").asText().contains("old river bridge"), "the article itself is there");
        JsonNode analysis = article.get("analysis");
        assertNotNull(analysis, lines.get(0));
        assertEquals("analysed", analysis.get("status").asText());
        assertEquals("2024-10-02", analysis.get("anchorDate").asText(), "the page's own date anchors relative dates");

        JsonNode quote = find(analysis.get("quotes"), "text", "We will reopen the bridge before the first frost");
        assertNotNull(quote, analysis.get("quotes").toString());
        assertEquals("Anna Keller", quote.get("speaker").get("name").asText());
        assertEquals("person", quote.get("speaker").get("kind").asText());
        // the quote's offsets point at its words in the body text
        String text = article.get("text").asText();
        assertTrue(text.substring(quote.get("start").asInt(), quote.get("end").asInt()).startsWith("We will reopen"));
        // the second stretch, with no cue of its own, keeps the speaker
        JsonNode second = find(analysis.get("quotes"), "text", "People have waited long enough");
        assertNotNull(second, analysis.get("quotes").toString());
        assertEquals("Anna Keller", second.get("speaker").get("name").asText());

        JsonNode reported = null;
        for (JsonNode r : analysis.get("reportedSpeech")) {
            if (r.get("content").get("text").asText().contains("the repairs had cost $4.2 million")) {
                reported = r;
            }
        }
        assertNotNull(reported, analysis.get("reportedSpeech").toString());
        assertTrue(reported.get("speaker").get("name").asText().contains("council"), reported.toString());
        assertTrue(analysis.get("people").toString().contains("Anna Keller"));

        JsonNode skipped = JSON.readTree(lines.get(1)).get("analysis");
        assertEquals("skipped", skipped.get("status").asText(), lines.get(1));
        assertEquals(0, skipped.get("quotes").size(), "nothing is analysed in a German article");
        JsonNode warning = skipped.get("warnings").get(0);
        assertEquals("not-english", warning.get("code").asText());
        assertTrue(warning.get("message").asText().contains("'de'"), warning.toString());
        assertTrue(warning.get("message").asText().contains("nothing was analysed"), warning.toString());
    }

    @Test
    void plainInputIsTheWholeBodyAndDateComesFromTheCommandLine() throws IOException {
        Path body = Pages.write(tmp.resolve("statement.txt"), """
                Home | Sport | Weather
                The ministry said on Wednesday that exports had risen by 12 percent last year.
                "This is the best result in a decade," said Finance Minister Maria Lopez.
                """);
        CliRun run = CliRun.of("analyze", "--input-format", "plain", "--date", "2024-10-02", body.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = JSON.readTree(run.out());
        // plain: nothing is taken for page furniture, every line is body
        assertTrue(article.get("text").asText().startsWith("Home | Sport | Weather"), article.get("text").asText());
        JsonNode analysis = article.get("analysis");
        assertEquals("2024-10-02", analysis.get("anchorDate").asText());
        JsonNode quote = find(analysis.get("quotes"), "text", "This is the best result in a decade");
        assertNotNull(quote, analysis.toString());
        assertEquals("Maria Lopez", quote.get("speaker").get("name").asText());
        assertTrue(analysis.get("dates").toString().contains("\"2023\""), "last year against --date is 2023");
    }

    /**
     * {@code broadsheet analyze crawl.warc.gz}: a crawl with the bridge story, a record that lies about its length,
     * the story in German and a second English story. Each story comes out as one JSON line with its analysis, in
     * input order (two threads), with the record it came from; the German one is written, not analysed, with the
     * warning saying why; the broken record is named with its ID; the summary counts them.
     */
    @Test
    void webArchiveGivesOneAnalysedLinePerPageWithItsRecordAndNamesTheBrokenOne() throws IOException {
        Path crawl = tmp.resolve("crawl.warc.gz");
        try (OutputStream warc = Files.newOutputStream(crawl)) {
            warc.write(gzip(response(1, "https://news.example.com/2024/10/bridge", BRIDGE_PAGE, 0)));
            warc.write(gzip(response(2, "https://news.example.com/2024/10/broken", Pages.article("Broken"), 150)));
            warc.write(gzip(response(3, "https://news.example.com/de/2024/10/bruecke", GERMAN_PAGE, 0)));
            warc.write(gzip(response(4, "https://news.example.com/2024/10/library", Pages.article("Library to close"),
                    0)));
        }
        Path failures = tmp.resolve("failures.jsonl");

        CliRun run = CliRun.of("analyze", crawl.toString(), "-j", "2", "--failures", failures.toString());

        assertEquals(Main.SOME_FAILED, run.exitCode(), "the broken record is a failure: " + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), "one JSON line per page (jsonl is the default for archives): " + run.out());

        JsonNode bridge = JSON.readTree(lines.get(0));
        assertEquals("https://news.example.com/2024/10/bridge", bridge.get("url").asText());
        assertEquals(recordId(1), bridge.get("provenance").get("warcRecordId").asText());
        assertEquals("2024-10-03T09:30:00Z", bridge.get("provenance").get("fetchedAt").asText());
        assertEquals("analysed", bridge.get("analysis").get("status").asText());
        JsonNode quote = find(bridge.get("analysis").get("quotes"), "text", "We will reopen the bridge");
        assertNotNull(quote, bridge.get("analysis").toString());
        assertEquals("Anna Keller", quote.get("speaker").get("name").asText());

        JsonNode german = JSON.readTree(lines.get(1));
        assertEquals(recordId(3), german.get("provenance").get("warcRecordId").asText());
        assertEquals("skipped", german.get("analysis").get("status").asText());
        assertEquals("not-english", german.get("analysis").get("warnings").get(0).get("code").asText());

        JsonNode library = JSON.readTree(lines.get(2));
        assertEquals("https://news.example.com/2024/10/library", library.get("url").asText());
        assertEquals(recordId(4), library.get("provenance").get("warcRecordId").asText());
        assertEquals("Library to close", library.get("title").asText());
        assertEquals("analysed", library.get("analysis").get("status").asText());
        JsonNode mayor = null;
        for (JsonNode r : library.get("analysis").get("reportedSpeech")) {
            if (r.get("content").get("text").asText().startsWith("the council had no choice")) {
                mayor = r;
            }
        }
        assertNotNull(mayor, library.get("analysis").toString());
        // one unnamed person: no name (the attribution spec's null speaker), the article's words kept
        assertTrue(mayor.get("speaker").get("name").isNull(), mayor.toString());
        assertEquals("unnamed", mayor.get("speaker").get("kind").asText());
        assertEquals("The mayor", mayor.get("speaker").get("description").asText());

        assertTrue(run.err().contains("record " + recordId(2) + " at offset "), run.err());
        JsonNode failure = JSON.readTree(Files.readString(failures));
        assertEquals(recordId(2), failure.get("recordId").asText());
        assertEquals("damaged", failure.get("reason").asText());
        assertTrue(run.err().contains("4 records read: 3 articles written (2 with warnings)"),
                "the German story and the undated one have warnings: " + run.err());
        assertTrue(run.err().contains("failed: 1 (damaged 1)"), run.err());
    }

    /** Web archives stand alone: a page among them is a command-line error, found before any model loads. */
    @Test
    void webArchivesMixedWithPagesIsACommandLineError() {
        CliRun run = CliRun.of("analyze", "crawl.warc.gz", "page.html");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("on their own, not with page.html"), run.err());
    }

    private static String recordId(int n) {
        return TestArchives.recordId(n);
    }

    /**
     * WARC response record {@code n} for {@code url}, captured 2024-10-03, serving {@code html}; its Content-Length
     * says {@code lengthError} bytes more than it holds.
     */
    private static byte[] response(int n, String url, String html, int lengthError) {
        return TestArchives.response(n, url, "2024-10-03T09:30:00Z", "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8), lengthError);
    }

    private static byte[] gzip(byte[] record) throws IOException {
        return TestArchives.gzip(record);
    }

    @Test
    void wrongFormatIsACommandLineError() {
        CliRun run = CliRun.of("analyze", "-f", "xml", "page.html");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format must be json or jsonl"), run.err());
    }

    /** The element of {@code array} whose {@code field} contains {@code words}, or null. */
    private static JsonNode find(JsonNode array, String field, String words) {
        for (JsonNode n : array) {
            if (n.get(field).asText().contains(words)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void indexAnalyzeKeepsWhoSaidWhatSearchableBySpeaker() throws IOException {
        Path english = Pages.write(tmp.resolve("bridge.html"), BRIDGE_PAGE);
        String store = tmp.resolve("store").toString();
        CliRun run = CliRun.of("index", "--analyze", "-j", "1", english.toString(), "--store", store);
        assertEquals(0, run.exitCode(), run.err());
        CliRun quotes = CliRun.of("search", "frost", "--quotes", "--store", store, "-f", "json");
        assertEquals(0, quotes.exitCode(), quotes.err());
        JsonNode r = JSON.readTree(quotes.out());
        assertEquals(1, r.path("total").asInt(), quotes.out());
        assertEquals("Anna Keller", r.path("hits").get(0).path("speaker").asText(), quotes.out());
        CliRun bySpeaker = CliRun.of("search", "--quotes", "--speaker", "Anna Keller", "--store", store, "-f",
                "json");
        assertTrue(JSON.readTree(bySpeaker.out()).path("total").asInt() >= 1, bySpeaker.out());
    }
}
