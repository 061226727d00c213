package org.broadsheet.spam;

import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Where a run of planted phrases appended to a line of the page's own begins. The run is found from its first
 * phrase that says what it is (a spam term, another writing, search phrases after a long enough head); the
 * phrases before it that have the same form, joined to it by separators, were planted with it and belong to it.
 * The line's own text (a copyright, the site's name, a sentence) has another form and stops the run.
 */
final class AppendedRun {

    /** Marks that join the phrases of a run, and may end the line's own text before it. */
    private static final String SEPARATORS = "|｜丨¦│·•●∙/、，,;；";
    /** Dashes join phrases only with a space on each side (a hyphen joins the parts of a word). */
    private static final String DASHES = "-–—";

    private AppendedRun() {
    }

    /**
     * The start of the run that holds the phrase beginning at {@code from} in {@code line}: moved back over each
     * phrase before it, as far as a separator, that {@code runLike} accepts and that holds no footer marker and no
     * sentence end. The line's first phrase is never taken: a run is appended to something.
     *
     * @param footerMarker the offset of the first footer marker in a text, or -1
     */
    static int start(String line, int from, Predicate<String> runLike, ToIntFunction<String> footerMarker) {
        int start = from;
        while (true) {
            int sep = separatorBefore(line, start);
            if (sep < 0) {
                return start;
            }
            int prevSep = previousSeparator(line, sep);
            if (prevSep < 0) {
                return start; // the line's first phrase: its own
            }
            int segStart = afterSeparator(line, prevSep);
            String phrase = line.substring(segStart, sep).strip();
            if (phrase.isEmpty() || footerMarker.applyAsInt(phrase) >= 0
                    || InjectedSpam.SENTENCE_END.matcher(phrase).find() || !runLike.test(phrase)) {
                return start;
            }
            start = segStart;
        }
    }

    /**
     * Offset of the separator just before {@code at}, whitespace aside, or -1 when {@code at} does not follow one.
     */
    private static int separatorBefore(String line, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(line.charAt(k))) {
            k--;
        }
        return k >= 0 && separator(line, k) ? k : -1;
    }

    /** Offset of the last separator before {@code at}, or -1 when the line has none there. */
    private static int previousSeparator(String line, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (separator(line, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the character at {@code k} joins two phrases: a separator, or a dash with a space on each side. */
    private static boolean separator(String line, int k) {
        char c = line.charAt(k);
        return SEPARATORS.indexOf(c) >= 0 || DASHES.indexOf(c) >= 0 && k > 0 && k + 1 < line.length()
                && Character.isWhitespace(line.charAt(k - 1)) && Character.isWhitespace(line.charAt(k + 1));
    }

    /** The first offset after the separator at {@code sep} that is not whitespace. */
    private static int afterSeparator(String line, int sep) {
        int k = sep + 1;
        while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
            k++;
        }
        return k;
    }
}
