package org.broadsheet;

import java.util.Locale;

/**
 * A page could not be made into an article at all: binary data, empty input, or a budget exceeded. Its
 * {@link #reason()} says which, for programs that count failures; the message says it for people.
 */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a page gave no article. */
    public enum Reason {
        /** No bytes, or nothing but whitespace. */
        EMPTY,
        /** Binary data (an image, a PDF, compressed data), not a web page. */
        NOT_A_PAGE,
        /** The extraction took longer than the time limit. */
        TIME_LIMIT,
        /** Anything else. */
        OTHER;

        /** The reason as it is written in reports: lower case with hyphens, e.g. {@code time-limit}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    /** An exception for {@code reason}, with a message saying what is wrong with the page. */
    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** An exception with a message saying what is wrong with the page, for {@link Reason#OTHER}. */
    public ExtractionException(String message) {
        this(Reason.OTHER, message);
    }

    /** Why the page gave no article. */
    public Reason reason() {
        return reason;
    }
}
