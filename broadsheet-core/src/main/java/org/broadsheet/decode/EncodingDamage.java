package org.broadsheet.decode;

import org.broadsheet.article.Warning;

/**
 * Finds signs that text was damaged by a wrong decoding somewhere upstream: UTF-8 bytes read as
 * Latin-1 or windows-1252 ({@code Ã©} for {@code é}, {@code â€™} for {@code ’}) and U+FFFD replacement
 * characters. It only reports; it never changes the text.
 *
 * @param utf8AsLatin1 how many UTF-8-read-as-Latin-1 sequences were found
 * @param replacements how many U+FFFD characters were found
 * @param firstPosition the character offset of the first sign, or -1 when there is none
 */
public record EncodingDamage(int utf8AsLatin1, int replacements, int firstPosition) {

    /** The warning code for encoding damage. */
    public static final String CODE = "encoding-damage";

    /**
     * What windows-1252 makes of the bytes 0x80 to 0x9F; with U+0080 to U+00BF these are the
     * characters a UTF-8 continuation byte turns into when read as a single-byte charset.
     */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /** Characters that may well follow a capital letter in sound text, so weak evidence after most leads. */
    private static final String PLAUSIBLE_AFTER_LETTER = "’”»…–—·ªº°¹²³´¨¸«“‘„¡¿";

    /** Scans {@code text}. Linear in its length. */
    public static EncodingDamage scan(CharSequence text) {
        int mojibake = 0;
        int fffd = 0;
        int first = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '\u00C2') {
                continue; // ASCII and most of Latin-1: neither a lead nor U+FFFD
            }
            int found = 0;
            if (c == '\uFFFD') {
                fffd++;
                found = 1;
            } else if (c >= '\u00C2' && c <= '\u00DF' && i + 1 < n && isContinuation(text.charAt(i + 1))) {
                char next = text.charAt(i + 1);
                // "Ã»" is "û" misread, but "MAÇÃ»" is sound Portuguese: after a capital, only a lead
                // followed by something that is not punctuation counts
                boolean strongLead = (c == '\u00C2' || c == '\u00C3') && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)));
                if (strongLead || PLAUSIBLE_AFTER_LETTER.indexOf(next) < 0) {
                    mojibake++;
                    found = 2;
                }
            } else if (c >= '\u00E0' && c <= '\u00EF' && i + 2 < n && isContinuation(text.charAt(i + 1))
                    && isContinuation(text.charAt(i + 2))) {
                // "é…”" can be sound French or English; "â€" never is
                boolean punctuationOnly = PLAUSIBLE_AFTER_LETTER.indexOf(text.charAt(i + 1)) >= 0
                        && PLAUSIBLE_AFTER_LETTER.indexOf(text.charAt(i + 2)) >= 0
                        && !(i + 3 < n && isLead(text.charAt(i + 3)));
                if (c == '\u00E2' || !punctuationOnly) {
                    mojibake++;
                    found = 3;
                }
            }
            if (found > 0) {
                if (first < 0) {
                    first = i;
                }
                i += found - 1;
            }
        }
        return new EncodingDamage(mojibake, fffd, first);
    }

    private static boolean isLead(char c) {
        return c >= '\u00C2' && c <= '\u00EF';
    }

    private static boolean isContinuation(char c) {
        return c >= '\u0080' && c <= '\u00BF' || CP1252_HIGH.indexOf(c) >= 0;
    }

    /** True when any sign of damage was found. */
    public boolean found() {
        return firstPosition >= 0;
    }

    /** All signs found. */
    public int count() {
        return utf8AsLatin1 + replacements;
    }

    /** The {@code encoding-damage} warning for {@code text}, which must be the text that was scanned. */
    public Warning toWarning(CharSequence text) {
        int from = Math.max(0, firstPosition - 20);
        int to = Math.min(text.length(), firstPosition + 20);
        String context = text.subSequence(from, to).toString().replaceAll("\\s+", " ");
        return new Warning(CODE, count() + " signs of encoding damage (" + utf8AsLatin1
                + " UTF-8 sequences read as Latin-1, " + replacements + " replacement characters U+FFFD); first at character "
                + firstPosition + ": \"" + context + "\"; the text was not repaired");
    }
}
