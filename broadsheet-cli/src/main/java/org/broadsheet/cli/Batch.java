package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.broadsheet.article.Provenance;
import org.broadsheet.article.RawPage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one batch loop of the command, for pages, web archives and analysis alike. One thread goes through the
 * items and hands pages to a few workers through a bounded window (memory holds a few pages per thread, whatever
 * the batch's size); results are written in input order, or as they finish when {@code unordered}.
 *
 * <p>Whatever a page does, the batch goes on: a page that fails is named on stderr with its reason (and, for a
 * bug in broadsheet, a line asking to report it; the stack trace too with {@code --debug}), and written as a JSON
 * line to the {@code --failures} file when there is one. A page that cannot be written is reported the same way
 * and the next one is written whole. A closed stdout ({@code | head}) stops the batch quietly. One object serves
 * one run.
 */
public final class Batch {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the command makes of one page: the text written for it. Called by several workers at once. */
    @FunctionalInterface
    public interface PageWork {
        /**
         * The text written for {@code page} (ending with a newline), and whether it carries warnings.
         *
         * @param provenance where a web archive page came from, else null
         * @throws Exception anything: the page fails with the reason {@link PageFailure#of(Throwable)} gives
         */
        Rendered apply(RawPage page, Provenance provenance) throws Exception;
    }

    /**
     * What is written for one page.
     *
     * @param text the text, ending with a newline; null when the page is left out (not of the type asked for)
     * @param warned whether the page (or what was made of it) carries warnings
     * @param pageType the page's type ({@code article}, {@code forum}, ...), counted in the summary; may be null
     */
    public record Rendered(String text, boolean warned, String pageType) {

        /** What is written for a page whose type is not counted. */
        public Rendered(String text, boolean warned) {
            this(text, warned, null);
        }
    }

    /**
     * How a batch runs.
     *
     * @param threads worker threads (at least 1)
     * @param unordered write pages as they finish rather than in input order
     * @param debug print the stack trace of internal errors on stderr
     * @param err where problems and the summary go
     * @param failures the side file for failures as JSON lines, or null
     * @param alreadyDone keys of pages already in a resumed output: skipped
     */
    public record Settings(int threads, boolean unordered, boolean debug, PrintWriter err, Writer failures,
            Set<String> alreadyDone) {
    }

    private final Settings settings;
    private final PageWork work;
    private final Output out;
    private final Progress progress;
    private final Tally tally = new Tally();
    private boolean stdoutClosed;

    /**
     * A batch that makes each page into what {@code work} renders and writes it to {@code out}.
     *
     * @param progress shows progress on stderr (and prints the problems above it)
     */
    public Batch(Settings settings, PageWork work, Output out, Progress progress) {
        this.settings = settings;
        this.work = work;
        this.out = out;
        this.progress = progress;
    }

    /** The counts so far. */
    Tally tally() {
        return tally;
    }

    /** True when the batch stopped because its output (stdout) was closed: the command should exit quietly. */
    public boolean stoppedByClosedOutput() {
        return stdoutClosed;
    }

    /** What became of one page: what is written for it, or why it failed. */
    private record Done(BatchItem item, Rendered rendered, PageFailure failure) {
    }

    /** Goes through {@code items}. The output is left open, for the caller to close. */
    public void run(Iterator<BatchItem> items) throws IOException {
        int threads = Math.max(1, settings.threads());
        ExecutorService pool = PageWorkers.pool(threads, "broadsheet-worker");
        CompletionService<Done> completion = new ExecutorCompletionService<>(pool);
        Deque<Future<Done>> window = new ArrayDeque<>();
        try {
            while (items.hasNext() && !stdoutClosed) {
                BatchItem item = items.next();
                tally.items++;
                if (!item.isPage()) {
                    noPage(item);
                } else if (item.key() != null && settings.alreadyDone().contains(item.key())) {
                    tally.alreadyDone++;
                    progress.advance(true);
                } else {
                    window.add(completion.submit(() -> process(item)));
                    if (window.size() >= 2 * threads) {
                        write(take(window, completion));
                    }
                }
            }
            while (!window.isEmpty() && !stdoutClosed) {
                write(take(window, completion));
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /** The next page to write: the oldest (input order) or whichever finished first. */
    private Done take(Deque<Future<Done>> window, CompletionService<Done> completion) {
        if (!settings.unordered()) {
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

    /** Runs on a worker; never throws. */
    private Done process(BatchItem item) {
        try {
            return new Done(item, work.apply(item.page().read(), item.provenance()), null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Done(item, null, PageFailure.of(e));
        } catch (Error e) {
            return new Done(item, null, PageFailure.of(e));
        }
    }

    private void write(Done done) throws IOException {
        if (done.failure() != null) {
            fail(done.item(), done.failure());
            return;
        }
        if (done.rendered().pageType() != null) {
            tally.pageTypes.merge(done.rendered().pageType(), 1L, Long::sum);
        }
        if (done.rendered().text() == null) {
            tally.leftOut++;
            progress.advance(true);
            return;
        }
        try {
            out.write(done.item().input(), done.rendered().text());
        } catch (StreamOutput.Closed e) {
            stdoutClosed = true; // as well-behaved Unix tools do under `| head`: stop, quietly
            return;
        } catch (IOException e) {
            fail(done.item(), PageFailure.of("unwritable", "cannot write " + out.describe(done.item().input()) + ": "
                    + e.getMessage()));
            return;
        }
        tally.written++;
        if (done.rendered().warned()) {
            tally.warned++;
        }
        progress.advance(true);
    }

    /** An item that gave no page: a failure, or a skip counted by its reason (and named when it dropped a page). */
    private void noPage(BatchItem item) throws IOException {
        if (item.failure() != null) {
            fail(item, item.failure());
            return;
        }
        tally.skip(item.skip());
        if (item.skipDetail() != null) {
            report(item, item.skip(), item.skipDetail(), null);
        }
    }

    private void fail(BatchItem item, PageFailure failure) throws IOException {
        tally.fail(failure.reason());
        report(item, failure.reason(), failure.detail(), failure.stackTrace());
        progress.advance(false);
    }

    /** Names an item that gave no article on stderr, and in the side file. */
    private void report(BatchItem item, String reason, String detail, String stackTrace) throws IOException {
        String where = item.recordId() != null ? item.file() + ": record " + item.recordId() + " at offset "
                + item.offset() : item.offset() > 0 ? item.file() + ": offset " + item.offset() : item.file();
        progress.message("broadsheet: " + where + ": " + detail);
        if (stackTrace != null && settings.debug()) {
            progress.message(stackTrace.stripTrailing());
        }
        if (settings.failures() != null) {
            ObjectNode o = JSON.createObjectNode();
            o.put("file", item.file()).put("recordId", item.recordId()).put("offset", item.offset())
                    .put("url", item.url()).put("reason", reason).put("detail", detail);
            if (stackTrace != null) {
                o.put("stackTrace", stackTrace);
            }
            settings.failures().write(JSON.writeValueAsString(o) + "\n");
            settings.failures().flush();
        }
    }
}
