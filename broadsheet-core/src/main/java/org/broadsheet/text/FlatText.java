package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.broadsheet.block.NormalizedText;

/**
 * Cuts a page flattened to text (a browser's select-all copy, a crawler's text dump) into lines.
 * Indentation is dropped, list bullets become {@link BlockType#LIST_ITEM}s, tab-separated cells
 * {@link BlockType#TABLE} rows, and a paragraph that a text dumper hard-wrapped at its column limit (read from
 * the text: 74 for lynx, about 1,000 for w3m) is joined back into one line. Columns printed side by side are first
 * taken apart ({@link TextColumns}); a Markdown dump's links are read as their words.
 */
public final class FlatText {

    /** Text dumpers wrap long paragraphs at about this many characters even when told not to. */
    private static final int HARD_WRAP = 1000;
    /** Narrower than this, a ceiling on line length is a wrap width; wider, it is just the longest paragraphs. */
    private static final int MAX_NARROW_WRAP = 160;
    /** A word this long fits on no wrapped line: a web address, a Markdown link. */
    private static final int LONG_WORD = 25;
    /** Fewer lines than this say too little about a ceiling. */
    private static final int MIN_WRAPPED_LINES = 20;

    /** A Markdown link or image: [text](target "title"), ![alt](source). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "(!)?\\[([^\\[\\]]*)\\]\\((?:<[^<>]*>|[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    /** **strong** as a pair around words ("Man**", a name masked by its owner, stays as it is). */
    private static final Pattern MARKDOWN_STRONG = Pattern.compile("\\*\\*([^*\\s](?:[^*]*[^*\\s])?)\\*\\*");

    private static final Pattern BULLET = Pattern.compile("^[•◦▪▫●○☆★■□‣⁃∙·*+\\-–]\\s+");

    private FlatText() {
    }

    /** The non-blank lines of {@code text}, in order. */
    public static List<TextLine> lines(String text) {
        List<String> raw = TextColumns.separated(List.of(LINE_BREAK.split(text, -1)));
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
            String normalized = NormalizedText.of(withoutMarkdown(line));
            if (!normalized.isEmpty()) {
                out.add(new TextLine(out.size(), normalized, type, blankBefore.get(i), blankAfter));
            }
        }
        return out;
    }

    /**
     * {@code line} as a reader sees it when the dump is Markdown (html2text, "reader" services): a link is its text,
     * an image is nothing, heading marks and the marks of strong emphasis go.
     */
    static String withoutMarkdown(String line) {
        if (line.indexOf("](") < 0 && line.indexOf('#') != 0 && !line.contains("**")) {
            return line;
        }
        Matcher m = MARKDOWN_LINK.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (m.find()) {
            m.appendReplacement(out, m.group(1) != null ? "" : Matcher.quoteReplacement(m.group(2)));
        }
        m.appendTail(out);
        return MARKDOWN_STRONG.matcher(MARKDOWN_HEADING.matcher(out).replaceFirst("")).replaceAll("$1");
    }

    /**
     * The column at which a dumper hard-wrapped {@code raw} (lynx, {@code w3m -cols 80}, mail-style text), or
     * {@link #HARD_WRAP} when its lines are not wrapped that narrowly. Wrapped text has a ceiling: almost no line is
     * longer than the width, and many lines come close to it.
     */
    static int wrapWidth(List<String> raw) {
        List<Integer> lengths = new ArrayList<>();
        List<Integer> lastSpaces = new ArrayList<>();
        for (String r : raw) {
            String line = r.stripTrailing();
            // a line ending in a word too long for any line (a web address, a Markdown link) runs past the width
            if (!isBlank(line) && line.length() - line.lastIndexOf(' ') <= LONG_WORD) {
                lengths.add(line.length());
                lastSpaces.add(line.lastIndexOf(' '));
            }
        }
        if (lengths.size() < MIN_WRAPPED_LINES) {
            return HARD_WRAP;
        }
        List<Integer> sorted = lengths.stream().sorted().toList();
        int ceiling = sorted.get((int) Math.floor(0.99 * (sorted.size() - 1)));
        long nearCeiling = lengths.stream().filter(n -> n >= ceiling - 10 && n <= ceiling).count();
        // past a real wrap width a line runs on by one word at most: with more room than that, it was never wrapped
        long runOn = 0;
        for (int k = 0; k < lengths.size(); k++) {
            if (lengths.get(k) > ceiling && lastSpaces.get(k) > ceiling) {
                runOn++;
            }
        }
        // menus and link lists add many short lines; a tenth of the lines at the ceiling is already no accident
        return ceiling <= MAX_NARROW_WRAP && nearCeiling * 10 >= lengths.size() && nearCeiling >= MIN_WRAPPED_LINES / 2
                && runOn * 50 <= lengths.size() ? ceiling : HARD_WRAP;
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
