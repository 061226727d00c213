package org.broadsheet.cli;

import java.io.PrintWriter;

/**
 * Shows how far a batch has got on stderr, and prints messages without garbling that display. On a
 * terminal it is a bar redrawn in place; elsewhere, for long batches, a line every tenth of the way.
 * Not thread-safe: one batch, one thread.
 */
public final class Progress {

    /** How progress is shown. */
    public enum Mode {
        /** Not at all. */
        NONE,
        /** A bar redrawn in place (needs a terminal). */
        BAR,
        /** A plain line at every tenth of the way (for logs). */
        LINES
    }

    /** Batches at least this long show progress lines even when stderr is not a terminal. */
    public static final int MANY = 50;

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final Mode mode;
    private int done;
    private int failed;
    private long lastDraw;
    private int lastTenth;
    private boolean barShown;

    /** Progress over {@code total} pages, shown on {@code err} in {@code mode}. */
    public Progress(PrintWriter err, int total, Mode mode) {
        this.err = err;
        this.total = total;
        this.mode = mode;
    }

    /** The mode for a batch of {@code total} pages. */
    public static Mode choose(int total, boolean stderrIsTerminal, boolean disabled) {
        if (disabled || total < 2) {
            return Mode.NONE;
        }
        if (stderrIsTerminal) {
            return Mode.BAR;
        }
        return total >= MANY ? Mode.LINES : Mode.NONE;
    }

    /** Counts one page as done ({@code ok} false when it failed). */
    public void advance(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (mode == Mode.BAR) {
            long now = System.nanoTime();
            if (done == total || now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                drawBar();
            }
        } else if (mode == Mode.LINES) {
            int tenth = (int) (done * 10L / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.println("broadsheet: " + done + "/" + total + " pages (" + tenth * 10 + "%), " + failed + " failed");
                err.flush();
            }
        }
    }

    /** Prints {@code line} on stderr, keeping the bar below it. */
    public void message(String line) {
        clearBar();
        err.println(line);
        if (mode == Mode.BAR && done > 0) {
            drawBar();
        }
        err.flush();
    }

    /** Removes the bar, if any, at the end of the batch. */
    public void finish() {
        clearBar();
        err.flush();
    }

    private void drawBar() {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        err.print("\r[" + bar + "] " + done + "/" + total + (failed > 0 ? " (" + failed + " failed)" : "") + "\u001B[K");
        err.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001B[K");
            barShown = false;
        }
    }
}
