package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup an inline script writes into the page with {@code document.write} or {@code document.writeln}: the
 * string literals of the call's argument joined as the script would join them. A planted run is put there, often cut
 * into pieces and glued with {@code +}, because a reader of the page's markup sees only a script; a browser shows the
 * written markup. Only literal strings are read: an argument that names a variable or calls a function is read up to
 * there, so an honest script that writes a tag built from its own values yields little text.
 */
final class ScriptWrites {

    private static final Pattern CALL = Pattern.compile("document\\s*\\.\\s*write(?:ln)?\\s*\\(");

    private ScriptWrites() {
    }

    /** The markup each {@code document.write} call of {@code script} writes, in order; empty strings left out. */
    static List<String> of(String script) {
        List<String> out = new ArrayList<>();
        Matcher m = CALL.matcher(script);
        while (m.find()) {
            String written = argument(script, m.end());
            if (!written.isBlank()) {
                out.add(written);
            }
        }
        return out;
    }

    /** The string literals from {@code at} on, joined while only {@code +} and spaces stand between them. */
    private static String argument(String s, int at) {
        StringBuilder sb = new StringBuilder();
        int i = at;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = literal(s, i, sb);
            } else if (c == '+' || Character.isWhitespace(c)) {
                i++;
            } else {
                break; // the end of the argument, or a value the script computes
            }
        }
        return sb.toString();
    }

    /** Appends the literal opened at {@code open} to {@code sb}, its escapes read; returns the index after it. */
    private static int literal(String s, int open, StringBuilder sb) {
        char quote = s.charAt(open);
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' && i + 1 < s.length()) {
                i = escape(s, i + 1, sb);
                continue;
            }
            sb.append(c);
            i++;
        }
        return i;
    }

    /** Appends the character escaped at {@code i} (after the backslash); returns the index after the escape. */
    private static int escape(String s, int i, StringBuilder sb) {
        char e = s.charAt(i);
        switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'u', 'x' -> {
                int len = e == 'u' ? 4 : 2;
                if (i + 1 + len <= s.length() && s.substring(i + 1, i + 1 + len).matches("[0-9A-Fa-f]+")) {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                    return i + 1 + len;
                }
                sb.append(e);
            }
            default -> sb.append(e); // \' \" \/ \\ and any other: the character itself
        }
        return i + 1;
    }
}
