package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.article.Article;
import org.broadsheet.warc.CrawlRecord;
import org.broadsheet.warc.SkippedRecord;
import org.broadsheet.warc.WarcEntry;
import org.broadsheet.warc.WarcLimits;
import org.broadsheet.warc.WarcRecordSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Extracts every page of some web archives (WARC/WET) and writes one article per line. Streams: one thread reads
 * records and hands pages to the workers through a bounded window (so memory holds a few pages per thread, whatever
 * the archive's size), and the articles are written in input order, or as they finish with {@code unordered}.
 * Records that give no page are counted by reason; damaged records and pages that fail (failures), and records
 * dropped although served as pages (too large, binary data), are named with their record ID and offset on stderr
 * and, when asked, as JSON lines in a side file.
 */
final class ArchiveExtraction {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Extractor extractor;
    private final ArticleRenderer renderer;
    private final ArticleFormat format;
    private final int threads;
    private final boolean unordered;
    private final PrintWriter err;
    private final Writer failures;
    private final ArchiveTally tally = new ArchiveTally();

    /**
     * @param extractor the pipeline
     * @param renderer renders articles
     * @param format the output format
     * @param threads worker threads
     * @param unordered write articles as they finish rather than in input order
     * @param err where problems are reported
     * @param failures a side file for problems as JSON lines, or null
     */
    ArchiveExtraction(Extractor extractor, ArticleRenderer renderer, ArticleFormat format, int threads,
            boolean unordered, PrintWriter err, Writer failures) {
        this.extractor = extractor;
        this.renderer = renderer;
        this.format = format;
        this.threads = threads;
        this.unordered = unordered;
        this.err = err;
        this.failures = failures;
    }

    /** What became of one page: its rendered article, or why it failed. */
    private record Done(String file, CrawlRecord record, String content, boolean warned, String problem) {
    }

    /** Runs over {@code archives} and writes to {@code out}; returns the counts. */
    ArchiveTally run(List<String> archives, Output out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "broadsheet-extract");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Done> completion = new ExecutorCompletionService<>(pool);
        Deque<Future<Done>> window = new ArrayDeque<>();
        int limit = 2 * threads;
        try {
            for (String file : archives) {
                try (WarcRecordSource source = WarcRecordSource.open(Path.of(file), WarcLimits.DEFAULT)) {
                    while (source.hasNext()) {
                        WarcEntry entry = source.next();
                        tally.records++;
                        if (entry instanceof SkippedRecord s) {
                            skipped(file, s);
                            continue;
                        }
                        CrawlRecord record = (CrawlRecord) entry;
                        window.add(completion.submit(() -> process(file, record)));
                        if (window.size() >= limit) {
                            write(take(window, completion), out);
                        }
                    }
                } catch (IOException e) {
                    report(file, null, 0, null, "unreadable", "cannot read: " + e.getMessage());
                }
            }
            while (!window.isEmpty()) {
                write(take(window, completion), out);
            }
        } finally {
            pool.shutdownNow();
        }
        return tally;
    }

    /** The next page to write: the oldest (input order) or whichever finished first. */
    private Done take(Deque<Future<Done>> window, CompletionService<Done> completion) {
        try {
            if (unordered) {
                Future<Done> f = completion.take();
                window.remove(f);
                return f.get();
            }
            Future<Done> oldest = window.poll();
            completion.poll(); // keep the completion queue from growing; order comes from the window
            return oldest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a page task never throws", e.getCause());
        }
    }

    private Done process(String file, CrawlRecord record) {
        try {
            Article a = extractor.extract(record.toRawPage(file)).withProvenance(record.provenance());
            return new Done(file, record, renderer.render(a, format), !a.warnings().isEmpty(), null);
        } catch (ExtractionException e) {
            return new Done(file, record, null, false, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Done(file, record, null, false, "internal error: " + e);
        } catch (OutOfMemoryError e) {
            return new Done(file, record, null, false, "ran out of memory");
        }
    }

    private void write(Done done, Output out) throws IOException {
        if (done.problem() != null) {
            CrawlRecord r = done.record();
            report(done.file(), r.recordId(), r.offset(), r.url(), reasonOf(done.problem()), done.problem());
            return;
        }
        out.write(new Input(done.file() + " " + done.record().recordId(), null, "record"), done.content());
        tally.written++;
        if (done.warned()) {
            tally.warned++;
        }
    }

    /** A short, countable reason for an extraction failure: its message up to the first colon. */
    private static String reasonOf(String problem) {
        int colon = problem.indexOf(':');
        String head = colon > 0 ? problem.substring(0, colon) : problem;
        return head.startsWith("gave up after") ? "time limit" : head;
    }

    /**
     * Damage counts as a failure; any other skip is counted by its reason, and named one by one when it dropped
     * something that claimed to be a page (too large, binary).
     */
    private void skipped(String file, SkippedRecord s) throws IOException {
        String detail = s.reason().description() + ": " + s.detail();
        if (s.reason().isDamage()) {
            report(file, s.recordId(), s.offset(), s.url(), s.reason().code(), detail);
            return;
        }
        tally.skip(s.reason().code());
        if (s.reason().isReportedOneByOne()) {
            name(file, s.recordId(), s.offset(), s.url(), s.reason().code(), detail);
        }
    }

    /** Counts a failure and reports it on stderr and in the side file. */
    private void report(String file, String recordId, long offset, String url, String reason, String detail)
            throws IOException {
        tally.fail(reason);
        name(file, recordId, offset, url, reason, detail);
    }

    /** Names a record that gave no article on stderr and in the side file. */
    private void name(String file, String recordId, long offset, String url, String reason, String detail)
            throws IOException {
        err.println("broadsheet: " + file + ": " + (recordId != null ? "record " + recordId + " at offset " : "offset ")
                + offset + ": " + detail);
        if (failures != null) {
            ObjectNode o = JSON.createObjectNode();
            o.put("file", file).put("recordId", recordId).put("offset", offset).put("url", url).put("reason", reason)
                    .put("detail", detail);
            failures.write(JSON.writeValueAsString(o) + "\n");
        }
    }
}
