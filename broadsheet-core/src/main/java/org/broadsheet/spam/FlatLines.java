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
