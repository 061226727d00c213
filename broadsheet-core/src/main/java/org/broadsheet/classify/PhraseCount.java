package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts a few fixed English phrases ("add to cart", "contact us", "read more") where they stand as whole words,
 * in any case of their ASCII letters. A page type's features count these over a page's whole text, so this
 * scan looks only at word starts whose first letter begins some phrase, and does what the regular expression
 * {@code (?i)\b(p1|p2|...)\b} does on Java 17: the first phrase in the given order that fits wins, the scan
 * goes on after it, and letters, digits, '_' and combining marks after a letter are word characters.
 */
final class PhraseCount {

    /** Pages can repeat a phrase thousands of times; the feature is a logarithm, so counting stops here. */
    private static final int MOST = 1000;

    /** The phrases by the ASCII character (either case) they start with, in the given order. */
    private final String[][] byFirstCharacter = new String[128][];

    /** {@code phrases} are lower case ASCII words joined by single spaces, each starting with a letter. */
    PhraseCount(String... phrases) {
        List<List<String>> slots = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            slots.add(new ArrayList<>());
        }
        for (String p : phrases) {
            if (p.isEmpty() || p.charAt(0) < 'a' || p.charAt(0) > 'z' || !p.equals(p.strip())) {
                throw new IllegalArgumentException("not a phrase of lower-case words: \"" + p + "\"");
            }
            slots.get(p.charAt(0) - 'a').add(p);
        }
        for (int i = 0; i < 26; i++) {
            String[] starting = slots.get(i).isEmpty() ? null : slots.get(i).toArray(String[]::new);
            byFirstCharacter['a' + i] = starting;
            byFirstCharacter['A' + i] = starting;
        }
    }

    /** How many times the phrases occur in {@code text}, up to 1,000. */
    int in(String text) {
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length && n < MOST) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? byFirstCharacter[c] : null;
            String hit = candidates == null || isWordBefore(text, i) ? null : firstAt(text, i, candidates);
            if (hit != null) {
                n++;
                i += hit.length();
            } else {
                i++;
            }
        }
        return n;
    }

    private static String firstAt(String text, int at, String[] candidates) {
        for (String p : candidates) {
            if (startsWithIgnoringAsciiCase(text, at, p) && !isWordAt(text, at + p.length())) {
                return p;
            }
        }
        return null;
    }

    private static boolean startsWithIgnoringAsciiCase(String text, int at, String phrase) {
        if (at + phrase.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < phrase.length(); k++) {
            char c = text.charAt(at + k);
            char p = phrase.charAt(k);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) {
                return false;
            }
        }
        return true;
    }

    /** True when the character before {@code at} continues a word, so {@code at} is no word start. */
    private static boolean isWordBefore(String text, int at) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        if (before < 0x80) {
            // the common case, answered without Unicode tables
            return before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9'
                    || before == '_';
        }
        int c = text.codePointBefore(at);
        return isWord(c) || Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, at - 1);
    }

    /** True when a word character (or a combining mark, which follows a phrase's last letter) sits at {@code at}. */
    private static boolean isWordAt(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        int c = text.codePointAt(at);
        return isWord(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True when the combining marks ending at {@code at} follow a letter or digit. */
    private static boolean hasBase(String text, int at) {
        for (int x = at; x >= 0; x--) {
            int c = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWord(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
