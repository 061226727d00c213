package org.broadsheet.analysis;

/**
 * A date expression in the body, normalized against the article's date.
 *
 * @param text the words, exactly as written ("Wednesday", "last year")
 * @param start offset in {@code article.text()}
 * @param end offset after it
 * @param value ISO 8601 at the precision stated: {@code 2024-10-02}, {@code 2024-10}, {@code 2023}
 * @param approximate true when the value is only about right ("three-quarters of a century ago": about 1949)
 */
public record DateMention(String text, int start, int end, String value, boolean approximate) {
}
