package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * All pages on one stream (stdout or a single file). JSON objects and JSON lines follow each other;
 * text pages get a {@code ==> name <==} header when there are several; Markdown pages are separated by
 * a rule.
 */
public final class StreamOutput implements Output {

    private final Writer out;
    private final String label;
    private final boolean closeAtEnd;
    private final ArticleFormat format;
    private final boolean many;
    private int written;

    /**
     * An output that writes every page to {@code out}.
     *
     * @param out the stream
     * @param label how messages name it
     * @param closeAtEnd true when {@link #close} should close {@code out} (a file), false for stdout
     * @param format the format pages are in, which decides the separators
     * @param many true when more than one page may be written
     */
    public StreamOutput(Writer out, String label, boolean closeAtEnd, ArticleFormat format, boolean many) {
        this.out = out;
        this.label = label;
        this.closeAtEnd = closeAtEnd;
        this.format = format;
        this.many = many;
    }

    @Override
    public void write(Input input, String content) throws IOException {
        if (many && format == ArticleFormat.TEXT) {
            out.write((written > 0 ? "\n" : "") + "==> " + input.name() + " <==\n");
        } else if (written > 0 && format == ArticleFormat.MARKDOWN) {
            out.write("\n---\n\n");
        }
        out.write(content);
        out.flush();
        if (out instanceof PrintWriter pw && pw.checkError()) {
            throw new Closed(label + " is closed");
        }
        written++;
    }

    /** The stream can take no more output (stdout piped into {@code head}, for example). */
    public static final class Closed extends IOException {

        private static final long serialVersionUID = 1L;

        /** An exception saying which stream closed. */
        public Closed(String message) {
            super(message);
        }
    }

    @Override
    public String describe(Input input) {
        return label;
    }

    @Override
    public void close() throws IOException {
        if (closeAtEnd) {
            out.close();
        } else {
            out.flush();
        }
    }
}
