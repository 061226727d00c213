package org.broadsheet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.broadsheet.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Spark job gives the same articles as {@code broadsheet extract} on the same archive: for every record ID,
 * every field of the article JSON that is a column of the table is equal (text, blocks, removed blocks, metadata,
 * spam findings). The archive holds the bundled examples and the first pages of the Zyte set when it is there.
 */
@ExtendWith(LocalSpark.class)
class SameAsExtractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;

    @Test
    void everyRecordGivesTheArticleThatExtractGives(SparkSession spark) throws IOException {
        Path archive = archive(dir.resolve("pages.warc.gz"));
        Path cliOut = dir.resolve("cli.jsonl");
        int code = Main.commandLine(new Main(InputStream.nullInputStream(), false))
                .execute("extract", archive.toString(), "--format", "jsonl", "-o", cliOut.toString(), "--no-progress");
        assertEquals(0, code, "broadsheet extract exit code");
        Map<String, JsonNode> expected = new HashMap<>();
        for (String line : Files.readAllLines(cliOut)) {
            JsonNode a = JSON.readTree(line);
            expected.put(a.path("provenance").path("warcRecordId").asText(), a);
        }

        Dataset<Row> rows = BroadsheetSpark.extractArchives(spark, archive.toString());
        Map<String, JsonNode> actual = new HashMap<>();
        for (String line : rows.toJSON().collectAsList()) {
            JsonNode r = JSON.readTree(line);
            assertEquals(ArticleSchema.ARTICLE, r.path("status").asText(), "status of " + line.substring(0, 300));
            actual.put(r.path("recordId").asText(), r);
        }

        assertTrue(expected.size() >= 3, "articles from extract: " + expected.size());
        assertEquals(expected.keySet(), actual.keySet(), "the same record IDs");
        Set<String> columns = new TreeSet<>(List.of(ArticleSchema.ARTICLE_ROW.fieldNames()));
        int compared = 0;
        for (var e : expected.entrySet()) {
            JsonNode cli = e.getValue();
            JsonNode row = actual.get(e.getKey());
            assertFalse(cli.path("text").asText().isEmpty() && e.getKey().isEmpty());
            for (Iterator<String> names = cli.fieldNames(); names.hasNext();) {
                String field = names.next();
                if (!columns.contains(field) || field.equals("source")) {
                    continue;
                }
                assertEquals(withoutNulls(cli.get(field)), withoutNulls(row.get(field)),
                        field + " of record " + e.getKey() + " (" + cli.path("url").asText() + ")");
                compared++;
            }
            assertEquals(cli.path("provenance").path("fetchedAt").asText(), row.path("fetchedAt").asText());
        }
        assertTrue(compared > expected.size() * 20, "fields compared: " + compared);
    }

    /** Spark's JSON leaves null fields out; the article JSON writes them: compare without them. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(f -> {
                JsonNode v = withoutNulls(f.getValue());
                if (v != null) {
                    copy.set(f.getKey(), v);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(v -> copy.add(withoutNulls(v)));
            return copy;
        }
        return node;
    }

    /** The examples, and the first 25 pages of the Zyte set when ../shared is there. */
    static Path archive(Path file) throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("../examples"))) {
            examples.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        Path zyte = SharedData.dir().resolve("bench/zyte/html");
        if (Files.isDirectory(zyte)) {
            try (Stream<Path> more = Files.list(zyte)) {
                more.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(25).forEach(pages::add);
            }
        }
        WarcFiles warc = new WarcFiles();
        int n = 0;
        for (Path page : pages) {
            n++;
            warc.add(new WarcFiles.Capture(WarcFiles.recordId(n), "https://news" + (n % 5) + ".example.com/story/"
                    + page.getFileName(), "2024-05-0" + (1 + n % 9) + "T10:00:00Z", read(page)));
        }
        return warc.write(file);
    }

    /** A page's bytes, gunzipped when its name ends in .gz. */
    static byte[] read(Path page) throws IOException {
        if (!page.toString().endsWith(".gz")) {
            return Files.readAllBytes(page);
        }
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }
}
