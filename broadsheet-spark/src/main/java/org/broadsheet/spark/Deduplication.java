package org.broadsheet.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Corpus-wide deduplication of article rows: exact duplicates by the hash of their normalized text, near-duplicates
 * (syndicated copies, lightly edited versions) by MinHash over word shingles with LSH banding, written with the
 * DataFrame API so that no step brings data to the driver. Copies linked directly or through each other form one
 * group; its canonical member is the earliest published one, else the first captured.
 *
 * <p>Columns added: {@code textHash}, {@code duplicateGroup} (the canonical member's key, null for an article with
 * no copy), {@code canonical} (true for the member to keep, and for articles with no copy), {@code duplicateOf} and
 * {@code duplicateKind} ({@code exact} or {@code near}, null for the canonical member). A row's key is its
 * {@code recordId}, else {@code file#offset}, else its URL.
 */
public final class Deduplication {

    /**
     * How near-duplicates are found.
     *
     * @param bands LSH bands; a pair is compared when all the rows of one band agree
     * @param rows MinHash values per band; {@code bands * rows} values make an article's signature
     * @param similarity the least estimated Jaccard similarity of two articles' shingle sets to call them copies
     * @param shingleWords words per shingle; texts shorter than this are only deduplicated exactly
     */
    public record Settings(int bands, int rows, double similarity, int shingleWords) {

        /**
         * 32 bands of 4 rows: a pair at similarity 0.5 becomes a candidate with probability 0.87, at 0.6 with
         * 0.99, at 0.3 with 0.23 (then the signature check drops it).
         */
        public static final Settings DEFAULT = new Settings(32, 4, 0.5, 4);

        /** Checks the ranges. */
        public Settings {
            if (bands < 1 || rows < 1 || bands * rows > 1024) {
                throw new IllegalArgumentException("bands and rows must be positive, with bands * rows <= 1024");
            }
            if (!(similarity > 0 && similarity <= 1)) {
                throw new IllegalArgumentException("similarity must be in (0, 1]: " + similarity);
            }
            if (shingleWords < 1) {
                throw new IllegalArgumentException("shingleWords must be positive: " + shingleWords);
            }
        }
    }

    /** Buckets with more members than this are left out of pairing (they are boilerplate, not syndication). */
    private static final int MAX_BUCKET = 500;
    /** Label propagation stops after this many rounds even if a giant component is still settling. */
    private static final int MAX_ROUNDS = 40;

    private Deduplication() {
    }

    /** {@code articles} (rows of {@link ArticleSchema#ARTICLE_ROW}) with the duplicate columns. */
    public static Dataset<Row> deduplicate(Dataset<Row> articles, Settings settings) {
        Column isArticle = col("status").equalTo(ArticleSchema.ARTICLE).and(col("text").isNotNull())
                .and(functions.length(col("text")).gt(0));
        Dataset<Row> keyed = articles
                .withColumn("_key", coalesce(col("recordId"), concat_ws("#", col("file"), col("offset")), col("url")))
                .withColumn("_normalized", when(isArticle, trim(regexp_replace(lower(col("text")),
                        "[^\\p{L}\\p{N}]+", " "))))
                .withColumn("textHash", when(col("_normalized").notEqual(""), sha2(col("_normalized"), 256)));

        UserDefinedFunction signature = functions.udf(new MinHash(settings.bands() * settings.rows(),
                settings.shingleWords()), DataTypes.createArrayType(DataTypes.IntegerType, false));
        UserDefinedFunction instant = functions.udf(new InstantOf(), DataTypes.LongType);
        Dataset<Row> candidates = keyed.where(col("textHash").isNotNull())
                .select(col("_key"), col("textHash"), signature.apply(col("_normalized")).as("_signature"),
                        instant.apply(col("published.value")).as("_published"),
                        instant.apply(col("fetchedAt")).as("_fetched"))
                .persist();

        Dataset<Row> edges = exactEdges(candidates).union(nearEdges(candidates, settings));
        Dataset<Row> components = ConnectedComponents.of(edges, MAX_ROUNDS);

        // the canonical member of each group: earliest published, else first captured, else the smallest key
        Dataset<Row> members = components.join(candidates, components.col("id").equalTo(candidates.col("_key")))
                .withColumn("_rank", row_number().over(Window.partitionBy("component")
                        .orderBy(col("_published").asc_nulls_last(), col("_fetched").asc_nulls_last(),
                                col("_key").asc())));
        Dataset<Row> canonical = members.where(col("_rank").equalTo(1))
                .select(col("component").as("_component"), col("_key").as("_canonicalKey"),
                        col("textHash").as("_canonicalHash"));
        Dataset<Row> groups = members.join(canonical, members.col("component").equalTo(canonical.col("_component")))
                .select(col("_key").as("_member"), col("_canonicalKey"), col("_canonicalHash"));

        Dataset<Row> joined = keyed.join(groups, keyed.col("_key").equalTo(groups.col("_member")), "left");
        Column inGroup = col("_canonicalKey").isNotNull();
        Column isCanonical = inGroup.and(col("_key").equalTo(col("_canonicalKey")));
        candidates.unpersist();
        return joined
                .withColumn("duplicateGroup", col("_canonicalKey"))
                .withColumn("canonical", when(col("textHash").isNull(), lit(null).cast(DataTypes.BooleanType))
                        .otherwise(functions.not(inGroup).or(isCanonical)))
                .withColumn("duplicateOf", when(inGroup.and(functions.not(isCanonical)), col("_canonicalKey")))
                .withColumn("duplicateKind", when(inGroup.and(functions.not(isCanonical)),
                        when(col("textHash").equalTo(col("_canonicalHash")), lit("exact")).otherwise(lit("near"))))
                .drop("_key", "_normalized", "_member", "_canonicalKey", "_canonicalHash");
    }

    /** Each article with the same normalized text as a smaller key, linked to the smallest. */
    private static Dataset<Row> exactEdges(Dataset<Row> candidates) {
        Dataset<Row> first = candidates.groupBy("textHash").agg(min("_key").as("_first"));
        return candidates.join(first, "textHash").where(col("_key").notEqual(col("_first")))
                .select(col("_key").as("src"), col("_first").as("dst"));
    }

    /** Pairs that share an LSH bucket and whose signatures agree on at least {@code similarity} of their values. */
    private static Dataset<Row> nearEdges(Dataset<Row> candidates, Settings s) {
        Dataset<Row> signed = candidates.where(col("_signature").isNotNull());
        Dataset<Row> buckets = signed.select(col("_key"), expr("posexplode(transform(sequence(0, " + (s.bands() - 1)
                + "), j -> xxhash64(slice(_signature, j * " + s.rows() + " + 1, " + s.rows() + "))))")
                .as(new String[] {"band", "bucket"}));
        Dataset<Row> shared = buckets.groupBy("band", "bucket").count()
                .where(col("count").between(2, MAX_BUCKET)).drop("count");
        Dataset<Row> inShared = buckets.join(shared, new String[] {"band", "bucket"});
        Dataset<Row> a = inShared.select(col("band"), col("bucket"), col("_key").as("src"));
        Dataset<Row> b = inShared.select(col("band").as("band2"), col("bucket").as("bucket2"), col("_key").as("dst"));
        Dataset<Row> pairs = a.join(b, a.col("band").equalTo(b.col("band2")).and(a.col("bucket")
                .equalTo(b.col("bucket2"))).and(a.col("src").lt(b.col("dst")))).select("src", "dst").distinct();
        Dataset<Row> sa = signed.select(col("_key").as("_a"), col("_signature").as("_sa"));
        Dataset<Row> sb = signed.select(col("_key").as("_b"), col("_signature").as("_sb"));
        int n = s.bands() * s.rows();
        return pairs.join(sa, pairs.col("src").equalTo(sa.col("_a")))
                .join(sb, pairs.col("dst").equalTo(sb.col("_b")))
                .where(expr("aggregate(zip_with(_sa, _sb, (x, y) -> IF(x = y, 1, 0)), 0, (acc, v) -> acc + v)")
                        .geq(Math.ceil(s.similarity() * n - 1e-9)))
                .select("src", "dst");
    }
}
