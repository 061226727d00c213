package org.broadsheet.text;

import org.broadsheet.article.BlockType;
import org.broadsheet.block.Block;

/**
 * One line of a page that arrived flattened to text, with the layout facts that survive flattening.
 *
 * @param index position among the page's non-blank lines, from 0
 * @param text the line, normalized, without indentation or list bullet
 * @param type what the line's shape says it is (a bulleted line is a list item, a tabbed one a table row)
 * @param blankBefore whether a blank line precedes it
 * @param blankAfter whether a blank line follows it
 */
public record TextLine(int index, String text, BlockType type, boolean blankBefore, boolean blankAfter) {

    /** The line as a block, the unit the classifiers decide on. */
    public Block toBlock() {
        return new Block(index, text, type, null, 0, false);
    }
}
