package org.broadsheet.spam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a line of a page flattened to text, for cutting a run of planted lines out of the list the flattener
 * ran them into (a site's menu, a table of contents): a line reads as a search phrase, or is in a writing system the
 * page does not use, once its decoration is set aside (a bullet, a rank, a number, a time, stars). A planted run is
 * lines of one form one after another; the menu's names around it are not.
 */
final class FlatLines {

    /**
     * Fewest letters in a writing the page does not use that a run of such lines holds: a few short lines of it are
     * a language menu's names as often as planted phrases.
     */
    static final int MIN_FOREIGN_LETTERS = 20;
    /** Fewest letters in a writing the page does not use that one line needs to count as a line in it. */
    private static final int MIN_LINE_LETTERS = 2;

    private FlatLines() {
    }

    /**
     * Whether a line, its decoration set aside, reads as a search phrase (two to seven words, none capitalized) or
     * is mostly in a writing system the page does not use. A line in another writing may be short (a few Tibetan or
     * Uyghur words, a time before them): the run it belongs to must hold {@link #MIN_FOREIGN_LETTERS} together
     * ({@link #enoughLetters}).
     */
    static boolean phraseLine(SpamPage page, String line) {
        String text = undecorated(line);
        return !text.isEmpty() && (ShapeScore.queryLike(text)
                || ScriptScore.foreignLetters(page, ScriptMismatch.profile(text)) >= MIN_LINE_LETTERS);
    }

    /**
     * Whether the run of lines {@code from} to {@code to} is more than a few short lines in other writings: it holds a
     * search phrase, or {@link #MIN_FOREIGN_LETTERS} letters in writings the page does not use.
     */
    static boolean enoughLetters(SpamPage page, int from, int to) {
        int foreign = 0;
        for (int i = from; i <= to; i++) {
            String text = undecorated(page.block(i).text());
            if (ShapeScore.queryLike(text)) {
                return true;
            }
            foreign += ScriptScore.foreignLetters(page, ScriptMismatch.profile(text));
        }
        return foreign >= MIN_FOREIGN_LETTERS;
    }

    /**
     * The decoration a line starts with, in a form lines of one list share: what comes before its first letter,
     * spaces dropped, each run of digits as one "9" and each star as "*" ("#1 ", "#12 " and "★★★★☆ " give "#9" and
     * "*****"); empty when the line starts with a letter.
     */
    static String decoration(String line) {
        String text = line.strip();
        StringBuilder form = new StringBuilder();
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            if (Character.isLetter(c)) {
                break;
            }
            k += Character.charCount(c);
            if (Character.isDigit(c)) {
                if (form.length() == 0 || form.charAt(form.length() - 1) != '9') {
                    form.append('9');
                }
            } else if (c == '★' || c == '☆' || c == '*') {
                form.append('*');
            } else if (!Character.isWhitespace(c)) {
                form.appendCodePoint(c);
            }
        }
        return form.toString();
    }

    /**
     * Whether {@code line} continues a run of phrase lines whose last line is {@code previous}: it is a phrase line
     * itself, or it wears the same decoration (a rank, stars, a bullet of its own) as that line, so that an item of
     * the planted list too long or too capitalized to read as a search does not cut the list in two.
     */
    static boolean continues(SpamPage page, String previous, String line) {
        if (phraseLine(page, line)) {
            return true;
        }
        String form = decoration(line);
        return !form.isEmpty() && form.equals(decoration(previous)) && !undecorated(line).isEmpty();
    }

    /** A one-letter label before an item ("Q: ", "A: ", "a) "): decoration, as a bullet is. */
    private static final Pattern LABEL = Pattern.compile("^\\p{L}\\s*[:)]\\s+");

    /**
     * A line without its decoration: what comes before its first letter (a bullet, a rank such as "#3" or "3.", a
     * time such as "08:15", stars, a box), and a one-letter label ("Q: ", "A: ") with what follows it up to a letter.
     */
    static String undecorated(String line) {
        String text = lettersOn(line.strip());
        Matcher label = LABEL.matcher(text);
        return label.find() ? lettersOn(text.substring(label.end())) : text;
    }

    /** {@code text} from its first letter. */
    private static String lettersOn(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        return text.substring(start);
    }
}
