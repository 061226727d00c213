package org.broadsheet.spam;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures of a run's items that the learned exit of the judge weighs ({@code unclued-spam.model}): the runs that
 * every component measured and none could name. Planted phrase lists are typed as searches (no capital), short,
 * said again and with no label or code marks; a site's lists are names, labelled facts, code and addresses.
 * Measures only: none says alone what a text is.
 */
final class UncluedForm {

    private UncluedForm() {
    }

    /** The measures of {@code text}, whose items (phrases between separators) are {@code items}. */
    static List<Clue> measure(String text, List<String> items) {
        int lower = 0;
        int capital = 0;
        int labelled = 0;
        int words = 0;
        Set<String> distinct = new HashSet<>();
        for (String item : items) {
            int first = firstLetter(item);
            if (first < 0) {
                continue;
            }
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                capital++;
            }
            if (noCapital(item)) {
                lower++;
            }
            int colon = item.indexOf(':');
            if (colon > 0 && colon < item.length() - 1 && item.charAt(colon + 1) == ' ') {
                labelled++;
            }
            words += item.isBlank() ? 0 : item.strip().split("\\s+").length;
            distinct.add(item.toLowerCase(Locale.ROOT));
        }
        int n = Math.max(1, items.size());
        int digits = 0;
        int code = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if ("{}()[]=;<>_*$#\\\"".indexOf(c) >= 0) {
                code++;
            }
        }
        int chars = Math.max(1, letters + digits);
        return List.of(
                measure("exit.lowerItems", lower / (double) n, "items typed without a capital"),
                measure("exit.capitalItems", capital / (double) n, "items that start with a capital"),
                measure("exit.labelledItems", labelled / (double) n, "items that are a label and its value"),
                measure("exit.itemWords", Math.log1p(words / (double) n), "words per item"),
                measure("exit.distinctItems", distinct.size() / (double) n, "items not said before"),
                measure("exit.digits", digits / (double) chars, "digits among its letters"),
                measure("exit.codeMarks", code / (double) chars, "brackets, quotes and code marks"));
    }

    private static Clue measure(String feature, double value, String what) {
        return Clue.measure(feature, value, () -> String.format(Locale.ROOT, "%s: %.2f", what, value));
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static boolean noCapital(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
