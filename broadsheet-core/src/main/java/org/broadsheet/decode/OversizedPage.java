package org.broadsheet.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Makes room in a page over the byte limit before it is cut: the parts of a page that can be enormous but are never
 * the article (a script in the head, a style sheet, a comment, an inline {@code data:} image in an attribute, a
 * title of megabytes) are shortened first, so that the body after them is still read. Works on the raw bytes of any
 * ASCII-compatible charset; anything it does not recognise is copied as it is.
 */
public final class OversizedPage {

    /** Script, style and comment contents and attribute values longer than this are left out. */
    static final int MAX_RUN = 64 << 10;
    /** A title is cut to this many bytes. */
    static final int MAX_TITLE = 4 << 10;

    private OversizedPage() {
    }

    /**
     * The result of squeezing.
     *
     * @param bytes the page without its enormous runs
     * @param removed how many bytes were left out
     */
    public record Squeezed(byte[] bytes, long removed) {
    }

    /** {@code page} with its enormous scripts, styles, comments, attribute values and title shortened. */
    public static Squeezed squeeze(byte[] page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(page.length, 16 << 20));
        int i = 0;
        int n = page.length;
        boolean inBody = false;
        while (i < n) {
            int lt = indexOf(page, (byte) '<', i);
            if (lt < 0) {
                out.write(page, i, n - i);
                break;
            }
            out.write(page, i, lt - i);
            if (startsWith(page, lt, "<!--")) {
                int end = indexOf(page, "-->", lt + 4);
                int stop = end < 0 ? n : end + 3;
                if (stop - lt > MAX_RUN) {
                    out.writeBytes("<!---->".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(page, lt, stop - lt);
                }
                i = stop;
                continue;
            }
            if (lt + 1 >= n || !Character.isLetter(page[lt + 1])) {
                out.write('<'); // a closing tag, or a '<' in text
                i = lt + 1;
                continue;
            }
            int tagEnd = startTag(page, lt, out);
            String name = tagName(page, lt + 1);
            i = tagEnd;
            inBody |= name.equals("body");
            // a script in the body is kept as the byte limit finds it: what follows it is often furniture
            // (an endless comment thread) that would outweigh the article it was cut from
            if (name.equals("script") && !inBody || name.equals("style") || name.equals("title")) {
                int close = indexOfIgnoreCase(page, "</" + name, i);
                int stop = close < 0 ? n : close;
                int length = stop - i;
                int keep = name.equals("title") ? MAX_TITLE : MAX_RUN;
                if (length > keep) {
                    int cut = name.equals("title") ? utf8Boundary(page, i + MAX_TITLE) - i : 0;
                    out.write(page, i, cut);
                } else {
                    out.write(page, i, length);
                }
                i = stop;
            }
        }
        byte[] bytes = out.toByteArray();
        return new Squeezed(bytes, page.length - (long) bytes.length);
    }

    /**
     * Copies the tag that starts at {@code lt} to {@code out}, leaving out the value of any quoted attribute longer
     * than {@link #MAX_RUN}, and returns where the tag ends.
     */
    private static int startTag(byte[] b, int lt, ByteArrayOutputStream out) {
        int i = lt + 1;
        int copiedTo = lt;
        while (i < b.length && b[i] != '>') {
            if (b[i] == '"' || b[i] == '\'') {
                int close = indexOf(b, b[i], i + 1);
                int end = close < 0 ? b.length : close;
                if (end - i - 1 > MAX_RUN) {
                    out.write(b, copiedTo, i + 1 - copiedTo); // up to the opening quote
                    copiedTo = end;
                }
                i = close < 0 ? b.length : close + 1;
            } else {
                i++;
            }
        }
        int stop = Math.min(b.length, i + 1);
        out.write(b, copiedTo, stop - copiedTo);
        return stop;
    }

    private static String tagName(byte[] b, int from) {
        int end = from;
        while (end < b.length && end - from < 10 && Character.isLetter(b[end])) {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
    }

    /** {@code at}, moved back to the start of a UTF-8 sequence. */
    private static int utf8Boundary(byte[] b, int at) {
        int i = at;
        while (i > 0 && (b[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        if (at + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, String s, int from) {
        for (int i = indexOf(b, (byte) s.charAt(0), from); i >= 0; i = indexOf(b, (byte) s.charAt(0), i + 1)) {
            if (startsWith(b, i, s)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(byte[] b, String lower, int from) {
        for (int i = indexOf(b, (byte) '<', from); i >= 0; i = indexOf(b, (byte) '<', i + 1)) {
            if (i + lower.length() > b.length) {
                return -1;
            }
            boolean match = true;
            for (int k = 1; k < lower.length() && match; k++) {
                match = Character.toLowerCase((char) (b[i + k] & 0xFF)) == lower.charAt(k);
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
