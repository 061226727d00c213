package org.broadsheet.meta;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an HTML page's metadata: structured data, meta tags and the visible headline. Thread-safe. */
public final class MetadataExtractor {

    /** Extracts the metadata of {@code doc}; {@code url} (may be null) is the page's address. */
    public Metadata extract(Document doc, String url) {
        String title = null;
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().trim();
        } else {
            Element og = doc.selectFirst("meta[property=og:title]");
            title = og != null ? og.attr("content") : doc.title();
        }
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        return new Metadata(title, null, List.of(), List.of(), null, List.of(), List.of(), null,
                lang.isEmpty() ? null : lang, null, null, null, null);
    }
}
