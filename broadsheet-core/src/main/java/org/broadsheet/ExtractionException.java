package org.broadsheet;

/** A page could not be made into an article at all: binary data, empty input, or a budget exceeded. */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with a message saying what is wrong with the page. */
    public ExtractionException(String message) {
        super(message);
    }
}
