package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class IndexCommandTest {

    @TempDir
    Path dir;

    @Test
    void indexesPagesAndExtractOutputOnceAndFindsThem() throws IOException {
        Path pages = dir.resolve("pages");
        Pages.write(pages.resolve("a.html"), Pages.article("Council closes the old library"));
        Pages.write(pages.resolve("sub/b.html"), Pages.article("Library on the hill to close, council says"));
        Path jsonl = dir.resolve("other.jsonl");
        CliRun extracted = CliRun.of("extract", Pages.write(dir.resolve("c.html"),
                Pages.article("Town loses its reading room").replace("forty thousand", "thirty thousand"))
                .toString(), "-f", "jsonl", "-o", jsonl.toString());
        assertEquals(0, extracted.exitCode(), extracted.err());
        String store = dir.resolve("store").toString();

        CliRun first = CliRun.of("index", pages.toString(), jsonl.toString(), "--store", store);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("3 added, 0 replaced, 0 unchanged, 0 failed"), first.err());

        CliRun again = CliRun.of("index", pages.toString(), jsonl.toString(), "--store", store);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("0 added, 0 replaced, 3 unchanged, 0 failed"), again.err());
        assertTrue(again.err().contains("the store holds 3 articles"), again.err());

        // the three carry one story: one hit, with the two others as its copies
        CliRun search = CliRun.of("search", "reading room", "--store", store, "-f", "json");
        assertEquals(0, search.exitCode(), search.err());
        JsonNode r = new ObjectMapper().readTree(search.out());
        assertEquals(3, r.path("total").asInt());
        assertEquals(1, r.path("hits").size());
        assertEquals(2, r.path("hits").get(0).path("copies").size());
        assertTrue(r.path("facets").path("language").toString().contains("\"en\""), r.toString());

        CliRun text = CliRun.of("search", "\"mobile library\"", "--store", store);
        assertTrue(text.out().startsWith("3 articles"), text.out());
        assertTrue(text.out().contains("[mobile library]"), text.out());
    }

    @Test
    void compactingLeavesOnePieceThatFindsEverything() throws IOException {
        String store = dir.resolve("store").toString();
        for (String title : List.of("Council closes the old library", "Ferry service to the island ends")) {
            Path page = Pages.write(dir.resolve("pages/" + title.hashCode() + ".html"), Pages.article(title));
            CliRun run = CliRun.of("index", page.toString(), "--store", store);
            assertEquals(0, run.exitCode(), run.err());
        }
        assertTrue(segments(store) > 1, "two runs, two commits");
        CliRun run = CliRun.of("index", dir.resolve("pages").toString(), "--compact", "--store", store);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("0 added, 0 replaced, 2 unchanged"), run.err());
        assertEquals(1, segments(store));
        JsonNode r = new ObjectMapper().readTree(CliRun.of("search", "ferry", "--store", store, "-f", "json").out());
        assertEquals(1, r.path("total").asInt());
    }

    private static int segments(String store) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(store)))) {
            return reader.leaves().size();
        }
    }

    @Test
    void aBadFileIsNamedAndTheRestIsIndexed() throws IOException {
        Path bad = Pages.write(dir.resolve("broken.json"), "{\"title\": \"half");
        Path page = Pages.write(dir.resolve("a.html"), Pages.article("Council closes the old library"));
        CliRun run = CliRun.of("index", bad.toString(), page.toString(), dir.resolve("missing.html").toString(),
                "--store", dir.resolve("store").toString());
        assertEquals(Main.SOME_FAILED, run.exitCode());
        assertTrue(run.err().contains("broken.json: bad JSON"), run.err());
        assertTrue(run.err().contains("missing.html"), run.err());
        assertTrue(run.err().contains("1 added"), run.err());
    }

    @Test
    void indexesTheArticlesOfAWebArchive() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        for (int n = 1; n <= 2; n++) {
            byte[] body = Pages.article("Story " + n).replace("the hill", "hill " + n)
                    .getBytes(StandardCharsets.UTF_8);
            warc.writeBytes(TestArchives.response(n, "https://example.com/story-" + n, "2024-05-0" + n + "T10:00:00Z",
                    "text/html; charset=utf-8", body, 0));
        }
        Path file = dir.resolve("crawl.warc");
        Files.write(file, warc.toByteArray());
        String store = dir.resolve("store").toString();
        CliRun run = CliRun.of("index", file.toString(), "--store", store);
        assertEquals(0, run.exitCode(), run.err());
        CliRun search = CliRun.of("search", "library", "--store", store, "-f", "json");
        JsonNode r = new ObjectMapper().readTree(search.out());
        assertEquals(2, r.path("total").asInt());
        assertTrue(r.toString().contains("https://example.com/story-1"), r.toString());
    }

    @Test
    void searchingWhereThereIsNoStoreSaysSo() {
        CliRun run = CliRun.of("search", "x", "--store", dir.resolve("nothing").toString());
        assertEquals(Main.SOME_FAILED, run.exitCode());
        assertTrue(run.err().contains("no store here"), run.err());
    }

    @Test
    void analyzeNeedsTheAnalyzeJar() throws IOException {
        Path page = Pages.write(dir.resolve("a.html"), Pages.article("Council closes the old library"));
        CliRun run = CliRun.of("index", page.toString(), "--analyze", "--store", dir.resolve("s").toString());
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("broadsheet-analyze.jar"), run.err());
    }
}
