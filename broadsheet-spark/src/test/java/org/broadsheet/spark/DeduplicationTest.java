package org.broadsheet.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deduplication bar on the generated syndicated copies ({@link SyndicatedCopies}) at the default settings:
 * pairwise precision at least 0.95 and recall at least 0.9, on the held-out stories (the dev stories are for
 * choosing settings: {@code bench/make-syndicated.sh dev}); every group's canonical member is its earliest published
 * copy, else its first captured.
 */
@ExtendWith(LocalSpark.class)
class DeduplicationTest {

    @TempDir
    static Path dir;

    @Test
    void heldOutSyndicatedCopiesAreGroupedAtTheDefaultThreshold(SparkSession spark) throws IOException {
        check(spark, SyndicatedCopies.Part.HELD_OUT);
    }

    private void check(SparkSession spark, SyndicatedCopies.Part part) throws IOException {
        Path truth = SharedData.dir().resolve("bench/zyte/ground-truth.json");
        assumeTrue(Files.isRegularFile(truth), "needs the Zyte ground truth in ../shared");
        SyndicatedCopies.Set set = SyndicatedCopies.generate(truth, part, dir);

        List<Row> rows = Deduplication.deduplicate(BroadsheetSpark.extractArchives(spark, set.archive().toString()),
                Deduplication.Settings.DEFAULT).where(col("status").equalTo("article"))
                .select("recordId", "duplicateGroup", "canonical", "duplicateOf", "published.value", "fetchedAt")
                .collectAsList();
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

        // the canonical member is the earliest published of its group (as extracted), else the first captured
        InstantOf instant = new InstantOf();
        Map<String, Long> earliest = new HashMap<>();
        Map<String, Long> firstCaptured = new HashMap<>();
        for (Row r : rows) {
            String group = groupOf.get(r.getString(0));
            Long published = instant.call(r.getString(4));
            if (published != null) {
                earliest.merge(group, published, Math::min);
            }
            firstCaptured.merge(group, instant.call(r.getString(5)), Math::min);
        }
        int groups = 0;
        for (Row r : rows) {
            if (!r.isNullAt(1) && r.getBoolean(2)) {
                groups++;
                String group = r.getString(1);
                Long expected = earliest.containsKey(group) ? earliest.get(group) : firstCaptured.get(group);
                Long actual = earliest.containsKey(group) ? instant.call(r.getString(4)) : instant.call(r.getString(5));
                assertEquals(expected, actual, "canonical member of " + group);
                assertEquals(r.getString(0), r.getString(1), "a group is named after its canonical member");
            }
        }
        assertTrue(groups > 20, "groups: " + groups);
    }
}
