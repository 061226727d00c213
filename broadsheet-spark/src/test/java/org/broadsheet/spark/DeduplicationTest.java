package org.broadsheet.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deduplication bar on the generated syndicated copies ({@link SyndicatedCopies}) at the default settings:
 * pairwise precision at least 0.95 and recall at least 0.9, on the held-out stories (the dev stories chose the
 * defaults and are checked too); every group's canonical member is its earliest published copy.
 */
class DeduplicationTest {

    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void heldOutSyndicatedCopiesAreGroupedAtTheDefaultThreshold() throws IOException {
        check(SyndicatedCopies.Part.HELD_OUT);
    }

    @Test
    void devSyndicatedCopiesAreGroupedAtTheDefaultThreshold() throws IOException {
        check(SyndicatedCopies.Part.DEV);
    }

    private void check(SyndicatedCopies.Part part) throws IOException {
        Path truth = SharedData.dir().resolve("bench/zyte/ground-truth.json");
        assumeTrue(Files.isRegularFile(truth), "needs the Zyte ground truth in ../shared");
        SyndicatedCopies.Set set = SyndicatedCopies.generate(truth, part, dir);

        List<Row> rows = Deduplication.deduplicate(BroadsheetSpark.extractArchives(spark, set.archive().toString()),
                Deduplication.Settings.DEFAULT).where(col("status").equalTo("article"))
                .select("recordId", "duplicateGroup", "canonical", "duplicateOf").collectAsList();
        assertEquals(set.storyOf().size(), rows.size(), "every page gave an article");

        Map<String, String> groupOf = new HashMap<>();
        for (Row r : rows) {
            groupOf.put(r.getString(0), r.isNullAt(1) ? r.getString(0) : r.getString(1));
        }
        List<String> ids = new ArrayList<>(groupOf.keySet());
        long truePairs = 0;
        long predicted = 0;
        long correct = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean same = set.storyOf().get(ids.get(i)).equals(set.storyOf().get(ids.get(j)));
                boolean grouped = groupOf.get(ids.get(i)).equals(groupOf.get(ids.get(j)));
                truePairs += same ? 1 : 0;
                predicted += grouped ? 1 : 0;
                correct += same && grouped ? 1 : 0;
            }
        }
        double precision = predicted == 0 ? 1 : (double) correct / predicted;
        double recall = (double) correct / truePairs;
        System.out.printf("deduplication, %s: %d pages, %d true pairs, %d predicted, precision %.3f, recall %.3f%n",
                part, rows.size(), truePairs, predicted, precision, recall);
        assertTrue(truePairs > 50, "the set has copies: " + truePairs);
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.9, "recall " + recall);

        // the canonical member is the earliest published of its group
        Map<String, Instant> earliest = new HashMap<>();
        for (Row r : rows) {
            Instant at = set.publishedAt().get(r.getString(0));
            if (at != null) {
                earliest.merge(groupOf.get(r.getString(0)), at, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (Row r : rows) {
            if (!r.isNullAt(1) && r.getBoolean(2)) {
                assertEquals(earliest.get(r.getString(1)), set.publishedAt().get(r.getString(0)),
                        "canonical member of " + r.getString(1));
                assertEquals(r.getString(0), r.getString(1), "a group is named after its canonical member");
            }
        }
    }
}
