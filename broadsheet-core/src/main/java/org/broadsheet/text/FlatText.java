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
    /** Narrower than this, a ceiling on line length is a wrap width; wider, it is just the longest paragraphs. */
    private static final int MAX_NARROW_WRAP = 160;
    /** Fewer lines than this say too little about a ceiling. */
    private static final int MIN_WRAPPED_LINES = 20;

    private static final Pattern BULLET = Pattern.compile("^[•◦▪▫●○☆★■□‣⁃∙·*+\\-–]\\s+");

    private FlatText() {
    }

    /** The non-blank lines of {@code text}, in order. */
    public static List<TextLine> lines(String text) {
        List<String> raw = TextColumns.separated(List.of(text.split("\\r\\n|\\r|\\n", -1)));
        int width = wrapWidth(raw);
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
            if (!blank && last >= 0 && wrapped(rawLines.get(last), r, width)) {
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

    /**
     * The column at which a dumper hard-wrapped {@code raw} (lynx, {@code w3m -cols 80}, mail-style text), or
     * {@link #HARD_WRAP} when its lines are not wrapped that narrowly. Wrapped text has a ceiling: almost no line is
     * longer than the width, and many lines come close to it.
     */
    static int wrapWidth(List<String> raw) {
        List<Integer> lengths = new ArrayList<>();
        for (String r : raw) {
            if (!isBlank(r)) {
                lengths.add(r.stripTrailing().length());
            }
        }
        if (lengths.size() < MIN_WRAPPED_LINES) {
            return HARD_WRAP;
        }
        List<Integer> sorted = lengths.stream().sorted().toList();
        int ceiling = sorted.get((int) Math.floor(0.99 * (sorted.size() - 1)));
        if (ceiling > MAX_NARROW_WRAP) {
            return HARD_WRAP;
        }
        long nearCeiling = lengths.stream().filter(n -> n >= ceiling - 10 && n <= ceiling).count();
        // menus and link lists add many short lines; a tenth of the lines at the ceiling is already no accident
        return nearCeiling * 10 >= lengths.size() && nearCeiling >= MIN_WRAPPED_LINES / 2 ? ceiling : HARD_WRAP;
    }

    /**
     * Whether {@code next} continues the paragraph of {@code line}, broken only because the text was wrapped at
     * {@code width}: the next line's first word would not have fitted on this one, it is no new list item, and it
     * is not indented less (lynx indents a list item's continuation under its text).
     */
    private static boolean wrapped(String line, String next, int width) {
        if (width >= HARD_WRAP) {
            return line.length() >= HARD_WRAP;
        }
        String nextText = next.strip();
        if (BULLET.matcher(nextText).find() || indentation(next) < indentation(line)) {
            return false;
        }
        int firstWord = nextText.indexOf(' ');
        return line.stripTrailing().length() + 1 + (firstWord < 0 ? nextText.length() : firstWord) > width;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
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
