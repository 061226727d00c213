package org.broadsheet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.broadsheet.search.Corpus;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResults;

/**
 * Times searches on a store (bench/search-latency.sh): two-word queries, each with three facet filters (publisher,
 * section, compromised) and every facet counted, as the web page asks them. Warms up first; prints p50, p95, p99 of
 * the wall time and of the searching thread's CPU time (steadier on a shared machine), the mean number of matches,
 * and the store's size.
 *   SearchLatency STORE [QUERIES]
 */
public final class SearchLatency {

    /** Words common in news, paired at random into two-word queries. */
    private static final List<String> WORDS = List.of("government", "president", "market", "company", "police",
            "health", "election", "court", "prices", "minister", "workers", "people", "year", "city", "trade",
            "state", "water", "school", "energy", "report", "data", "security", "war", "money", "law", "family",
            "children", "business", "public", "million", "team", "policy", "bank", "climate", "party", "vote");

    private SearchLatency() {
    }

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Random random = new Random(50);
        try (Corpus corpus = Corpus.open(store)) {
            SearchResults all = corpus.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.RELEVANCE,
                    false, 0, 10));
            List<String> publishers = values(all, "publisher");
            List<String> sections = values(all, "section");
            int warmup = Math.max(200, queries / 5);
            long[] nanos = new long[queries];
            long[] cpuNanos = new long[queries];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long matches = 0;
            for (int i = -warmup; i < queries; i++) {
                String q = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()));
                Map<String, List<String>> filters = Map.of(
                        "publisher", List.of(publishers.get(random.nextInt(publishers.size()))),
                        "section", List.of(sections.get(random.nextInt(sections.size()))),
                        "compromised", List.of("false"));
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                SearchResults r = corpus.search(new SearchRequest(q, filters, null, null,
                        SearchRequest.Sort.RELEVANCE, false, 0, 10));
                long took = System.nanoTime() - t;
                if (i >= 0) {
                    nanos[i] = took;
                    cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
                    matches += r.total();
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpuNanos);
            long bytes;
            try (Stream<Path> files = Files.walk(store)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "%d articles; %d queries (two words, three facet filters, all facets "
                    + "counted): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (CPU time of the searching thread: p50 %.1f ms, "
                    + "p95 %.1f ms, p99 %.1f ms), mean %.1f matches; store %.0f MB in %d segments%n",
                    corpus.articleCount(), queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                    ms(cpuNanos, 0.50), ms(cpuNanos, 0.95), ms(cpuNanos, 0.99), matches / (double) queries,
                    bytes / 1e6, segments(store));
        }
    }

    private static long segments(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".si")).count();
        }
    }

    private static List<String> values(SearchResults r, String dim) {
        List<String> out = new ArrayList<>();
        r.facets().getOrDefault(dim, List.of()).forEach(v -> out.add(v.value()));
        if (out.isEmpty()) {
            throw new IllegalStateException("the store has no " + dim + " facet");
        }
        return out;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
