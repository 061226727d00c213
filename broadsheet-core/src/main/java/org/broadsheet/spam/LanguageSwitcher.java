package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognizes language and edition switchers ("Global Edition | ASIA | 中文雙語 | Français", also run together and
 * damaged, "Global EditionASIA 中文雙語Fran?ais"): short text made mostly of language names and edition labels
 * (bundled in {@code language_autonyms.tsv}). A switcher is never spam, whatever its scripts. Thread-safe.
 */
final class LanguageSwitcher {

    /** Longest switcher text considered, in characters. */
    private static final int MAX_LENGTH = 120;
    /** A letter lost to a wrong encoding inside a word: "Fran?ais", "Portugu?s". */
    private static final Pattern DAMAGED_WORD = Pattern.compile("\\p{L}+\\?+\\p{L}*");

    private final List<String> labels;

    private LanguageSwitcher(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    /** The bundled labels. */
    static LanguageSwitcher bundled() {
        List<String> labels = new ArrayList<>();
        for (String[] row : Lexicon.rows("language_autonyms.tsv")) {
            if (!row[0].isBlank()) {
                labels.add(row[0].strip());
            }
        }
        labels.sort(Comparator.comparingInt(String::length).reversed());
        return new LanguageSwitcher(labels);
    }

    /** True when {@code text} is short and at least 60 % of its letters are language or edition labels. */
    boolean matches(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        int letters = letters(text);
        if (letters == 0) {
            return false;
        }
        String rest = text;
        for (String label : labels) {
            rest = rest.replace(label, " ");
        }
        rest = DAMAGED_WORD.matcher(rest).replaceAll(" ");
        return letters(rest) <= 0.4 * letters;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
