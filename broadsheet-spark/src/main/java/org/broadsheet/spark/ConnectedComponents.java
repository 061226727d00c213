package org.broadsheet.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The connected components of an undirected graph given as edges ({@code src}, {@code dst}: string keys), by
 * propagating the smallest key along the edges until nothing changes. Duplicate groups are small and shallow, so a
 * few rounds settle them; each round is one join and one aggregation, and only a count reaches the driver.
 */
final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * One row per key that has an edge: {@code id} and {@code component}, the smallest key it is connected to.
     *
     * @param maxRounds a bound on the rounds, for a pathological chain (the labels are then still valid groups, only
     *        perhaps split)
     */
    static Dataset<Row> of(Dataset<Row> edges, int maxRounds) {
        Dataset<Row> both = edges.select(col("src"), col("dst"))
                .union(edges.select(col("dst").as("src"), col("src").as("dst"))).distinct().persist();
        Dataset<Row> labels = both.groupBy("src").agg(min("dst").as("m"))
                .select(col("src").as("id"), least(col("src"), col("m")).as("component")).localCheckpoint();
        for (int round = 0; round < maxRounds; round++) {
            Dataset<Row> spread = both.join(labels, both.col("src").equalTo(labels.col("id")))
                    .select(col("dst").as("id"), col("component"));
            Dataset<Row> next = labels.union(spread).groupBy("id").agg(min("component").as("component"))
                    .localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("component", "before"), "id")
                    .where(col("component").notEqual(col("before"))).count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        both.unpersist();
        return labels;
    }
}
