package org.broadsheet.analysis;

/**
 * A stretch of the article body, exactly as written.
 *
 * @param text the characters of the body from {@code start} to {@code end}
 * @param start offset of the first character in {@code article.text()}
 * @param end offset after the last character
 */
public record Span(String text, int start, int end) {
}
