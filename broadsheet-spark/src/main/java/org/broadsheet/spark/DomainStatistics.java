package org.broadsheet.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.array_distinct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Statistics per domain over article rows, and the report of compromised domains: where injected spam was found,
 * how much of the domain it touches, and which families.
 */
public final class DomainStatistics {

    private DomainStatistics() {
    }

    /**
     * One row per domain: {@code records}, {@code articles}, {@code failed}, {@code skipped}, {@code compromised}
     * (articles carrying injected spam), {@code duplicates} (articles that copy another, when deduplicated),
     * {@code languages}, {@code pageTypes} and {@code spamFamilies} (maps from value to count of articles).
     */
    public static Dataset<Row> perDomain(Dataset<Row> articles) {
        Dataset<Row> rows = articles.withColumn("domain", coalesce(col("domain"), lit("(none)")));
        Column article = col("status").equalTo(ArticleSchema.ARTICLE);
        Column duplicate = java.util.Arrays.asList(articles.columns()).contains("duplicateOf")
                ? col("duplicateOf").isNotNull() : lit(false);
        Dataset<Row> counts = rows.groupBy("domain").agg(
                count(lit(1)).as("records"),
                sum(when(article, 1).otherwise(0)).as("articles"),
                sum(when(col("status").equalTo(ArticleSchema.FAILED), 1).otherwise(0)).as("failed"),
                sum(when(col("status").equalTo(ArticleSchema.SKIPPED), 1).otherwise(0)).as("skipped"),
                sum(when(article.and(col("compromised")), 1).otherwise(0)).as("compromised"),
                sum(when(article.and(duplicate), 1).otherwise(0)).as("duplicates"));
        Dataset<Row> articleRows = rows.where(article);
        Dataset<Row> languages = tally(articleRows.withColumn("_v", coalesce(col("language.code"), lit("(unknown)"))),
                "languages");
        Dataset<Row> pageTypes = tally(articleRows.withColumn("_v", coalesce(col("pageType"), lit("(unknown)"))),
                "pageTypes");
        Dataset<Row> families = tally(articleRows.where(col("compromised"))
                .withColumn("_v", explode(array_distinct(col("injectedSpam.family")))), "spamFamilies");
        return counts.join(languages, new String[] {"domain"}, "left")
                .join(pageTypes, new String[] {"domain"}, "left")
                .join(families, new String[] {"domain"}, "left")
                .orderBy(col("records").desc(), col("domain"));
    }

    /** Per domain, a map from {@code _v} to the number of rows with it. */
    private static Dataset<Row> tally(Dataset<Row> rows, String name) {
        return rows.groupBy("domain", "_v").count()
                .groupBy("domain").agg(map_from_entries(collect_list(struct(col("_v"), col("count")))).as(name));
    }

    /**
     * The domains with at least one compromised article, most affected first: {@code domain}, {@code articles},
     * {@code compromised}, {@code share} (compromised / articles) and {@code spamFamilies}.
     */
    public static Dataset<Row> compromised(Dataset<Row> perDomain) {
        return perDomain.where(col("compromised").gt(0))
                .select(col("domain"), col("articles"), col("compromised"),
                        round(col("compromised").divide(col("articles")), 3).as("share"), col("spamFamilies"))
                .orderBy(col("compromised").desc(), col("share").desc(), col("domain"));
    }
}
