package org.broadsheet.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Broadsheet in Spark jobs: Datasets in, Datasets out, with the same pipeline as {@code broadsheet extract}.
 *
 * <pre>{@code
 * Dataset<Row> articles = BroadsheetSpark.extractArchives(spark, List.of("s3a://bucket/crawl/*.warc.gz"));
 * BroadsheetSpark.deduplicate(articles).write().parquet("s3a://bucket/articles");
 * }</pre>
 *
 * Or step by step: {@link #archives} (one row per file) → {@link #records} (one row per WARC record, streamed in
 * the file's task) → {@link #extract} (one row per record: the article, or why there is none). {@link #extract}
 * also takes pages the caller read some other way: any Dataset with a binary {@code payload} column. Every method
 * is lazy (nothing runs before the caller writes or counts) and collects no data on the driver. From PySpark:
 * {@code DataFrame(spark._jvm.org.broadsheet.spark.BroadsheetSpark.extract(df._jdf), spark)}. The columns are
 * described in {@code docs/spark.md}.
 */
public final class BroadsheetSpark {

    private static final StructType FILES = new StructType().add("file", DataTypes.StringType, false);

    private BroadsheetSpark() {
    }

    /**
     * The web archives named by {@code inputs}, one row (column {@code file}) and one partition per file, so that
     * each file is read by its own task. Inputs are paths or globs on any Hadoop file system, directories, or
     * manifests ({@code .paths}, {@code .paths.gz}: one path a line, relative lines resolved against
     * {@code manifestBase}, or against the manifest's directory when it is null).
     *
     * @throws IllegalArgumentException when an input names no archive
     * @throws UncheckedIOException when an input cannot be listed
     */
    public static Dataset<Row> archives(SparkSession spark, List<String> inputs, String manifestBase) {
        List<String> files;
        try {
            files = new ArchivePaths(spark.sparkContext().hadoopConfiguration(), manifestBase).expand(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = context.parallelize(files.stream().map(f -> (Row) RowFactory.create(f)).toList(),
                Math.max(1, files.size()));
        return spark.createDataFrame(rows, FILES);
    }

    /** {@link #archives(SparkSession, List, String)} with relative manifest lines read against the manifest. */
    public static Dataset<Row> archives(SparkSession spark, List<String> inputs) {
        return archives(spark, inputs, null);
    }

    /**
     * The records of the archives in {@code archives} (a column {@code file} of paths), streamed record by record
     * in each file's task: one row per record, with the payload of each captured page, or the reason it gave none
     * ({@code skipReason}: {@code damaged}, {@code redirect}, {@code not-html} ...). A damaged stretch or a file
     * that cannot be read is a row too; reading goes on after it.
     */
    public static Dataset<Row> records(Dataset<Row> archives) {
        ArchiveRecords read = new ArchiveRecords(
                new HadoopSettings(archives.sparkSession().sparkContext().hadoopConfiguration()));
        return archives.select("file").flatMap(read, Encoders.row(ArticleSchema.RECORD));
    }

    /**
     * One row per record: the article extracted from its {@code payload}, or a {@code skipped} or {@code failed}
     * row with the reason. {@code records} needs a binary {@code payload} column; {@code url},
     * {@code contentType}, {@code recordId}, {@code fetchedAt}, {@code file}, {@code offset}, {@code skipReason}
     * and {@code skipDetail} are used when present (the columns of {@link #records}).
     */
    public static Dataset<Row> extract(Dataset<Row> records) {
        return extract(records, false);
    }

    /**
     * {@link #extract(Dataset)}, and with {@code analyze} the knowledge layer's analysis of each article (column
     * {@code analysis}, JSON), its models loaded once per executor.
     *
     * @throws IllegalStateException when {@code analyze} is asked for and no knowledge layer is on the class path
     */
    public static Dataset<Row> extract(Dataset<Row> records, boolean analyze) {
        return records.mapPartitions(new RecordExtraction(records.schema(), analyze),
                Encoders.row(ArticleSchema.ARTICLE_ROW));
    }

    /** {@code extract(records(archives(spark, inputs)))}: the archives' articles, one row per record. */
    public static Dataset<Row> extractArchives(SparkSession spark, List<String> inputs) {
        return extract(records(archives(spark, inputs)));
    }

    /** {@link #extractArchives(SparkSession, List)} for one path, glob or manifest (handy from PySpark). */
    public static Dataset<Row> extractArchives(SparkSession spark, String input) {
        return extractArchives(spark, List.of(input));
    }
}
