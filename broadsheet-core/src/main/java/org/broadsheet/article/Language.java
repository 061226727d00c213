package org.broadsheet.article;

/**
 * The language of an article.
 *
 * @param code the best guess, an ISO 639-1 code such as {@code en}
 * @param declared what the page declares ({@code <html lang>}, {@code Content-Language}, metadata), as written
 * @param detected what the body text looks like, or {@code null} when it is too short to tell
 */
public record Language(String code, String declared, String detected) {
}
