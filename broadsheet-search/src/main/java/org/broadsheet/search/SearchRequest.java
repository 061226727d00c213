package org.broadsheet.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search: words, filters, order and page.
 *
 * @param query the words; {@code "a phrase"}, {@code -not}, {@code a | b} and {@code prefix*} work (empty: everything)
 * @param filters facet values to keep, by dimension ({@code publisher}, {@code section}, {@code language},
 *        {@code pageType}, {@code author}, {@code person}, {@code organization}, {@code place}, {@code speaker},
 *        {@code compromised}, {@code month}); values of one dimension are alternatives, dimensions all apply
 * @param from the first day to keep, or null
 * @param to the last day to keep, or null
 * @param sort relevance or date (newest first)
 * @param statements search what people said (quotes and reported speech) instead of articles
 * @param offset how many results to skip
 * @param limit how many results to return (at most 100)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
        boolean statements, int offset, int limit) {

    /** The order of results. */
    public enum Sort {
        /** Best match first. */
        RELEVANCE,
        /** Newest first; undated last. */
        DATE
    }

    /** Copies the filters and bounds the page. */
    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? Sort.RELEVANCE : sort;
        offset = Math.max(0, Math.min(offset, 10_000));
        limit = Math.max(1, Math.min(limit, 100));
    }

    /** The first ten articles for {@code query}, by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, Sort.RELEVANCE, false, 0, 10);
    }
}
