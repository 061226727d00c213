package org.broadsheet.cli;

import java.io.Closeable;
import java.io.IOException;

/** Where rendered pages go: a stream, one file, or one file per page in a directory. */
public interface Output extends Closeable {

    /**
     * Writes one page's rendered form.
     *
     * @param input the page it came from
     * @param content the rendered page, ending with a newline
     * @throws IOException when it cannot be written
     */
    void write(Input input, String content) throws IOException;

    /** Where the output of {@code input} went, for messages. */
    String describe(Input input);
}
