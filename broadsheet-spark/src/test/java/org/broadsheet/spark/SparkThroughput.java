package org.broadsheet.spark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.apache.spark.sql.SparkSession;
import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.warc.CrawlRecord;
import org.broadsheet.warc.WarcEntry;
import org.broadsheet.warc.WarcLimits;
import org.broadsheet.warc.WarcRecordSource;

/**
 * The measurements behind BENCHMARKS.md's Spark section ({@code bench/spark-scaling.sh}). One line per run:
 * {@code MODE THREADS seconds records}. Modes:
 * <ul>
 * <li>{@code gunzip N}: the archives gunzipped to nowhere by N threads (the machine's own limit for reading);</li>
 * <li>{@code plain N}: WARC reading and extraction without Spark, by N threads, one file each at a time;</li>
 * <li>{@code read N}: Spark local[N], the records only (reading and gunzipping in Spark);</li>
 * <li>{@code extract N}: Spark local[N], the records and their extraction, written nowhere (the noop sink).</li>
 * </ul>
 */
final class SparkThroughput {

    private SparkThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int threads = Integer.parseInt(args[1]);
        List<String> files = Arrays.asList(args).subList(2, args.length);
        long start = System.nanoTime();
        long records = switch (mode) {
            case "gunzip" -> parallel(files, threads, SparkThroughput::gunzip);
            case "plain" -> parallel(files, threads, SparkThroughput::extractPlain);
            case "read", "extract" -> spark(mode, threads, files);
            default -> throw new IllegalArgumentException("mode: gunzip, plain, read or extract");
        };
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s %d %.2f %d%n", mode, threads, seconds, records);
    }

    private static long spark(String mode, int threads, List<String> files) {
        SparkSession spark = SparkSession.builder().appName("broadsheet-throughput").master("local[" + threads + "]")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "localhost").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            var records = BroadsheetSpark.records(BroadsheetSpark.archives(spark, files));
            if (mode.equals("read")) {
                return records.count();
            }
            var articles = BroadsheetSpark.extract(records);
            articles.write().format("noop").mode("overwrite").save();
            return -1; // counting here would read every archive a second time; the read mode gives the count
        } finally {
            spark.stop();
        }
    }

    interface PerFile {
        long run(String file) throws Exception;
    }

    private static long parallel(List<String> files, int threads, PerFile work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong total = new AtomicLong();
        try {
            List<Future<Object>> done = files.stream().map(f -> pool.<Object>submit(() -> {
                total.addAndGet(work.run(f));
                return null;
            })).toList();
            for (Future<Object> d : done) {
                d.get();
            }
        } finally {
            pool.shutdown();
        }
        return total.get();
    }

    private static long gunzip(String file) throws Exception {
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(file)), 1 << 16)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
            }
        }
        return bytes;
    }

    private static long extractPlain(String file) throws Exception {
        Extractor extractor = new Extractor();
        long records = 0;
        try (WarcRecordSource source = WarcRecordSource.open(Path.of(file), WarcLimits.DEFAULT)) {
            while (source.hasNext()) {
                WarcEntry e = source.next();
                records++;
                if (e instanceof CrawlRecord r) {
                    try {
                        extractor.extract(r.toRawPage(file));
                    } catch (ExtractionException ex) {
                        // counted as a record like the others
                    }
                }
            }
        }
        return records;
    }
}
