package org.broadsheet.article;

/**
 * A block that was left out of the body.
 *
 * @param kind what the block is (navigation, share widget, footer, ...)
 * @param text its text
 * @param reason the evidence for the decision, in words a user can check
 */
public record RemovedBlock(Boilerplate kind, String text, String reason) {
}
