package org.broadsheet.warc;

import java.util.Objects;

import org.broadsheet.article.Provenance;
import org.broadsheet.article.RawPage;

/**
 * A captured page from a web archive: the HTTP payload of a response record (or the text of a WET conversion
 * record), with what the archive says about it.
 *
 * @param recordId the {@code WARC-Record-ID}
 * @param url the {@code WARC-Target-URI}, or null
 * @param fetchedAt the {@code WARC-Date} as ISO-8601 UTC, or null
 * @param offset where the record starts in the file
 * @param contentType the HTTP {@code Content-Type} header (or the record's, for a conversion record), or null
 * @param payload the page's bytes, with HTTP chunking and content encoding undone
 */
public record CrawlRecord(String recordId, String url, String fetchedAt, long offset, String contentType,
        byte[] payload) implements WarcEntry {

    /** Checks that the record ID and the payload are given. */
    public CrawlRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(payload, "payload");
    }

    /** The page for the extractor; {@code source} names the archive file, as the user gave it. */
    public RawPage toRawPage(String source) {
        return new RawPage(source, payload, url, contentType);
    }

    /** Where the article came from, to attach to it. */
    public Provenance provenance() {
        return new Provenance(recordId, fetchedAt);
    }
}
