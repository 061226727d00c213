package org.broadsheet.spam;

/**
 * One piece of evidence about a suspect text, as one scoring component found it.
 *
 * @param component which component found it: {@code words}, {@code shape}, {@code script}, {@code place},
 *        {@code markup}, {@code links} or {@code guard}
 * @param points how much it counts toward spam (negative: against)
 * @param content whether it is about what the text is (its words, form, script, links) rather than only where or
 *        how it sits: a verdict needs at least one such clue, so that position and hiding alone never flag a block
 * @param reason the evidence, in words a user can check
 */
record Clue(String component, double points, boolean content, String reason) {
}
