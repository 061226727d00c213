package org.broadsheet.assemble;

import java.util.IdentityHashMap;
import java.util.Map;

import org.broadsheet.article.BlockType;
import org.broadsheet.block.Block;
import org.broadsheet.classify.ProseSignals;
import org.jsoup.nodes.Element;

/**
 * Tells the story's paragraphs set in a table cell that lays out the page (pages of the 2000s and early 2010s often put
 * the whole story in one {@code <td>}, its paragraphs apart by line breaks) from the cells of a data table. Such a
 * paragraph is prose for the reader and the analysis; gathered into table rows, the story would read as one row of cells.
 * One instance per page: it remembers the length of each cell's text.
 */
final class LayoutCells {

    /** A cell holding this much text lays out a page: a datum, a name or a price is far shorter. */
    static final int LAYOUT_CELL_CHARS = 800;
    /** A paragraph of the story is at least a sentence of this length. */
    static final int PARAGRAPH_CHARS = 80;

    private final Map<Element, Integer> cellChars = new IdentityHashMap<>();

    /**
     * True when {@code b}, typed as a table cell, is a sentence-ended paragraph of at least {@link #PARAGRAPH_CHARS}
     * characters in a cell whose text is at least {@link #LAYOUT_CELL_CHARS} long and longer than the paragraph itself
     * (the cell holds more blocks than this one).
     */
    boolean holdsProse(Block b) {
        if (b.type() != BlockType.TABLE || b.element() == null || b.length() < PARAGRAPH_CHARS
                || !ProseSignals.endsSentence(b.text().strip())) {
            return false;
        }
        Element cell = b.element();
        while (cell != null && !cell.nameIs("td") && !cell.nameIs("th")) {
            cell = cell.parent();
        }
        if (cell == null) {
            return false;
        }
        int chars = cellChars.computeIfAbsent(cell, c -> c.text().length());
        return chars >= LAYOUT_CELL_CHARS && chars > b.length() + PARAGRAPH_CHARS;
    }
}
