package org.broadsheet.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.block.Block;
import org.broadsheet.block.BlockSegmenter;
import org.broadsheet.classify.BodyClassifier;
import org.broadsheet.html.HtmlParser;
import org.broadsheet.meta.MetadataExtractor;
import org.broadsheet.article.RawPage;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the pipeline's hot paths over the 181 Zyte pages (directory from the system property
 * {@code broadsheet.pages}, default {@code ../shared/bench/zyte/html}): parse, segment, classify, metadata, and whole
 * extraction on one and on two threads (ops/s is pages/s summed over threads, the 2-vs-1 scaling check). Run with
 * {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class HotPaths {

    private final Extractor extractor = new Extractor();
    private final HtmlParser parser = new HtmlParser(256);
    private final BlockSegmenter segmenter = new BlockSegmenter(256);
    private final BodyClassifier classifier = new BodyClassifier();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private List<byte[]> raw;
    private List<String> html;
    private List<Document> docs;
    private List<List<Block>> blocks;

    /** Loads the pages and prepares each stage's input. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        raw = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("broadsheet.pages", "../shared/bench/zyte/html")))) {
            for (Path p : files.sorted().toList()) {
                try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                        : Files.newInputStream(p)) {
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    in.transferTo(buf);
                    raw.add(buf.toByteArray());
                }
            }
        }
        html = raw.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        docs = html.stream().map(h -> parser.parse(h, null)).toList();
        blocks = docs.stream().map(d -> segmenter.segment(d.body()).blocks()).toList();
    }

    /** Which page an invocation works on: each thread walks the set in turn. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int i = next;
            next = (next + 1) % size;
            return i;
        }
    }

    /** jsoup's HTML5 parse of one page. */
    @Benchmark
    public Document parse(Cursor c) {
        return parser.parse(html.get(c.advance(html.size())), null);
    }

    /** Segmenting one parsed page into blocks. */
    @Benchmark
    public Object segment(Cursor c) {
        return segmenter.segment(docs.get(c.advance(docs.size())).body());
    }

    /** Classifying one page's blocks. */
    @Benchmark
    public Object classify(Cursor c) {
        return classifier.classify(blocks.get(c.advance(blocks.size())), null);
    }

    /** Reading one parsed page's metadata. */
    @Benchmark
    public Object metadata(Cursor c) {
        return metadata.extract(docs.get(c.advance(docs.size())), null);
    }

    /** The whole pipeline on one page, one thread. */
    @Benchmark
    @Threads(1)
    public void extractOneThread(Cursor c, Blackhole bh) throws ExtractionException {
        bh.consume(extractor.extract(RawPage.of("page", raw.get(c.advance(raw.size())), null)));
    }

    /** The whole pipeline on one page, two threads: compare its ops/s with {@link #extractOneThread}. */
    @Benchmark
    @Threads(2)
    public void extractTwoThreads(Cursor c, Blackhole bh) throws ExtractionException {
        bh.consume(extractor.extract(RawPage.of("page", raw.get(c.advance(raw.size())), null)));
    }
}
