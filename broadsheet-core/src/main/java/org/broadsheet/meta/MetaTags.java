package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's {@code <meta>} tags (OpenGraph, {@code article:*}, Dublin Core, Parse.ly, Sailthru, Twitter, ...),
 * looked up by their {@code name}, {@code property}, {@code itemprop} or {@code http-equiv}, ignoring case.
 * Immutable once built.
 */
public final class MetaTags {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Evaluator WITH_CONTENT = QueryParser.parse("meta[content]");

    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Indexes the meta tags of {@code page}. */
    public static MetaTags of(PageElements page) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element meta : page.select("meta", WITH_CONTENT)) {
            String content = meta.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("name", "property", "itemprop", "http-equiv")) {
                String key = meta.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    // RDFa allows several space-separated properties on one tag.
                    for (String k : SPACES.split(key)) {
                        values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        values.replaceAll((k, v) -> List.copyOf(v));
        return new MetaTags(Map.copyOf(values));
    }

    /** The first value of the first of {@code keys} that the page has, or null. */
    public String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    /** Every value of every one of {@code keys}, in the order of the keys. */
    public List<String> all(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.addAll(values.getOrDefault(key, List.of()));
        }
        return out;
    }
}
