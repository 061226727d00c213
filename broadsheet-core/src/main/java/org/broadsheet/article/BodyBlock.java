package org.broadsheet.article;

/**
 * One block of the article body, such as a paragraph or a subheading.
 *
 * @param type what kind of block it is
 * @param text its text, whitespace and invisible characters normalized
 */
public record BodyBlock(BlockType type, String text) {
}
