package org.broadsheet.warc;

import java.util.Objects;

/**
 * A record (or a stretch of damaged bytes) that gave no page.
 *
 * @param recordId the {@code WARC-Record-ID}, or null when the damage left none to read
 * @param url the {@code WARC-Target-URI}, or null
 * @param offset where the record (or the damage) starts in the file
 * @param reason why it gave no page
 * @param detail what exactly was found, in words a user can check (e.g. {@code "HTTP 301"})
 */
public record SkippedRecord(String recordId, String url, long offset, SkipReason reason, String detail)
        implements WarcEntry {

    /** Checks that the reason and detail are given. */
    public SkippedRecord {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** For messages: {@code record <urn:uuid:...> at offset 1234: redirect: HTTP 301}. */
    public String describe() {
        return (recordId != null ? "record " + recordId + " at offset " : "offset ") + offset + ": "
                + reason.description() + ": " + detail;
    }
}
