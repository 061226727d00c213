package org.broadsheet.block;

import org.broadsheet.article.BlockType;
import org.jsoup.nodes.Element;

/**
 * The unit of decision: a run of text that a reader sees as one piece (a paragraph, a heading, a
 * menu entry), with the structural facts the classifiers need.
 *
 * @param index position in reading order, from 0
 * @param text normalized text
 * @param type what the markup says the block is
 * @param element the element that holds the text, while the page is being extracted; {@code null} for text pages
 * @param linkChars how many of the text's characters are inside links
 * @param hidden true when the page hides the block from readers (display:none, hidden attribute)
 */
public record Block(int index, String text, BlockType type, Element element, int linkChars, boolean hidden) {

    /** Share of the text that is link text, from 0 to 1. */
    public double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    /** The text's length in characters. */
    public int length() {
        return text.length();
    }
}
