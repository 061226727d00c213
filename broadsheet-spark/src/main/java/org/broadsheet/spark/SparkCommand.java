package org.broadsheet.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet spark}: web archives in, a directory of Parquet tables out. Runs under {@code spark-submit} on
 * a cluster, or locally with Spark embedded ({@code ./broadsheet spark}). Reruns into the same {@code --out}
 * replace what was there.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts the articles of web archives (WARC/WET) on Apache Spark, and writes them as Parquet:",
            "  OUT/articles           one row per record: the article, or why there is none (docs/spark.md)",
            "  OUT/articles-jsonl     the same as JSON lines (with --jsonl)",
            "  OUT/domains            per-domain statistics",
            "  OUT/compromised-domains  domains with pages carrying injected spam, worst first (JSON lines)",
            "Runs locally with Spark embedded (--master local[N]), or on a cluster under spark-submit."})
public final class SparkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "WARC/WET files, directories, globs or "
            + "manifests (.paths, .paths.gz) on any Hadoop file system (file:, hdfs:, s3a: with hadoop-aws)")
    private List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the tables go (replaced)")
    private String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master; default: spark-submit's, or "
            + "local[*] when run on its own")
    private String master;

    @Option(names = "--manifest-base", paramLabel = "URI", description = "what relative lines of a manifest are "
            + "read against (e.g. s3a://commoncrawl/); default: the manifest's directory")
    private String manifestBase;

    @Option(names = "--partition-by", paramLabel = "COLUMN", description = "partition OUT/articles by this column, "
            + "e.g. domain, pageType, language (a struct column is partitioned by its first field: language.code)")
    private String partitionBy;

    @Option(names = "--jsonl", description = "also write OUT/articles-jsonl")
    private boolean jsonl;

    @Option(names = "--no-dedup", negatable = false, description = "skip corpus-wide deduplication")
    private boolean noDedup;

    @Option(names = "--bands", paramLabel = "N", description = "LSH bands for near-duplicates (default: ${DEFAULT-VALUE})")
    private int bands = Deduplication.Settings.DEFAULT.bands();

    @Option(names = "--rows", paramLabel = "N", description = "MinHash rows per band (default: ${DEFAULT-VALUE})")
    private int rows = Deduplication.Settings.DEFAULT.rows();

    @Option(names = "--similarity", paramLabel = "J", description = "least estimated Jaccard similarity of word "
            + "shingles for near-duplicates (default: ${DEFAULT-VALUE})")
    private double similarity = Deduplication.Settings.DEFAULT.similarity();

    @Option(names = "--analyze", description = "run the knowledge layer on each article (needs a GPL jar "
            + "providing org.broadsheet.spark.ArticleAnalysis on the class path)")
    private boolean analyze;

    /** Runs the command; the exit code is 0 when it ran (failed records are rows, not errors), 2 on bad usage. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SparkSession.Builder builder = SparkSession.builder().appName("broadsheet");
        boolean local = master != null ? master.startsWith("local")
                : !new org.apache.spark.SparkConf().contains("spark.master");
        if (master != null) {
            builder.master(master);
        } else if (local) {
            builder.master("local[*]");
        }
        if (local) {
            // a few hundred tasks per shuffle are for clusters; adaptive execution merges what is left
            builder.config("spark.sql.shuffle.partitions", "8").config("spark.ui.enabled", "false")
                    .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            return run(spark, err);
        } finally {
            spark.stop();
        }
    }

    private int run(SparkSession spark, PrintWriter err) throws IOException {
        long start = System.nanoTime();
        Path outDir = new Path(out);
        FileSystem fs = outDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        // (not "_staging": Spark takes names starting with "_" or "." for hidden files and skips them)
        String staging = new Path(outDir, "staging").toString();
        Dataset<Row> files = BroadsheetSpark.archives(spark, inputs, manifestBase);
        err.println("broadsheet spark: extracting into " + out);
        err.flush();
        // extraction is written once, then read back: deduplication and the statistics read it several times
        BroadsheetSpark.extract(BroadsheetSpark.records(files), analyze).write().mode(SaveMode.Overwrite)
                .parquet(staging);
        Dataset<Row> articles = spark.read().schema(ArticleSchema.ARTICLE_ROW).parquet(staging);
        if (!noDedup) {
            articles = Deduplication.deduplicate(articles, new Deduplication.Settings(bands, rows, similarity,
                    Deduplication.Settings.DEFAULT.shingleWords()));
        }
        String articlesDir = new Path(outDir, "articles").toString();
        Dataset<Row> partitioned = articles;
        String partitionColumn = null;
        if (partitionBy != null) {
            partitionColumn = partitionColumn(articles.schema(), partitionBy);
            if (!partitionColumn.equals(partitionBy)) {
                partitioned = articles.withColumn(partitionColumn, partitionExpression(articles.schema(), partitionBy));
            }
            partitioned.write().mode(SaveMode.Overwrite).partitionBy(partitionColumn).parquet(articlesDir);
        } else {
            partitioned.write().mode(SaveMode.Overwrite).parquet(articlesDir);
        }
        Dataset<Row> written = spark.read().parquet(articlesDir);
        if (jsonl) {
            written.write().mode(SaveMode.Overwrite).option("compression", "gzip")
                    .json(new Path(outDir, "articles-jsonl").toString());
        }
        Dataset<Row> domains = DomainStatistics.perDomain(written);
        domains.write().mode(SaveMode.Overwrite).parquet(new Path(outDir, "domains").toString());
        Dataset<Row> statistics = spark.read().parquet(new Path(outDir, "domains").toString());
        DomainStatistics.compromised(statistics).coalesce(1).write().mode(SaveMode.Overwrite)
                .json(new Path(outDir, "compromised-domains").toString());
        fs.delete(new Path(staging), true);
        summary(written, err, System.nanoTime() - start);
        return 0;
    }

    /** The column to partition by: {@code name} itself, or for a nested field or a struct a flat copy of it. */
    static String partitionColumn(StructType schema, String name) {
        if (!name.contains(".") && !(schema.apply(checkColumn(schema, name)).dataType() instanceof StructType)) {
            return name;
        }
        return partitionPath(schema, name).replace('.', '_');
    }

    private static Column partitionExpression(StructType schema, String name) {
        return col(partitionPath(schema, name));
    }

    /** {@code language} → {@code language.code}: a struct is partitioned by its first field. */
    private static String partitionPath(StructType schema, String name) {
        if (name.contains(".")) {
            checkColumn(schema, name.substring(0, name.indexOf('.')));
            return name;
        }
        StructType struct = (StructType) schema.apply(name).dataType();
        return name + "." + struct.fields()[0].name();
    }

    private static String checkColumn(StructType schema, String name) {
        if (!List.of(schema.fieldNames()).contains(name)) {
            throw new IllegalArgumentException("--partition-by " + name + ": no such column; columns: "
                    + String.join(", ", schema.fieldNames()));
        }
        return name;
    }

    /** Counts by status and reason (a few dozen numbers, the only thing brought to the driver). */
    private static void summary(Dataset<Row> articles, PrintWriter err, long nanos) {
        List<Row> counts = articles.groupBy("status", "reason").count().orderBy(col("count").desc()).collectAsList();
        long total = counts.stream().mapToLong(r -> r.getLong(2)).sum();
        err.printf("broadsheet spark: %d records in %.1f s%n", total, nanos / 1e9);
        for (Row r : counts) {
            err.printf("  %8d  %s%s%n", r.getLong(2), r.getString(0), r.isNullAt(1) ? "" : " (" + r.getString(1) + ")");
        }
        err.flush();
    }
}
