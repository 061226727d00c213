package org.broadsheet.article;

/**
 * What was decided about one block of a page, as {@code --explain} shows it: kept as body, or removed as a
 * {@link Boilerplate} kind, with the evidence. A value that holds no part of the parsed page.
 *
 * @param index position in reading order, from 0
 * @param type what the markup says the block is
 * @param text the block's normalized text
 * @param linkChars how many of the text's characters are inside links
 * @param hidden true when the page hides the block from readers
 * @param kind {@code null} when the block is part of the body, else why it is not
 * @param reason the evidence, in words a user can check
 */
public record BlockDecision(int index, BlockType type, String text, int linkChars, boolean hidden, Boilerplate kind,
        String reason) {

    /** True when the block belongs to the article body. */
    public boolean isBody() {
        return kind == null;
    }
}
