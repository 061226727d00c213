package org.broadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.broadsheet.article.Article;
import org.broadsheet.article.RawPage;

/**
 * The one-call entry point:
 *
 * <pre>{@code
 * Article a = Broadsheet.extract(html, "https://example.com/news/story");
 * System.out.println(a.title() + "\n" + a.text());
 * }</pre>
 *
 * For other limits, or to see each block's decision, use an {@link Extractor}. Both are thread-safe.
 */
public final class Broadsheet {

    private static final Extractor DEFAULT = new Extractor();

    private Broadsheet() {
    }

    /**
     * Extracts the article from an HTML page that is already text.
     *
     * @param html the page
     * @param url its address, or {@code null} when unknown
     * @return the article, with warnings for anything that went wrong on the way
     * @throws ExtractionException when the input is not a page at all (empty, binary)
     */
    public static Article extract(String html, String url) throws ExtractionException {
        Objects.requireNonNull(html, "html");
        // the text is decoded already: say so, so that a stale <meta charset> cannot re-decode it
        return DEFAULT.extract(new RawPage(url == null ? "-" : url, html.getBytes(StandardCharsets.UTF_8), url,
                "text/html; charset=UTF-8"));
    }

    /** Extracts the article from raw bytes; the charset is found from the page itself. */
    public static Article extract(RawPage page) throws ExtractionException {
        return DEFAULT.extract(page);
    }
}
