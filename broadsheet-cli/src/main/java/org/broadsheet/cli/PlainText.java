package org.broadsheet.cli;

/**
 * Makes page text safe to print on a terminal: control characters (C0 except newline and tab, DEL,
 * C1) are dropped, so that a page cannot move the cursor, retitle the window or recolour the
 * terminal through escape sequences.
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code text} without control characters other than newline and tab. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
