package org.broadsheet.block;

/**
 * Normalizes text the way readers see it, without changing any word: runs of whitespace (including
 * no-break spaces) become one space, and characters that never show (soft hyphens, zero-width spaces,
 * byte-order marks) are dropped. Joiners (ZWJ, ZWNJ) are kept: they change how words are spelled in
 * some scripts.
 */
public final class NormalizedText {

    private NormalizedText() {
    }

    /** Normalizes {@code raw} and trims it. */
    public static String of(CharSequence raw) {
        // one copy to a String up front: a String's charAt and ranged appends are much cheaper than a builder's
        String text = raw.toString();
        int n = text.length();
        int changed = firstChange(text);
        if (changed == n) {
            return text; // most text nodes and many blocks are already clean
        }
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        int run = -1; // start of the run of kept characters being read, copied in one go when it ends
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean invisible = isInvisible(c);
            if (invisible || isSpace(c)) {
                if (run >= 0) {
                    out.append(text, run, i);
                    run = -1;
                }
                if (!invisible) {
                    pendingSpace = out.length() > 0;
                }
            } else if (run < 0) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                run = i;
            }
        }
        if (run >= 0) {
            out.append(text, run, n);
        }
        return out.toString();
    }

    /**
     * The index of the first character that normalizing would change or drop, or the length when the text is
     * already normal: no character that never shows, no space other than a single ' ' between two kept characters.
     */
    private static int firstChange(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1) {
                    return i;
                }
                char next = text.charAt(i + 1);
                if (isSpace(next) || isInvisible(next)) {
                    return i;
                }
            } else if (isSpace(c) || isInvisible(c)) {
                return i;
            }
        }
        return n;
    }

    /** True for characters that take up no space and carry no meaning in running text. */
    public static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    /** True for whitespace, including no-break and typographic spaces. */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'; // Character.isWhitespace
        }
        // No space separator lies between U+00A0 and U+1680 or after U+3000: most letters skip the table lookups.
        if (c < '\u1680') {
            return c == '\u00A0';
        }
        if (c > '\u3000') {
            return false;
        }
        // the space, line and paragraph separators between them, listed: typographic quotes and dashes (U+2018,
        // U+2014) are common in news text and would each cost two Unicode table lookups
        return c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }
}
