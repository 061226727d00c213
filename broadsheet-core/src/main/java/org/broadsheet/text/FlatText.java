package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.broadsheet.block.NormalizedText;

/**
 * Cuts a page flattened to text (a browser's select-all copy, a crawler's text dump) into lines.
 * Indentation is dropped, list bullets become {@link BlockType#LIST_ITEM}s, tab-separated cells
 * {@link BlockType#TABLE} rows, and a paragraph that a text dumper hard-wrapped at its column limit
 * is joined back into one line. Columns printed side by side are first taken apart ({@link TextColumns}).
 */
public final class FlatText {

    /** Text dumpers wrap long paragraphs at about this many characters even when told not to. */
    private static final int HARD_WRAP = 1000;

    private static final Pattern BULLET = Pattern.compile("^[•◦▪▫●○☆★■□‣⁃∙·*+\\-–]\\s+");

    private FlatText() {
    }

    /** The non-blank lines of {@code text}, in order. */
    public static List<TextLine> lines(String text) {
        List<String> raw = TextColumns.separated(List.of(text.split("\\r\\n|\\r|\\n", -1)));
        List<String> joined = new ArrayList<>();
        List<Boolean> blankBefore = new ArrayList<>();
        List<String> rawLines = new ArrayList<>();
        boolean blank = true;
        for (String r : raw) {
            String trimmed = r.strip();
            if (isBlank(trimmed)) {
                blank = true;
                continue;
            }
            int last = joined.size() - 1;
            if (!blank && last >= 0 && rawLines.get(last).length() >= HARD_WRAP) {
                joined.set(last, joined.get(last) + " " + trimmed);
                rawLines.set(last, r);
                continue;
            }
            joined.add(trimmed);
            rawLines.add(r);
            blankBefore.add(blank);
            blank = false;
        }
        List<TextLine> out = new ArrayList<>(joined.size());
        for (int i = 0; i < joined.size(); i++) {
            String line = joined.get(i);
            BlockType type = BlockType.PARAGRAPH;
            var bullet = BULLET.matcher(line);
            if (bullet.find()) {
                type = BlockType.LIST_ITEM;
                line = line.substring(bullet.end());
            } else if (line.indexOf('\t') >= 0) {
                type = BlockType.TABLE;
            }
            boolean blankAfter = i + 1 >= joined.size() || blankBefore.get(i + 1);
            String normalized = NormalizedText.of(line);
            if (!normalized.isEmpty()) {
                out.add(new TextLine(out.size(), normalized, type, blankBefore.get(i), blankAfter));
            }
        }
        return out;
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!NormalizedText.isSpace(c) && !NormalizedText.isInvisible(c)) {
                return false;
            }
        }
        return true;
    }
}
