package org.broadsheet.article;

import java.util.List;

/**
 * One block of the article body, such as a paragraph, a subheading or a table.
 *
 * @param type what kind of block it is
 * @param text its text, whitespace and invisible characters normalized; a table's rows one per line, cells
 *        separated by {@code " | "}
 * @param rows a {@link BlockType#TABLE} block's rows, each a list of cell texts; {@code null} for other blocks
 */
public record BodyBlock(BlockType type, String text, List<List<String>> rows) {

    public BodyBlock {
        rows = rows == null ? null : rows.stream().map(List::copyOf).toList();
    }

    /** A block that is not a table of rows. */
    public BodyBlock(BlockType type, String text) {
        this(type, text, null);
    }

    /** A table block of {@code rows}, its text one line per row. */
    public static BodyBlock table(List<List<String>> rows) {
        return new BodyBlock(BlockType.TABLE, String.join("\n", rows.stream().map(r -> String.join(" | ", r)).toList()),
                rows);
    }
}
