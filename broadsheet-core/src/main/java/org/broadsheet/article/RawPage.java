package org.broadsheet.article;

import java.util.Objects;

/**
 * A page as it arrived: bytes and what is known about them. Nothing is decoded yet.
 *
 * @param source where the page came from, as the user named it (a path, a URL, {@code -})
 * @param bytes the raw content
 * @param url the page's address, or {@code null} when unknown
 * @param contentType the HTTP {@code Content-Type} header, or {@code null} when there was none
 */
public record RawPage(String source, byte[] bytes, String url, String contentType) {

    /** Checks that the source and the bytes are given. */
    public RawPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** A page with no HTTP headers. */
    public static RawPage of(String source, byte[] bytes, String url) {
        return new RawPage(source, bytes, url, null);
    }
}
