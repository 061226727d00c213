package org.broadsheet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code broadsheet extract}, run in-process. */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void extractsOnePageAsJson() throws IOException {
        Path page = Pages.write(tmp.resolve("library.html"), Pages.article("Library to close"));
        CliRun run = CliRun.of("extract", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode a = JSON.readTree(run.out());
        assertEquals("1.4", a.get("schemaVersion").asText());
        assertTrue(a.get("provenance").isNull(), "a file is no web-archive record");
        assertEquals(page.toString(), a.get("source").asText());
        assertTrue(a.get("text").asText().contains("public reading room"), run.out());
        assertFalse(a.get("text").asText().contains("All rights reserved"), run.out());
        assertEquals("", run.err(), "one page, no summary");
    }

    @Test
    void saysWhetherAPageWasReadAsHtmlOrAsFlattenedText() throws IOException {
        String flat = "Library to close\n\nThe central library will close its doors next month, the council said on "
                + "Tuesday, after forty years in the old town hall.\n\nStaff will move to the new building by the "
                + "river, where a larger reading room is planned.\n";
        Path text = Pages.write(tmp.resolve("library.txt"), flat);
        CliRun auto = CliRun.of("extract", "--explain", text.toString());
        assertEquals(0, auto.exitCode(), auto.err());
        assertTrue(auto.out().contains("(read as text)"), auto.out());
        assertTrue(CliRun.of("extract", "-f", "text", text.toString()).out().startsWith("Library to close"));

        CliRun forced = CliRun.of("extract", "--explain", "--input-format", "html", text.toString());
        assertTrue(forced.out().contains("(read as html)"), forced.out());

        CliRun wrong = CliRun.of("extract", "--input-format", "pdf", text.toString());
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("--input-format"), wrong.err());
    }

    @Test
    void readsStdinWithUrl() throws IOException {
        CliRun run = CliRun.withStdin(Pages.article("Library to close").getBytes(UTF_8),
                "extract", "--url", "https://example.com/news/library", "-");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode a = JSON.readTree(run.out());
        assertEquals("-", a.get("source").asText());
        assertEquals("https://example.com/news/library", a.get("url").asText());
    }

    @Test
    void readsGzipInput() throws IOException {
        Path page = Pages.writeGzip(tmp.resolve("library.html.gz"), Pages.article("Library to close"));
        CliRun run = CliRun.of("extract", "--format", "text", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Library to close"), run.out());
        assertTrue(run.out().contains("public reading room"), run.out());
    }

    @Test
    void textFormatIsTitleBlankLineBody() throws IOException {
        Path page = Pages.write(tmp.resolve("p.html"), Pages.article("Library to close"));
        String out = CliRun.of("extract", "-f", "text", page.toString()).out();
        String[] lines = out.split("\n");
        assertEquals("Library to close", lines[0]);
        assertEquals("", lines[1]);
        assertTrue(lines[2].startsWith("The town council voted"), out);
    }

    @Test
    void severalTextPagesGetHeaders() throws IOException {
        Path a = Pages.write(tmp.resolve("a.html"), Pages.article("Library to close"));
        Path b = Pages.write(tmp.resolve("b.html"), Pages.article("Pool to open"));
        CliRun run = CliRun.of("extract", "-f", "text", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("==> " + a + " <==\nLibrary to close\n\n"), run.out());
        assertTrue(run.out().contains("\n\n==> " + b + " <==\nPool to open\n"), run.out());
    }

    @Test
    void markdownFormatHasHeadingsListsAndQuotes() throws IOException {
        Path page = Pages.write(tmp.resolve("p.html"), Pages.article("Library to close"));
        CliRun run = CliRun.of("extract", "-f", "markdown", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Library to close\n\n"), run.out());
        assertTrue(run.out().contains("\n## What happens next\n"), run.out());
        assertTrue(run.out().contains("\n- The reading room closes on 1 March"), run.out());
        assertTrue(run.out().contains("\n> We are losing far more"), run.out());
    }

    @Test
    void oneBadFileDoesNotStopTheBatch() throws IOException {
        Path good = Pages.write(tmp.resolve("a-good.html"), Pages.article("Library to close"));
        Path empty = Files.write(tmp.resolve("b-empty.html"), new byte[0]);
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        Path image = Files.write(tmp.resolve("c-image.html"), png);
        Path good2 = Pages.write(tmp.resolve("d-good.html"), Pages.article("Pool to open"));
        Path missing = tmp.resolve("e-missing.html");

        CliRun run = CliRun.of("extract", "-f", "jsonl", good.toString(), empty.toString(), image.toString(),
                missing.toString(), good2.toString());
        assertEquals(1, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(1).contains("Pool to open"));
        assertTrue(run.err().contains(empty + ": empty input"), run.err());
        assertTrue(run.err().contains(image + ": not a web page: a PNG image"), run.err());
        assertTrue(run.err().contains(missing + ": no such file or directory"), run.err());
        assertTrue(run.err().contains("5 pages: 2 extracted (0 with warnings), 3 failed"), run.err());
    }

    @Test
    void directoryInTreeOutOneFilePerPage() throws IOException {
        Path in = tmp.resolve("in");
        Pages.write(in.resolve("one.html"), Pages.article("Library to close"));
        Pages.writeGzip(in.resolve("sub/two.html.gz"), Pages.article("Pool to open"));
        Pages.write(in.resolve("sub/three.htm"), Pages.article("Bridge repaired"));
        Pages.write(in.resolve("notes.md"), "not a page");
        Pages.write(in.resolve(".hidden/four.html"), Pages.article("Hidden"));
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of("extract", in.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("one.json", "sub/three.json", "sub/two.json"), files(out));
        JsonNode two = JSON.readTree(out.resolve("sub/two.json").toFile());
        assertTrue(two.get("text").asText().contains("reading room"));
        assertEquals(in + "/sub/two.html.gz", two.get("source").asText());
        assertTrue(run.err().contains("3 pages: 3 extracted"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void markdownFilesInDirectoryOutput() throws IOException {
        Path a = Pages.write(tmp.resolve("x/a.html"), Pages.article("Library to close"));
        Path b = Pages.write(tmp.resolve("y/a.html"), Pages.article("Pool to open"));
        Path out = tmp.resolve("md");
        CliRun run = CliRun.of("extract", "-f", "markdown", "-o", out + "/", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("a-2.md", "a.md"), files(out));
        assertTrue(Files.readString(out.resolve("a-2.md")).startsWith("# Pool to open"));
    }

    @Test
    void jsonlForManyPagesGoesToOneFile() throws IOException {
        Path in = tmp.resolve("in");
        Pages.write(in.resolve("one.html"), Pages.article("Library to close"));
        Pages.write(in.resolve("two.html"), Pages.article("Pool to open"));
        Path out = tmp.resolve("all.jsonl");
        CliRun run = CliRun.of("extract", "-f", "jsonl", "-o", out.toString(), in.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertEquals("Pool to open", JSON.readTree(lines.get(1)).get("title").asText());
    }

    @Test
    void singleOutputFile() throws IOException {
        Path page = Pages.write(tmp.resolve("p.html"), Pages.article("Library to close"));
        Path out = tmp.resolve("result/article.json");
        CliRun run = CliRun.of("extract", page.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Library to close", JSON.readTree(out.toFile()).get("title").asText());
    }

    @Test
    void outputFileThatIsAnInputIsRefused() throws IOException {
        Path page = Pages.write(tmp.resolve("p.html"), Pages.article("Library to close"));
        CliRun run = CliRun.of("extract", page.toString(), "-o", page.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is also an input"), run.err());
        assertTrue(Files.readString(page).contains("Library to close"));
    }

    @Test
    void closedStdoutStopsTheBatchQuietly() throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 5; i++) {
            Pages.write(in.resolve("p" + i + ".html"), Pages.article("Library to close"));
        }
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cmd = Main.commandLine(new Main(java.io.InputStream.nullInputStream(), false));
        cmd.setOut(new java.io.PrintWriter(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        }));
        cmd.setErr(new java.io.PrintWriter(err, true));
        // as well-behaved Unix tools do under `| head -1`: stop, say nothing, and no page counts as failed
        assertEquals(0, cmd.execute("extract", "-j", "1", in.toString()));
        assertEquals("", err.toString());
    }

    @Test
    void emptyDirectoryIsAFailure() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("nothing"));
        CliRun run = CliRun.of("extract", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(dir + ": no page files"), run.err());
    }

    @Test
    void explainShowsEveryBlockWithItsDecisionAndReason() throws IOException {
        Path page = Pages.write(tmp.resolve("p.html"), Pages.article("Library to close"));
        CliRun run = CliRun.of("extract", "--explain", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("BODY"), run.out());
        assertTrue(run.out().contains("removed "), run.out());
        assertTrue(run.out().contains("because "), run.out());
        assertTrue(run.out().contains("\"The town council voted"), run.out());

        CliRun json = CliRun.of("extract", "--explain", "-f", "json", page.toString());
        JsonNode blocks = JSON.readTree(json.out()).get("blocks");
        assertTrue(blocks.size() > 5);
        boolean anyRemoved = false;
        for (JsonNode b : blocks) {
            assertFalse(b.get("reason").asText().isEmpty());
            anyRemoved |= b.get("decision").asText().equals("removed") && !b.get("kind").isNull();
        }
        assertTrue(anyRemoved, json.out());
    }

    @Test
    void urlWithManyInputsIsAUsageError() throws IOException {
        Path a = Pages.write(tmp.resolve("a.html"), Pages.article("A"));
        CliRun run = CliRun.of("extract", "--url", "https://example.com/", a.toString(), a.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--url"), run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("extract", "-f", "yaml", "x.html");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("yaml"), run.err());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("extract"), help.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("broadsheet "), version.out());
        assertEquals(0, CliRun.of("extract", "--help").exitCode());
        assertEquals(2, CliRun.of().exitCode());
    }

    @Test
    void manyPagesShowProgressLinesWhenNotATerminal() throws IOException {
        Path in = tmp.resolve("many");
        String page = Pages.article("Library to close");
        for (int i = 0; i < Progress.MANY; i++) {
            Pages.write(in.resolve(String.format("p%02d.html", i)), page);
        }
        CliRun run = CliRun.of("extract", "-f", "jsonl", "-j", "4", in.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> sources = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            sources.add(JSON.readTree(line).get("source").asText());
        }
        assertEquals(Progress.MANY, sources.size());
        assertEquals(sources.stream().sorted().toList(), sources, "written in input order");
        assertTrue(run.err().contains("(100%)"), run.err());
        assertFalse(CliRun.of("extract", "--no-progress", "-f", "jsonl", in.toString()).err().contains("(100%)"));
    }

    private static List<String> files(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().forEach(names::add);
        }
        return names;
    }

    @Test
    void keepsOnlyThePageTypesAskedForAndCountsEveryType() throws IOException {
        Path dir = tmp.resolve("crawl");
        Pages.write(dir.resolve("library.html"), Pages.article("Library to close"));
        Pages.write(dir.resolve("kettle.html"), """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steel kettle 1.7 l | Example Shop</title>
                <meta property="og:type" content="product">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel kettle",
                "offers":{"@type":"Offer","price":"39.90","priceCurrency":"EUR"}}</script></head><body>
                <nav><a href="/">Shop</a> <a href="/kitchen">Kitchen</a> <a href="/cart">Cart</a></nav>
                <div class="product-page"><h1>Steel kettle 1.7 l</h1>
                <div class="product-price">€39.90</div><div class="stock">In stock</div>
                <form class="add-to-cart"><input type="number" name="quantity" value="1"><button>Add to cart</button></form>
                <div class="product-description"><p>A brushed steel kettle that boils 1.7 litres in under four minutes,
                with a concealed element, a limescale filter you can wash and a base that turns all the way round.</p>
                <ul><li>Capacity: 1.7 l</li><li>Power: 2200 W</li><li>Weight: 1.1 kg</li><li>Colour: steel</li></ul></div>
                </div><footer>Free shipping on orders over €50. © Example Shop</footer></body></html>
                """);
        CliRun run = CliRun.of("extract", "-f", "jsonl", "--only-type", "article", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode a = JSON.readTree(lines.get(0));
        assertEquals("article", a.get("pageType").asText());
        assertTrue(a.get("text").asText().contains("public reading room"), run.out());
        assertTrue(run.err().contains("1 left out by type"), run.err());
        assertTrue(run.err().contains("types: article 1, product 1"), run.err());

        CliRun wrong = CliRun.of("extract", "--only-type", "recipe", dir.toString());
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("--only-type"), wrong.err());
    }
}
