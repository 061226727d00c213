package org.broadsheet.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.Warning;

/**
 * Repairs text that was decoded with the wrong charset somewhere upstream: UTF-8 read as windows-1252 or
 * Latin-1 ("FranÃ§ais" for "Français", "â€™" for "’", "çš‡å† " for "皇冠"). Each suspicious sequence is turned
 * back into the bytes windows-1252 would have made of it and decoded as strict UTF-8; it is replaced only when
 * that decodes cleanly and the result is plausible: punctuation from an "â€" sequence, a Latin letter that fits
 * the case of the word it sits in, or a run of at least two sequences in one writing system (Chinese, Cyrillic,
 * ...). Sound text in any language is left alone: its accented letters are not followed by the continuation
 * characters such damage is made of.
 *
 * <p>Damage that cannot be undone is reported, never changed: a letter lost to a {@code ?} inside a word on a
 * short line ("Fran?ais" in a language switcher) gives an {@code encoding-damage} warning with its position.
 * Stateless and thread-safe; linear in the text's length.
 */
public final class MojibakeRepair {

    /** The warning code for repaired text. */
    public static final String CODE = "encoding-repaired";

    /** What windows-1252 makes of the bytes 0x80 to 0x9F (the five undefined ones read as C1 controls). */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /** A letter lost to '?' inside a word: "Fran?ais", "Portugu?s", "T?rk?e". */
    private static final Pattern LOST_LETTER = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}./=&?_-])\\p{IsLatin}+\\?\\p{Ll}[\\p{IsLatin}?]*(?![\\p{IsLatin}\\p{N}=&/?])");
    /** Longest line on which a lost letter counts (labels and headings, not URLs in prose). */
    private static final int SHORT_LINE = 80;

    /**
     * The result of a repair.
     *
     * @param text the repaired text (the input itself when nothing was repaired)
     * @param repaired how many sequences were repaired
     * @param firstPosition the offset in the input of the first repaired sequence, or -1
     */
    public record Result(String text, int repaired, int firstPosition) {
    }

    private MojibakeRepair() {
    }

    /** Repairs {@code text} where the repair is certain. */
    public static Result repair(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int count = 0;
        int first = -1;
        int i = 0;
        while ((i = nextPossibleLead(text, i)) < n) {
            if (lead(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            // a run of consecutive clean sequences
            List<int[]> run = new ArrayList<>();
            List<String> decoded = new ArrayList<>();
            int j = i;
            while (j < n) {
                int len = sequenceLength(text, j);
                String s = len > 0 ? decode(text, j, len) : null;
                if (s == null) {
                    break;
                }
                run.add(new int[] {j, len});
                decoded.add(s);
                j += len;
            }
            if (run.isEmpty()) {
                i++;
                continue;
            }
            boolean accept = plausible(text, run, decoded);
            if (accept) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i);
                for (String s : decoded) {
                    out.append(s);
                }
                copied = j;
                count += run.size();
                if (first < 0) {
                    first = i;
                }
            }
            i = j;
        }
        if (out == null) {
            return new Result(text, 0, -1);
        }
        out.append(text, copied, n);
        return new Result(out.toString(), count, first);
    }

    /**
     * {@code page} with its text repaired: an {@code encoding-repaired} warning says what was done, and the
     * {@code encoding-damage} warning is rewritten to describe only the damage that is left (letters lost to
     * {@code ?} on short lines included).
     */
    public static DecodedPage repair(DecodedPage page) {
        Result r = repair(page.text());
        int lost = -1;
        int lostCount = 0;
        String text = r.text();
        Matcher m = LOST_LETTER.matcher(text).useTransparentBounds(true);
        int from = 0;
        // the pattern runs only where a '?' sits between a Latin letter and a lower-case one: running it over
        // the whole page cost more than all the rest of decoding
        for (int q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) {
            if (q < from || !lostLetterCandidate(text, q)) {
                continue;
            }
            int start = q;
            while (start > from && (text.charAt(start - 1) == '?' || isLatin(text.codePointBefore(start)))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            if (start == from && from > 0) {
                continue; // the word goes on from the previous match: no match can start inside it
            }
            m.region(start, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            from = m.end();
            if (!insideTag(text, m.start()) && onShortLine(text, m.start(), m.end())) {
                lostCount++;
                if (lost < 0) {
                    lost = m.start();
                }
            }
        }
        if (r.repaired() == 0 && lostCount == 0) {
            return page;
        }
        List<Warning> warnings = new ArrayList<>();
        for (Warning w : page.warnings()) {
            if (!(r.repaired() > 0 && w.code().equals(EncodingDamage.CODE))) {
                warnings.add(w);
            }
        }
        if (r.repaired() > 0) {
            warnings.add(new Warning(CODE, r.repaired() + " sequences of UTF-8 read as windows-1252 were repaired; "
                    + "first at character " + r.firstPosition() + ": \"" + context(page.text(), r.firstPosition())
                    + "\""));
            EncodingDamage left = EncodingDamage.scan(r.text());
            if (left.found()) {
                warnings.add(left.toWarning(r.text()));
            }
        }
        if (lostCount > 0) {
            warnings.add(new Warning(EncodingDamage.CODE, lostCount + " letters lost to '?' inside words (a character "
                    + "the text was once converted into a charset without it); first at character " + lost + ": \""
                    + context(r.text(), lost) + "\"; the text was not repaired"));
        }
        return new DecodedPage(r.text(), page.charset(), page.charsetSource(), warnings);
    }

    /** The byte windows-1252 (or Latin-1) writes {@code c} as, or -1 when it is ASCII or not in the charset. */
    static int toByte(char c) {
        if (c >= '\u0080' && c <= '\u00FF') {
            return c; // Latin-1, and the bytes windows-1252 leaves undefined
        }
        int k = CP1252_HIGH.indexOf(c);
        return k >= 0 ? 0x80 + k : -1;
    }

    /** The index of the first character at or after {@code from} in U+00C2..U+00F4, or the text's length. */
    private static int nextPossibleLead(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4') {
                return i;
            }
        }
        return n;
    }

    /** How many bytes a UTF-8 sequence led by {@code c} has, or -1 when {@code c} cannot lead one. */
    private static int lead(char c) {
        if (c < '\u00C2' || c > '\u00F4') {
            return -1; // the lead bytes 0xC2-0xF4 are these characters in both charsets
        }
        int b = toByte(c);
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 4;
        }
        return -1;
    }

    /** The length of the well-formed sequence at {@code i}, or -1. */
    private static int sequenceLength(String text, int i) {
        int len = lead(text.charAt(i));
        if (len < 0 || i + len > text.length()) {
            return -1;
        }
        for (int k = 1; k < len; k++) {
            int b = toByte(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
        }
        return len;
    }

    /** The sequence at {@code i} decoded as strict UTF-8, or null. */
    private static String decode(String text, int i, int len) {
        byte[] bytes = new byte[len];
        for (int k = 0; k < len; k++) {
            bytes[k] = (byte) toByte(text.charAt(i + k));
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes));
            String s = cb.toString();
            int cp = s.codePointAt(0);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                return null;
            }
            return s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether the decoded run is what the text must once have said. */
    private static boolean plausible(String text, List<int[]> run, List<String> decoded) {
        if (run.size() >= 2) {
            // two or more sequences in a row: accept when they are letters, marks, punctuation or symbols
            // of at most two scripts besides the common ones
            java.util.Set<Character.UnicodeScript> scripts = new java.util.HashSet<>();
            for (String s : decoded) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(s.codePointAt(0));
                if (sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED) {
                    scripts.add(sc);
                }
            }
            return scripts.size() <= 2;
        }
        int[] seq = run.get(0);
        String s = decoded.get(0);
        int cp = s.codePointAt(0);
        int len = seq[1];
        if (len == 3) {
            // "â€™", "â€œ", "â€”", "â‚¬", "â„¢": punctuation, currency and letter-like symbols
            return cp >= 0x2000 && cp <= 0x214F;
        }
        if (len == 4) {
            int type = Character.getType(cp);
            return type == Character.OTHER_SYMBOL;
        }
        // two bytes: a Latin-1 or Latin Extended-A character
        if (cp < 0xA0 || cp > 0x17F) {
            return false;
        }
        int before = seq[0] > 0 ? text.codePointBefore(seq[0]) : ' ';
        int after = seq[0] + 2 < text.length() ? text.codePointAt(seq[0] + 2) : ' ';
        if (Character.isLetter(cp)) {
            // "MAÇÃ»" is sound Portuguese: a lower-case letter does not follow a capital inside a word
            if (Character.isLowerCase(cp) && Character.isUpperCase(before) && !Character.isLowerCase(after)) {
                return false;
            }
            return true;
        }
        // "Â©", "Â°", "Â " (no-break space): the lead Â before a symbol
        return text.charAt(seq[0]) == '\u00C2';
    }

    /** Whether the '?' at {@code q} could be a lost letter: a Latin letter before it, a lower-case one after. */
    private static boolean lostLetterCandidate(String text, int q) {
        return q > 0 && q + 1 < text.length() && isLatin(text.codePointBefore(q))
                && Character.getType(text.codePointAt(q + 1)) == Character.LOWERCASE_LETTER;
    }

    private static boolean isLatin(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** Whether the line around {@code start..end}, its tags taken for spaces and stripped, is short. */
    private static boolean onShortLine(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start) + 1;
        int le = text.indexOf('\n', end);
        le = le < 0 ? text.length() : le;
        if (le - ls <= SHORT_LINE) {
            return true; // taking tags for spaces and stripping only shortens it
        }
        // the visible line runs from its first to its last non-space character; a tag counts as one space
        int visibleAt = 0;
        int firstWord = -1;
        boolean moreClosers = true;
        for (int i = ls; i < le; i++) {
            char c = text.charAt(i);
            if (c == '<' && moreClosers) {
                int close = text.indexOf('>', i + 1);
                if (close >= 0 && close < le) {
                    i = close;
                    visibleAt++;
                    continue;
                }
                moreClosers = false;
            }
            if (!Character.isWhitespace(c)) {
                if (firstWord < 0) {
                    firstWord = visibleAt;
                }
                if (visibleAt - firstWord + 1 > SHORT_LINE) {
                    return false;
                }
            }
            visibleAt++;
        }
        return true;
    }

    private static boolean insideTag(String text, int at) {
        int open = text.lastIndexOf('<', at);
        int close = text.lastIndexOf('>', at);
        return open > close;
    }

    private static String context(String text, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + 20);
        return text.substring(from, to).replaceAll("\\s+", " ");
    }
}
