package org.broadsheet.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.html.HtmlParser;
import org.broadsheet.article.RawPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs the extractor over a directory of {@code <id>.html[.gz]} pages, as the peer benchmark's runner
 * contract asks ({@code shared/bench/peers/README.md}): all pages are read before the clock starts, the
 * timed loop runs on one thread (on N threads sharing one {@code Extractor} with {@code --threads N}), and the
 * last line printed is a JSON summary with per-pass wall and CPU
 * seconds.
 *
 * <pre>
 * ZyteBench HTML_DIR OUT.json [--urls TRUTH.json] [--passes N] [--meta META.json] [--input-format auto|html|text]
 *     [--threads N] [--parse-only]
 * </pre>
 *
 * The directory may also hold flattened-text pages ({@code <id>.txt}) for the text-mode benchmark.
 *
 * {@code OUT.json} gets {@code {id: {"articleBody": text}}} for {@code score.py}; {@code --meta} also
 * writes {@code {id: {title, authors, publisher, published, language}}} for {@code score_meta.py}.
 */
public final class ZyteBench {

    private record Page(String id, byte[] html, String url) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ZyteBench HTML_DIR OUT.json [--urls TRUTH.json] [--passes N] [--meta META.json]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path urls = null;
        Path metaOut = null;
        int passes = 1;
        int threads = 1;
        boolean parseOnly = false;
        InputFormat format = InputFormat.AUTO;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--urls" -> urls = Path.of(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--meta" -> metaOut = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--parse-only" -> parseOnly = true;
                case "--input-format" -> format = InputFormat.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> urlById = new TreeMap<>();
        if (urls != null) {
            JsonNode truth = json.readTree(urls.toFile());
            truth.fields().forEachRemaining(e -> urlById.put(e.getKey(), e.getValue().path("url").asText(null)));
        }

        long loadStart = System.nanoTime();
        List<Page> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.contains(".html") && !name.contains(".txt")) {
                    continue;
                }
                String id = name.substring(0, name.indexOf('.'));
                byte[] html = read(p);
                bytes += html.length;
                pages.add(new Page(id, html, urlById.get(id)));
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        Extractor extractor = new Extractor();
        // process CPU (all threads: JIT and GC included), as the peer runner contract asks
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Article> articles = new LinkedHashMap<>();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        // the timed loop's own thread: the rest of the process CPU is JIT compilation and GC
        var threadBean = ManagementFactory.getThreadMXBean();
        List<Double> loopCpu = new ArrayList<>();
        int errors = 0;
        InputFormat readAs = format;
        Stage stage = parseOnly ? page -> parseOnly(page) : page -> extract(extractor, page, readAs);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        for (int pass = 0; pass < passes; pass++) {
            Map<String, Object> results = new ConcurrentHashMap<>();
            long w0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            long t0 = threadBean.getCurrentThreadCpuTime();
            if (pool == null) {
                pages.forEach(page -> results.put(page.id(), stage.run(page)));
            } else {
                // the threads take the next page from a shared counter, as a crawler's workers would
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int k = next.getAndIncrement(); k < pages.size(); k = next.getAndIncrement()) {
                            results.put(pages.get(k).id(), stage.run(pages.get(k)));
                        }
                    }));
                }
                for (Future<?> w : workers) {
                    try {
                        w.get();
                    } catch (InterruptedException | ExecutionException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            cpu.add((os.getProcessCpuTime() - c0) / 1e9);
            if (pool == null) {
                loopCpu.add((threadBean.getCurrentThreadCpuTime() - t0) / 1e9);
            }
            wall.add((System.nanoTime() - w0) / 1e9);
            if (pass == 0) {
                for (Page page : pages) {
                    Object r = results.get(page.id());
                    if (r instanceof Article a) {
                        articles.put(page.id(), a);
                    } else if (r instanceof Exception) {
                        errors++;
                        System.err.println(page.id() + ": " + r);
                    }
                }
            }
        }
        if (pool != null) {
            pool.shutdown();
        }

        ObjectNode bodies = json.createObjectNode();
        ObjectNode metas = json.createObjectNode();
        int empty = 0;
        for (Map.Entry<String, Article> e : articles.entrySet()) {
            Article a = e.getValue();
            if (a.text().isBlank()) {
                empty++;
            }
            bodies.putObject(e.getKey()).put("articleBody", a.text());
            ObjectNode m = metas.putObject(e.getKey());
            m.put("title", a.title());
            var authors = m.putArray("authors");
            (a.authors().isEmpty() ? a.authorOrganizations() : a.authors()).forEach(authors::add);
            m.put("publisher", a.publisher());
            m.put("published", a.published() == null ? null : a.published().value());
            m.put("language", a.language() == null ? null : a.language().code());
            m.put("pageType", a.pageType() == null ? null : a.pageType().label());
        }
        json.writeValue(out.toFile(), bodies);
        if (metaOut != null) {
            json.writeValue(metaOut.toFile(), metas);
        }
        ObjectNode summary = json.createObjectNode();
        summary.put("tool", "broadsheet").put("version", "0.1.0-SNAPSHOT").put("docs", pages.size())
                .put("errors", errors).put("empty", empty).put("html_bytes", bytes).put("load_s", loadSeconds)
                .put("threads", threads);
        wall.forEach(summary.putArray("pass_s")::add);
        cpu.forEach(summary.putArray("pass_cpu_s")::add);
        loopCpu.forEach(summary.putArray("pass_loop_thread_cpu_s")::add);
        System.out.println(json.writeValueAsString(summary));
    }

    /** What is timed for one page. */
    private interface Stage {
        Object run(Page page);
    }

    private static final HtmlParser PARSER = new HtmlParser(256);

    /**
     * Only jsoup's parse of the page as UTF-8: a reference for what this machine gives a CPU-bound job that
     * shares nothing between threads (the 2-vs-1 thread check in {@code bench/scaling.sh}).
     */
    private static Object parseOnly(Page page) {
        PARSER.parse(new String(page.html(), java.nio.charset.StandardCharsets.UTF_8), null);
        return "parsed";
    }

    /** The article, or the exception that stopped it. */
    private static Object extract(Extractor extractor, Page page, InputFormat format) {
        try {
            return extractor.explain(new RawPage(page.id(), page.html(), page.url(), null), format).article();
        } catch (ExtractionException | RuntimeException e) {
            return e;
        }
    }

    private static byte[] read(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toByteArray();
        }
    }
}
