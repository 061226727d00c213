package org.broadsheet.cli;

/** Page text made safe for a terminal: control characters (escape sequences, carriage returns) become spaces. */
final class TerminalText {

    private TerminalText() {
    }

    static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT && c != 0x200D ? ' ' : c));
        return b.toString();
    }
}
