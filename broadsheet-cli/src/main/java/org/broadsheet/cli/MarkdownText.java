package org.broadsheet.cli;

import java.util.regex.Pattern;

/**
 * Escapes text for Markdown (CommonMark and GitHub-flavoured), so that it reads as the same words
 * and nothing else: no emphasis, links, headings, lists or raw HTML can come from it. {@code <},
 * {@code >} and {@code &} become entities, so that no HTML from a page reaches a browser; control
 * characters are dropped.
 */
public final class MarkdownText {

    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");
    private static final String BACKSLASHED = "\\`*_[]#|~";

    private MarkdownText() {
    }

    /** {@code text} escaped for use inside a paragraph, heading, list item or quote. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] lines = PlainText.clean(text).split("\\R", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            out.append(escapeLine(lines[l].strip()));
        }
        return out.toString();
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        if (!line.isEmpty() && "+-=".indexOf(line.charAt(0)) >= 0) {
            out.append('\\');
        }
        var number = LIST_NUMBER.matcher(line);
        int numberEnd = number.find() ? number.end(1) : -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (i == numberEnd) {
                out.append('\\').append(c);
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (BACKSLASHED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} as a fenced code block. Its content is shown as it is, so it is not escaped; the
     * fence is longer than any run of backticks inside.
     */
    public static String codeBlock(String raw) {
        String text = PlainText.clean(raw);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + text + "\n" + fence;
    }
}
