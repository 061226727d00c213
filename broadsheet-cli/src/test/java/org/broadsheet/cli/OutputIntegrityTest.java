package org.broadsheet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Nothing lost, nothing torn (issue 12): every record whole, every page of a batch accounted for, and the command
 * line a new user tries.
 */
class OutputIntegrityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private Path pages(int n) throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 0; i < n; i++) {
            Pages.write(in.resolve(String.format("p%02d.html", i)), Pages.article("Story number " + i));
        }
        return in;
    }

    /** The torn-line bug: a strict encoder failed mid-line on a lone surrogate and lost the rest of the batch. */
    @Test
    void recordWithALoneSurrogateIsWrittenWholeAndTheNextOnesFollow() throws IOException {
        Path file = tmp.resolve("out.jsonl");
        try (StreamOutput out = StreamOutput.toFile(file, ArticleFormat.JSONL, true)) {
            for (int i = 0; i < 25; i++) {
                String text = i == 5 ? "bad \uD800 and \uDFFF" : "good " + i;
                out.write(new Input("p" + i, null, "p" + i), JSON.createObjectNode().put("source", "p" + i)
                        .put("text", text) + "\n");
            }
        }
        List<JsonNode> lines = jsonLines(Files.readString(file, UTF_8));
        assertEquals(25, lines.size());
        for (int i = 0; i < 25; i++) {
            assertEquals("p" + i, lines.get(i).get("source").asText());
        }
    }

    @Test
    void pageWithLoneSurrogatesInABatchToAFileLosesNothing() throws IOException {
        Path in = pages(6);
        Pages.write(in.resolve("p03.html"), Pages.article("Surrogates &#xD800; and &#xDFFF; here"));
        Path out = tmp.resolve("all.jsonl");
        CliRun run = CliRun.of("extract", "-o", out.toString(), in.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = jsonLines(Files.readString(out, UTF_8));
        assertEquals(6, lines.size());
        assertTrue(lines.get(3).get("title").asText().contains("\uFFFD"), lines.get(3).get("title").asText());
    }

    @Test
    void gzipOutputOfPagesIsCompressedJsonLines() throws IOException {
        Path out = tmp.resolve("out.jsonl.gz");
        CliRun run = CliRun.of("extract", "-o", out.toString(), pages(3).toString());
        assertEquals(0, run.exitCode(), run.err());
        byte[] head = Files.readAllBytes(out);
        assertEquals(0x1F, head[0] & 0xFF, "gzip magic");
        assertEquals(3, jsonLines(gunzip(out)).size());
        assertTrue(run.err().contains("3 pages: 3 extracted"), run.err());
    }

    @Test
    void severalPagesIntoOneJsonFileMakeOneJsonArray() throws IOException {
        Path out = tmp.resolve("all.json");
        CliRun run = CliRun.of("extract", "-o", out.toString(), pages(3).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out), "a file, not a directory");
        JsonNode all = JSON.readTree(out.toFile());
        assertTrue(all.isArray());
        assertEquals(3, all.size());
        assertEquals("Story number 2", all.get(2).get("title").asText());
    }

    @Test
    void existingFileIsWrittenOverAndAPathBlockedByAFileIsExplained() throws IOException {
        Path existing = Files.writeString(tmp.resolve("existing.json"), "old");
        CliRun run = CliRun.of("extract", "-o", existing.toString(), pages(2).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, JSON.readTree(existing.toFile()).size());
        CliRun blocked = CliRun.of("extract", "-o", existing.resolve("out.json").toString(), pages(2).toString());
        assertEquals(1, blocked.exitCode());
        assertTrue(blocked.err().contains("existing.json/out.json: cannot write: a "), blocked.err());
    }

    @Test
    void threadsMustBeAtLeastOne() throws IOException {
        for (String j : List.of("0", "-3")) {
            CliRun run = CliRun.of("extract", "-j", j, pages(1).toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("-j/--threads must be at least 1, not " + j), run.err());
        }
    }

    @Test
    void unreadableFileAndFolderAreNamedAndThePagesBesideThemExtracted() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")),
                "as root every file is readable; bench/hostile/run.sh runs this case as an unprivileged user");
        Path in = pages(3);
        Path secret = Pages.write(in.resolve("secret.html"), Pages.article("Secret"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Pages.write(locked.resolve("inside.html"), Pages.article("Inside"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            CliRun run = CliRun.of("extract", "-f", "jsonl", in.toString());
            assertEquals(1, run.exitCode());
            assertEquals(3, run.out().lines().count(), run.out());
            assertTrue(run.err().contains("secret.html: cannot read: permission denied"), run.err());
            assertTrue(run.err().contains("locked: cannot read this directory: permission denied"), run.err());
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void fileRemovedBeforeItIsReadIsNamedAndTheBatchGoesOn() throws IOException {
        // what an unreadable file looks like to the batch when run as root: the read fails, the rest is written
        Path in = pages(3);
        Input gone = new Input(in.resolve("gone.html").toString(), in.resolve("gone.html"), "gone");
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        List<BatchItem> items = new ArrayList<>();
        items.add(BatchItem.page(new Input("a", null, "a"), null, () -> page("a")));
        items.add(BatchItem.page(gone, null, () -> new org.broadsheet.article.RawPage(gone.name(),
                gone.read(InputStream.nullInputStream()), null, null)));
        items.add(BatchItem.page(new Input("b", null, "b"), null, () -> page("b")));
        Batch batch = new Batch(new Batch.Settings(2, false, false, new PrintWriter(err), null, Set.of()),
                (p, prov) -> new Batch.Rendered(p.source() + "\n", false),
                StreamOutput.toWriter(new PrintWriter(out), "stdout", ArticleFormat.JSONL, true),
                new Progress(new PrintWriter(err), 3, Progress.Mode.NONE));
        batch.run(items.iterator());
        assertEquals("a\nb\n", out.toString());
        assertTrue(err.toString().contains("gone.html: no such file or directory"), err.toString());
    }

    private static org.broadsheet.article.RawPage page(String name) {
        return org.broadsheet.article.RawPage.of(name, Pages.article(name).getBytes(UTF_8), null);
    }

    @Test
    void internalErrorCarriesItsStackTraceAndAsksToBeReported() throws IOException {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        StringWriter failures = new StringWriter();
        Iterator<BatchItem> items = List.of(BatchItem.page(new Input("a.html", null, "a"), null, () -> page("a")),
                BatchItem.page(new Input("b.html", null, "b"), null, () -> page("b"))).iterator();
        Batch batch = new Batch(new Batch.Settings(1, false, true, new PrintWriter(err, true), failures, Set.of()),
                (p, prov) -> {
                    if (p.source().equals("a")) {
                        throw new NullPointerException("a bug");
                    }
                    return new Batch.Rendered("{}\n", false);
                },
                StreamOutput.toWriter(new PrintWriter(out), "stdout", ArticleFormat.JSONL, true),
                new Progress(new PrintWriter(err), 2, Progress.Mode.NONE));
        batch.run(items);
        assertEquals("{}\n", out.toString(), "the next page is still written");
        String e = err.toString();
        assertTrue(e.contains("a.html: internal error: java.lang.NullPointerException: a bug"), e);
        assertTrue(e.contains("please report it"), e);
        assertTrue(e.contains("\tat org.broadsheet.cli.OutputIntegrityTest"), "stack trace with --debug: " + e);
        JsonNode f = JSON.readTree(failures.toString());
        assertEquals("internal-error", f.get("reason").asText());
        assertTrue(f.get("stackTrace").asText().contains("at org.broadsheet.cli"), f.toString());
    }

    @Test
    void resumeFinishesAKilledJsonLinesRunWithoutDuplicates() throws IOException {
        Path in = pages(6);
        Path full = tmp.resolve("full.jsonl");
        assertEquals(0, CliRun.of("extract", "-o", full.toString(), in.toString()).exitCode());
        List<String> lines = Files.readAllLines(full, UTF_8);
        // what a kill leaves: two whole lines and half of the third
        Path out = tmp.resolve("out.jsonl");
        Files.writeString(out, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 100), UTF_8);
        CliRun run = CliRun.of("extract", "--resume", "-o", out.toString(), in.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("2 already in the output"), run.err());
        assertSameSources(full, jsonLines(Files.readString(out, UTF_8)));
    }

    @Test
    void resumeFinishesAKilledGzipRunWithoutDuplicates() throws IOException {
        Path in = pages(6);
        Path full = tmp.resolve("full.jsonl");
        assertEquals(0, CliRun.of("extract", "-o", full.toString(), in.toString()).exitCode());
        List<String> lines = Files.readAllLines(full, UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz, true)) {
            z.write((lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 50)).getBytes(UTF_8));
            z.flush();
            byte[] cut = gz.toByteArray(); // a sync-flushed stream cut before its end, as a kill leaves it
            Files.write(tmp.resolve("out.jsonl.gz"), cut);
        }
        Path out = tmp.resolve("out.jsonl.gz");
        CliRun run = CliRun.of("extract", "--resume", "-o", out.toString(), in.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertSameSources(full, jsonLines(gunzip(out)));
    }

    private static void assertSameSources(Path full, List<JsonNode> got) throws IOException {
        Set<String> expected = new HashSet<>();
        for (JsonNode n : jsonLines(Files.readString(full, UTF_8))) {
            expected.add(n.get("source").asText());
        }
        List<String> sources = got.stream().map(n -> n.get("source").asText()).toList();
        assertEquals(expected.size(), sources.size(), "no duplicates: " + sources);
        assertEquals(expected, new HashSet<>(sources));
    }

    @Test
    void resumeNeedsAJsonLinesFile() throws IOException {
        CliRun run = CliRun.of("extract", "--resume", pages(1).toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--resume finishes a JSON Lines file"), run.err());
    }

    @Test
    void flattenedTextForcedToHtmlSaysSoInTheArticle() throws IOException {
        Path text = Files.writeString(tmp.resolve("page.txt"), "Library to close\n\nBy Ann Lee\n\n"
                + "The town council voted on Tuesday to close the old library on the hill, ending a century.\n".repeat(4));
        CliRun run = CliRun.of("extract", "--input-format", "html", text.toString());
        JsonNode a = JSON.readTree(run.out());
        assertTrue(a.get("warnings").toString().contains("not-html"), a.toString());
    }

    @Test
    void noFailureNoFailureReason() {
        assertNull(PageFailure.of("x", "y").stackTrace());
        assertFalse(PageFailure.of("x", "y").isInternal());
        assertNotNull(PageFailure.of(new IllegalStateException("z")).stackTrace());
    }
}
