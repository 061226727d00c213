package org.broadsheet.spam;

import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Text folded for matching, with a way back to the original offsets: NFKC (full-width and mathematical letters
 * become plain ones), lower case, format characters (zero-width spaces, joiners) and combining marks dropped,
 * Traditional Chinese folded to Simplified.
 *
 * @param original the text as given
 * @param folded the folded text
 * @param origin for each character of {@code folded}, the offset in {@code original} it came from
 */
record MatchText(String original, String folded, int[] origin) {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    /** Folds {@code text}. Linear in its length. */
    static MatchText of(String text) {
        // characters and their origins are written straight into arrays: this runs over every block of a page
        char[] out = new char[text.length() + 8];
        int[] origin = new int[out.length];
        int length = 0;
        boolean han = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) {
                // ASCII folds to itself, lower-cased: no string per character
                if (length == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                    origin = java.util.Arrays.copyOf(origin, out.length);
                }
                origin[length] = i;
                out[length++] = cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp;
                i++;
                continue;
            }
            int type = UCharacter.getType(cp);
            if (type != UCharacterCategory.FORMAT && type != UCharacterCategory.NON_SPACING_MARK
                    && type != UCharacterCategory.ENCLOSING_MARK) {
                String n = NFKC.normalize(new String(Character.toChars(cp)));
                n = n.toLowerCase(Locale.ROOT);
                for (int k = 0; k < n.length(); k++) {
                    char c = n.charAt(k);
                    if (Character.getType(c) == Character.NON_SPACING_MARK) {
                        continue;
                    }
                    if (length == out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                        origin = java.util.Arrays.copyOf(origin, out.length);
                    }
                    origin[length] = i;
                    out[length++] = c;
                    han |= c >= '\u3400' && c <= '\u9FFF';
                }
            }
            i += Character.charCount(cp);
        }
        String folded = new String(out, 0, length);
        if (han) {
            String simplified = simplify(folded);
            if (simplified.length() == folded.length()) {
                folded = simplified;
            }
        }
        return new MatchText(text, folded, java.util.Arrays.copyOf(origin, folded.length()));
    }

    private static String simplify(String s) {
        // ICU transliterators are not documented as thread-safe: one at a time
        synchronized (TO_SIMPLIFIED) {
            return TO_SIMPLIFIED.transliterate(s);
        }
    }

    /** The offset in {@code original} where the folded character at {@code foldedIndex} starts. */
    int originalStart(int foldedIndex) {
        return foldedIndex >= origin.length ? original.length() : origin[foldedIndex];
    }

    /** The offset in {@code original} just after the folded range ending at {@code foldedEnd} (exclusive). */
    int originalEnd(int foldedEnd) {
        if (foldedEnd <= 0) {
            return 0;
        }
        int last = origin[foldedEnd - 1];
        return last + Character.charCount(original.codePointAt(last));
    }
}
