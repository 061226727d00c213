package org.broadsheet.cli;

import java.io.IOException;

import org.broadsheet.article.Provenance;
import org.broadsheet.article.RawPage;

/**
 * One thing a batch goes through: a page to work on (a file, stdin, or a web archive record), or an input that
 * already gave no page (a failure, or a record skipped for a reason).
 *
 * @param input names the page in messages and decides its output file in a directory
 * @param file the file it came from, for reports
 * @param recordId the {@code WARC-Record-ID} of an archive record, else null
 * @param offset where the record starts in its archive, else 0
 * @param url the page's address when known
 * @param page reads the page; null when the item gave no page
 * @param provenance where an archive page came from, else null
 * @param failure why the item gave no page, when it failed
 * @param skip why the item gave no page, when it was skipped (a request, a redirect, ...); null otherwise
 * @param skipDetail what was skipped, for records named one by one (too large, binary); null to count it silently
 * @param key identifies the page in an output being resumed
 */
public record BatchItem(Input input, String file, String recordId, long offset, String url, PageReader page,
        Provenance provenance, PageFailure failure, String skip, String skipDetail, String key) {

    /** Reads a page's bytes, when a worker gets to it. */
    @FunctionalInterface
    public interface PageReader {
        /** The page. */
        RawPage read() throws IOException;
    }

    /** A page file or stdin, read by a worker. */
    static BatchItem page(Input input, String url, PageReader page) {
        return new BatchItem(input, input.name(), null, 0, url, page, null, null, null, null,
                StreamOutput.key(input.name(), null));
    }

    /** An argument that gave no page. */
    static BatchItem failed(String name, PageFailure failure) {
        return new BatchItem(new Input(name, null, "failed"), name, null, 0, null, null, null, failure, null, null,
                null);
    }

    /** True when a worker has a page to process. */
    boolean isPage() {
        return page != null;
    }
}
