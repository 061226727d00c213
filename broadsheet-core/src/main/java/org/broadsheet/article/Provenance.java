package org.broadsheet.article;

/**
 * Where an article's page was captured, when it came from a web archive (WARC/WET) rather than a file.
 *
 * @param warcRecordId the {@code WARC-Record-ID} of the record that held the page, for example
 *     {@code <urn:uuid:...>}
 * @param fetchedAt when the page was captured ({@code WARC-Date}), as ISO-8601 UTC, or null when the record gives
 *     no date
 */
public record Provenance(String warcRecordId, String fetchedAt) {
}
