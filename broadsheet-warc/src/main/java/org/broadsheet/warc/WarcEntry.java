package org.broadsheet.warc;

/** One thing read from a web archive: a captured page to extract, or a record that gave none and why. */
public sealed interface WarcEntry permits CrawlRecord, SkippedRecord {

    /** The record's {@code WARC-Record-ID}, or null when the damage left none to read. */
    String recordId();

    /** Where the record starts in the file (in compressed bytes for {@code .warc.gz}). */
    long offset();
}
