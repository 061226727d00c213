package org.broadsheet.decode;

import java.util.List;

import org.broadsheet.article.Warning;

/**
 * A page's text after decoding.
 *
 * @param text the decoded text
 * @param charset the name of the charset used
 * @param charsetSource how the charset was chosen
 * @param warnings problems found while decoding
 */
public record DecodedPage(String text, String charset, CharsetSource charsetSource, List<Warning> warnings) {

    /** Copies the warnings, so that the value cannot change. */
    public DecodedPage {
        warnings = List.copyOf(warnings);
    }

    /** How a page's charset was chosen. */
    public enum CharsetSource {
        /** A byte-order mark. */
        BOM,
        /** The HTTP Content-Type header. */
        HTTP_HEADER,
        /** A {@code <meta charset>} or {@code http-equiv} declaration in the page. */
        META_TAG,
        /** The bytes are valid UTF-8 and nothing was declared. */
        VALID_UTF8,
        /** Statistical detection. */
        DETECTED
    }
}
