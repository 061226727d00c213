package org.broadsheet.assemble;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.block.Block;
import org.jsoup.nodes.Element;

/**
 * Turns the kept cells of one data table back into one {@code table} block with its rows and cells: a reader
 * sees a table (results, prices, specifications), not a run of one-word paragraphs.
 */
final class TableRows {

    private TableRows() {
    }

    /** The nearest {@code <table>} holding a table cell block, or {@code null} when {@code b} is no cell of one. */
    static Element tableOf(Block b) {
        if (b.type() != BlockType.TABLE || b.element() == null) {
            return null;
        }
        for (Element e = b.element().parent(); e != null; e = e.parent()) {
            if (e.nameIs("table")) {
                return e;
            }
        }
        return null;
    }

    /**
     * One table block from the cell blocks {@code cells} of one table, in reading order; {@code null} when they do
     * not make a table (a single cell: a layout table).
     */
    static BodyBlock of(List<Block> cells) {
        if (cells.size() < 2) {
            return null;
        }
        Map<Element, List<String>> byRow = new IdentityHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (Block b : cells) {
            Element tr = b.element().parent();
            while (tr != null && !tr.nameIs("tr") && !tr.nameIs("table")) {
                tr = tr.parent();
            }
            Element key = tr == null || tr.nameIs("table") ? b.element() : tr;
            List<String> row = byRow.get(key);
            if (row == null) {
                row = new ArrayList<>();
                byRow.put(key, row);
                rows.add(row);
            }
            row.add(b.text().replace('\n', ' '));
        }
        return BodyBlock.table(rows);
    }
}
