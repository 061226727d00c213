package org.broadsheet.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

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

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Extracts every page of some web archives (WARC/WET) and writes one article per line. Streams: one thread reads
 * records and hands pages to the workers through a bounded window (so memory holds a few pages per thread, whatever
 * the archive's size), and the articles are written in input order, or as they finish with {@code unordered}.
 * What is written for each article is the caller's {@link Rendering} ({@code extract} renders it, {@code analyze}
 * analyses it first). Records that give no page are counted by reason; damaged records and pages that fail
 * (failures), and records dropped although served as pages (too large, binary data), are named with their record ID
 * and offset on stderr and, when asked, as JSON lines in a side file. One object serves one run.
 */
final class ArchiveExtraction {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Turns each extracted article (its provenance set from the record) into what is written for it. Called by
     * several worker threads at once, so it must be thread-safe; an exception it throws fails that record only.
     */
    @FunctionalInterface
    interface Rendering {
        /** The text written for {@code article}, and whether it came with warnings. */
        Rendered render(Article article);
    }

    /**
     * What is written for one article.
     *
     * @param text the text, ending with a newline
     * @param warned whether the article (or what was made of it) carries warnings, for the summary's count
     */
    record Rendered(String text, boolean warned) {
    }

    private final Extractor extractor;
    private final Rendering rendering;
    private final ArticleFormat format;
    private final int threads;
    private final boolean unordered;
    private final PrintWriter err;
    private final ArchiveTally tally = new ArchiveTally();

    /**
     * @param extractor the pipeline
     * @param rendering what is written for each article
     * @param format the format {@code rendering} writes in, which decides the separators between articles
     * @param threads worker threads; 0 for one per processor
     * @param unordered write articles as they finish rather than in input order
     * @param err where problems and the summary are reported
     */
    ArchiveExtraction(Extractor extractor, Rendering rendering, ArticleFormat format, int threads, boolean unordered,
            PrintWriter err) {
        this.extractor = extractor;
        this.rendering = rendering;
        this.format = format;
        this.threads = Math.max(1, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        this.unordered = unordered;
        this.err = err;
    }

    /**
     * Refuses command lines an archive run cannot honour: archives mixed with other inputs, {@code -o} naming a
     * directory or one of the inputs.
     *
     * @throws ParameterException saying what is wrong
     */
    static void checkArguments(CommandLine commandLine, List<String> inputs, String output) {
        List<String> other = inputs.stream().filter(i -> !WarcRecordSource.isArchiveName(i)).toList();
        if (!other.isEmpty()) {
            throw new ParameterException(commandLine, "give web archives (.warc, .warc.gz, .wet, .wet.gz) on "
                    + "their own, not with " + other.get(0));
        }
        if (output == null) {
            return;
        }
        if (Files.isDirectory(Path.of(output)) || output.endsWith("/")) {
            throw new ParameterException(commandLine, "-o for web archives is one file (ending in .gz to compress)");
        }
        if (inputs.stream().anyMatch(i -> Path.of(i).toAbsolutePath().equals(Path.of(output).toAbsolutePath()))) {
            throw new ParameterException(commandLine, "-o " + output + " is also an input: it would be overwritten");
        }
    }

    /**
     * Runs over {@code archives}, prints the summary on stderr and says how it went.
     *
     * @param output the file articles go to (gzip-compressed when its name ends in {@code .gz}), or null for
     *        {@code stdout}
     * @param failuresFile the side file for problems as JSON lines, or null
     * @param stdout standard output
     * @return {@link Main#OK} when no record failed, else {@link Main#SOME_FAILED}
     */
    int run(List<String> archives, String output, String failuresFile, Writer stdout) {
        long start = System.nanoTime();
        try (Writer failures = failuresFile == null ? null : openWriter(failuresFile);
                Output out = output == null ? new StreamOutput(stdout, "stdout", false, format, true)
                        : new StreamOutput(openWriter(output), output, true, format, true)) {
            run(archives, out, failures);
        } catch (IOException e) {
            err.println("broadsheet: cannot write: " + e.getMessage());
            err.flush();
            return Main.SOME_FAILED;
        }
        err.println(tally.summary(System.nanoTime() - start));
        err.flush();
        return tally.failures() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** A UTF-8 writer on {@code file}, gzip-compressed when its name ends in {@code .gz}. */
    private static Writer openWriter(String file) throws IOException {
        Path path = Path.of(file);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        OutputStream raw = Files.newOutputStream(path);
        OutputStream stream = file.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** What became of one page: what is written for it, or why it failed. */
    private record Done(String file, CrawlRecord record, Rendered rendered, String problem) {
    }

    /** Runs over {@code archives} and writes to {@code out}, problems also to {@code failures} when not null. */
    private void run(List<String> archives, Output out, Writer failures) throws IOException {
        ExecutorService pool = PageWorkers.pool(threads, "broadsheet-archive");
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
                            skipped(file, s, failures);
                            continue;
                        }
                        CrawlRecord record = (CrawlRecord) entry;
                        window.add(completion.submit(() -> process(file, record)));
                        if (window.size() >= limit) {
                            write(take(window, completion), out, failures);
                        }
                    }
                } catch (IOException e) {
                    report(file, null, 0, null, "unreadable", "cannot read: " + e.getMessage(), failures);
                }
            }
            while (!window.isEmpty()) {
                write(take(window, completion), out, failures);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The next page to write: the oldest (input order) or whichever finished first. */
    private Done take(Deque<Future<Done>> window, CompletionService<Done> completion) {
        if (!unordered) {
            completion.poll(); // keep the completion queue from growing; order comes from the window
            return PageWorkers.resultOf(window.poll());
        }
        try {
            Future<Done> first = completion.take();
            window.remove(first);
            return PageWorkers.resultOf(first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Done process(String file, CrawlRecord record) {
        try {
            Article a = extractor.extract(record.toRawPage(file)).withProvenance(record.provenance());
            return new Done(file, record, rendering.render(a), null);
        } catch (ExtractionException e) {
            return new Done(file, record, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Done(file, record, null, "internal error: " + e);
        } catch (OutOfMemoryError e) {
            return new Done(file, record, null, "ran out of memory");
        }
    }

    private void write(Done done, Output out, Writer failures) throws IOException {
        if (done.problem() != null) {
            CrawlRecord r = done.record();
            report(done.file(), r.recordId(), r.offset(), r.url(), reasonOf(done.problem()), done.problem(), failures);
            return;
        }
        out.write(new Input(done.file() + " " + done.record().recordId(), null, "record"), done.rendered().text());
        tally.written++;
        if (done.rendered().warned()) {
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
    private void skipped(String file, SkippedRecord s, Writer failures) throws IOException {
        String detail = s.reason().description() + ": " + s.detail();
        if (s.reason().isDamage()) {
            report(file, s.recordId(), s.offset(), s.url(), s.reason().code(), detail, failures);
            return;
        }
        tally.skip(s.reason().code());
        if (s.reason().isReportedOneByOne()) {
            name(file, s.recordId(), s.offset(), s.url(), s.reason().code(), detail, failures);
        }
    }

    /** Counts a failure and reports it on stderr and in the side file. */
    private void report(String file, String recordId, long offset, String url, String reason, String detail,
            Writer failures) throws IOException {
        tally.fail(reason);
        name(file, recordId, offset, url, reason, detail, failures);
    }

    /** Names a record that gave no article on stderr and in the side file. */
    private void name(String file, String recordId, long offset, String url, String reason, String detail,
            Writer failures) throws IOException {
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
