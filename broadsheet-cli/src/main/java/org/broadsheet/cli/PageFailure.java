package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.broadsheet.ExtractionException;

/**
 * Why one page gave no article: a countable reason code, a message for people, and for a bug in broadsheet itself
 * the stack trace, so that it can be reported.
 *
 * @param reason a short code, e.g. {@code not-a-page}, {@code time-limit}, {@code unreadable}, {@code internal-error}
 * @param detail what went wrong, for people
 * @param stackTrace the stack trace of an internal error, else null
 */
public record PageFailure(String reason, String detail, String stackTrace) {

    /** The line that asks the user to report an internal error. */
    static final String PLEASE_REPORT = "this is a bug in broadsheet: please report it, with the page and the stack "
            + "trace (shown with --debug, and written to the --failures file)";

    /** A failure that is no bug: the page or its file is at fault. */
    static PageFailure of(String reason, String detail) {
        return new PageFailure(reason, detail, null);
    }

    /** What {@code e}, thrown while reading or extracting a page, says about it. */
    static PageFailure of(Throwable e) {
        if (e instanceof ExtractionException x) {
            return of(x.reason().code(), x.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return of("unreadable", "cannot read: permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return of("unreadable", "no such file or directory");
        }
        if (e instanceof IOException) {
            return of("unreadable", "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
        if (e instanceof OutOfMemoryError) {
            return of("out-of-memory", "ran out of memory (give the JVM more with BROADSHEET_JAVA_OPTS=-Xmx..., or "
                    + "fewer threads with -j)");
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return new PageFailure("internal-error", "internal error: " + e + "; " + PLEASE_REPORT, trace.toString());
    }

    /** True for a bug in broadsheet rather than a problem with the page. */
    boolean isInternal() {
        return stackTrace != null;
    }
}
