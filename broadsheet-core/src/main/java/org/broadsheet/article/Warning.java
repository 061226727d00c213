package org.broadsheet.article;

/**
 * A problem met while extracting a page that did not stop it.
 *
 * @param code a stable identifier such as {@code charset-guessed} or {@code encoding-damage}
 * @param message what happened, for people
 */
public record Warning(String code, String message) {
}
