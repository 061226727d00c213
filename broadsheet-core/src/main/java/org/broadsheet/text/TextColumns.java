package org.broadsheet.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Separates the side-by-side columns of a page laid out as a table, which a text dumper (w3m, lynx)
 * prints on the same lines: the story's paragraphs on the left, a sidebar's menu and teasers padded
 * out to the right of them. Read line by line, such text interleaves the two; here each column's text
 * is put back together, the left one first.
 *
 * <p>A column is recognized by position: many lines with text starting at the same display column
 * after a run of spaces. Only a column beside prose is taken apart: a data table (scores, prices,
 * a schedule) is read across, row by row, and stays as it is.
 */
final class TextColumns {

    /** The narrowest left column whose text is taken for prose rather than table cells. */
    private static final int MIN_LEFT_WIDTH = 40;
    /** How many lines must have text at a column for it to count as one. */
    private static final int MIN_ROWS = 4;
    /** How many sentence-long lines, each beside the column's text, make the left column one of prose. */
    private static final int MIN_PROSE_LINES = 2;
    /** A left cell this long that ends a sentence is a paragraph. */
    private static final int PROSE_LENGTH = 60;
    /** Layouts nest sidebars in sidebars, but seldom deeper than this. */
    private static final int MAX_SPLITS = 3;

    private TextColumns() {
    }

    /** The lines of {@code raw} with the columns of any layout table printed one after the other. */
    static List<String> separated(List<String> raw) {
        List<String> lines = raw;
        for (int round = 0; round < MAX_SPLITS; round++) {
            List<String> split = splitOnce(lines);
            if (split == null) {
                break;
            }
            lines = split;
        }
        return lines;
    }

    /** Takes apart the layout regions of the most common column, or returns null if there are none. */
    private static List<String> splitOnce(List<String> lines) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (String line : lines) {
            for (int col : cellStarts(line)) {
                if (col >= MIN_LEFT_WIDTH) {
                    starts.merge(col, 1, Integer::sum);
                }
            }
        }
        List<Integer> columns = new ArrayList<>(starts.keySet());
        columns.removeIf(c -> starts.get(c) < MIN_ROWS);
        columns.sort((a, b) -> starts.get(b) - starts.get(a));
        for (int column : columns) {
            List<String> split = split(lines, column);
            if (split != null) {
                return split;
            }
        }
        return null;
    }

    /** The lines with every layout region at {@code column} taken apart, or null if there is none. */
    private static List<String> split(List<String> lines, int column) {
        List<String> out = new ArrayList<>(lines.size());
        boolean changed = false;
        int i = 0;
        while (i < lines.size()) {
            if (!fits(lines.get(i), column)) {
                out.add(lines.get(i++));
                continue;
            }
            // the run of lines that leave the column's gutter free
            int end = i;
            while (end + 1 < lines.size() && fits(lines.get(end + 1), column)) {
                end++;
            }
            int lastRight = -1;
            int rows = 0;
            for (int j = i; j <= end; j++) {
                if (!cut(lines.get(j), column)[1].isBlank()) {
                    lastRight = j;
                    rows++;
                }
            }
            // paragraphs beside the column's text: a layout, not a data table above or below some prose
            int prose = 0;
            for (int j = i; j <= lastRight; j++) {
                String[] parts = cut(lines.get(j), column);
                if (!parts[1].isBlank() && isProse(parts[0].strip())) {
                    prose++;
                }
            }
            if (rows >= MIN_ROWS && prose >= MIN_PROSE_LINES) {
                // the left column runs on below the right one's last line for as long as the gutter stays
                // free; the right column's text follows it, as it does in the page's own order
                List<String> right = new ArrayList<>();
                for (int j = i; j <= end; j++) {
                    String[] parts = cut(lines.get(j), column);
                    out.add(parts[0].stripTrailing());
                    right.add(parts[1].stripTrailing());
                }
                out.add("");
                out.addAll(right);
                out.add("");
                changed = true;
                i = end + 1;
            } else {
                for (int j = i; j <= end; j++) {
                    out.add(lines.get(j));
                }
                i = end + 1;
            }
        }
        return changed ? out : null;
    }

    /** A sentence-long cell without the wide gaps of a row of table cells. */
    private static boolean isProse(String cell) {
        if (cell.length() < PROSE_LENGTH || cell.contains("   ")) {
            return false;
        }
        int end = cell.length() - 1;
        while (end > 0 && "\"'”’»)]".indexOf(cell.charAt(end)) >= 0) {
            end--;
        }
        return ".!?。！？…".indexOf(cell.charAt(end)) >= 0;
    }

    /** Display columns at which text starts after at least two spaces. */
    private static List<Integer> cellStarts(String line) {
        List<Integer> out = new ArrayList<>();
        int col = 0;
        int spaces = 0;
        for (int k = 0; k < line.length();) {
            int cp = line.codePointAt(k);
            if (cp == ' ') {
                spaces++;
            } else {
                if (spaces >= 2) {
                    out.add(col);
                }
                spaces = 0;
            }
            col += width(cp);
            k += Character.charCount(cp);
        }
        return out;
    }

    /** True when the two display columns before {@code column} are blank in {@code line}. */
    private static boolean fits(String line, int column) {
        int col = 0;
        for (int k = 0; k < line.length();) {
            int cp = line.codePointAt(k);
            int w = width(cp);
            if (col + w > column - 2 && col < column && cp != ' ') {
                return false;
            }
            if (col >= column) {
                return true;
            }
            col += w;
            k += Character.charCount(cp);
        }
        return true;
    }

    /** {@code line} cut at display column {@code column}: {left, right}. */
    private static String[] cut(String line, int column) {
        int col = 0;
        for (int k = 0; k < line.length();) {
            if (col >= column) {
                return new String[] {line.substring(0, k), line.substring(k)};
            }
            int cp = line.codePointAt(k);
            col += width(cp);
            k += Character.charCount(cp);
        }
        return new String[] {line, ""};
    }

    /** How many display columns a text dumper gives {@code cp}: two for wide East Asian characters. */
    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
