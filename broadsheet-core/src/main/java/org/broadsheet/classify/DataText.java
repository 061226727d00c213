package org.broadsheet.classify;

import java.util.regex.Pattern;

/**
 * Data for a page's scripts left in the markup as text: a JSON object or array in an element that a style sheet
 * hides (a "page info" box of keys and values). Readers never see it; read as prose it gives quoted keys as quotes
 * and identifiers as figures.
 */
final class DataText {

    /** A quoted key and its colon: {@code "assetid":}. */
    private static final Pattern QUOTED_KEY = Pattern.compile("\"[^\"\\n]{1,60}\"\\s*:");
    /** A JSON string, escapes included (unrolled, so that a long string does not recurse). */
    private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"");
    private static final Pattern LITERAL = Pattern.compile("true|false|null");
    /** What JSON has between its strings, once its literals are gone. */
    private static final Pattern NOT_STRINGS = Pattern.compile("[\\s\\[\\]{}:,\"0-9.+\\-eE]*+");
    /** Prose quotes a phrase and goes on with a colon now and then; a data block names key after key. */
    private static final int MIN_KEYS = 4;

    private DataText() {
    }

    /** True when {@code text} as a whole is a JSON object or array (no word outside its strings) of 4+ keys. */
    static boolean matches(String text) {
        String t = text.strip();
        if (t.length() < 2) {
            return false;
        }
        char first = t.charAt(0);
        char last = t.charAt(t.length() - 1);
        if (!(first == '{' && last == '}' || first == '[' && last == ']')) {
            return false;
        }
        // between its strings, JSON has only brackets, colons, commas, numbers and literals; prose has words
        String between = LITERAL.matcher(STRING.matcher(t).replaceAll("\"\"")).replaceAll("");
        if (!NOT_STRINGS.matcher(between).matches()) {
            return false;
        }
        int keys = 0;
        var m = QUOTED_KEY.matcher(t);
        while (m.find() && keys < MIN_KEYS) {
            keys++;
        }
        return keys >= MIN_KEYS;
    }
}
