package org.broadsheet.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged archive fails no job: a corrupt gzip member, a record whose length lies and a record cut off by the end
 * of the file each become a failed row naming the record, and every sound record around them is an article.
 */
@ExtendWith(LocalSpark.class)
class DamagedArchiveTest {

    @TempDir
    static Path dir;

    private static WarcFiles.Capture page(int n) {
        String html = "<html><head><title>Story " + n + "</title></head><body><article><h1>Story " + n
                + "</h1><p>The council met on Tuesday to decide the future of bridge number " + n
                + ", which has been closed since the spring floods damaged its western pier.</p>"
                + "<p>Engineers told the meeting that repairs would take at least six months and cost more than "
                + "the town's whole road budget for the year, and residents asked for a ferry in the meantime.</p>"
                + "</article></body></html>";
        return new WarcFiles.Capture(WarcFiles.recordId(n), "https://town.example.org/news/" + n,
                "2024-03-0" + (1 + n % 9) + "T08:00:00Z", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void damagedRecordsAreFailureRowsAndTheRestIsWritten(SparkSession spark) throws IOException {
        Path damaged = new WarcFiles().add(page(1)).add(page(2)).addCorrupt(page(3)).add(page(4))
                .addMisframed(page(5), 100).add(page(6)).addTruncated(page(7))
                .write(dir.resolve("damaged.warc.gz"));
        Path sound = new WarcFiles().add(page(11)).add(page(12)).write(dir.resolve("sound.warc.gz"));
        Path notAnArchive = dir.resolve("empty.warc.gz");
        java.nio.file.Files.write(notAnArchive, new byte[] {0x1f, (byte) 0x8b, 0x08});

        List<Row> rows = BroadsheetSpark.extractArchives(spark, List.of(damaged.toString(), sound.toString(),
                notAnArchive.toString())).select("status", "reason", "recordId", "file", "detail", "title")
                .collectAsList();

        Map<String, List<String>> titlesByStatus = rows.stream().collect(Collectors.groupingBy(r -> r.getString(0),
                Collectors.mapping(r -> r.getString(5) == null ? r.getString(2) : r.getString(5),
                        Collectors.toList())));
        assertEquals(List.of("Story 1", "Story 2", "Story 4", "Story 6", "Story 11", "Story 12"),
                titlesByStatus.get(ArticleSchema.ARTICLE).stream().sorted((a, b) -> Integer.compare(
                        Integer.parseInt(a.substring(6)), Integer.parseInt(b.substring(6)))).toList(),
                "every sound record is an article: " + rows);
        List<Row> failed = rows.stream().filter(r -> r.getString(0).equals(ArticleSchema.FAILED)).toList();
        assertTrue(failed.stream().allMatch(r -> r.getString(1).equals("damaged") && r.getString(4) != null),
                "failures say why: " + failed);
        List<String> failedIds = failed.stream().map(r -> r.getString(2)).filter(id -> id != null).toList();
        assertTrue(failedIds.contains(WarcFiles.recordId(5)), "the misframed record is named: " + failed);
        assertTrue(failedIds.contains(WarcFiles.recordId(7)), "the truncated record is named: " + failed);
        assertTrue(failed.stream().anyMatch(r -> r.getString(3).endsWith("damaged.warc.gz")
                && (WarcFiles.recordId(3).equals(r.getString(2)) || r.getString(2) == null)),
                "the corrupt gzip member is reported: " + failed);
        assertTrue(failed.stream().anyMatch(r -> r.getString(3).endsWith("empty.warc.gz")),
                "the unreadable file is a row: " + failed);

        long written = BroadsheetSpark.extractArchives(spark, sound.toString()).where(col("status").equalTo("article"))
                .count();
        assertEquals(2, written);
    }
}
