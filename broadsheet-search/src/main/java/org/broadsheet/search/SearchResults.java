package org.broadsheet.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many articles (or statements) match, near-duplicates counted
 * @param hits the page of results, each near-duplicate group shown once
 * @param facets for each dimension, its most frequent values among all matches
 * @param histogram matches per month ({@code 2024-10}), oldest first
 * @param tookMs how long the search took
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetValue>> facets,
        List<FacetValue> histogram, long tookMs) {

    /**
     * One article, or one statement, that matched.
     *
     * @param id the article's id (a statement's: the article's id, {@code #}, its number)
     * @param title the headline (a statement: its article's headline)
     * @param url the article's address, or null
     * @param publisher the publisher, or null
     * @param date the publication time as ISO text, or null
     * @param language the language code, or null
     * @param pageType the page type, or null
     * @param compromised true when the page carries injected spam
     * @param authors the byline
     * @param snippet the best passages, matches marked
     * @param speaker for a statement: who said it
     * @param articleId for a statement: its article
     * @param copies the other articles of its near-duplicate group
     */
    public record Hit(String id, String title, String url, String publisher, String date, String language,
            String pageType, boolean compromised, List<String> authors, Snippet snippet, String speaker,
            String articleId, List<Copy> copies) {
    }

    /**
     * Another copy of a hit's story.
     *
     * @param id its id
     * @param title its headline
     * @param url its address
     * @param publisher its publisher
     */
    public record Copy(String id, String title, String url, String publisher) {
    }

    /**
     * A facet value and how many matches have it.
     *
     * @param value the value
     * @param count the matches
     */
    public record FacetValue(String value, long count) {
    }
}
