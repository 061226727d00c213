package org.broadsheet.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where a snippet's passages may start and end: after a sentence's closing mark ({@code . ! ? …}, maybe followed by
 * closing quotes or brackets) and the space after it when the next sentence does not start in lower case, after
 * Chinese and Japanese full stops, and at line ends (paragraphs). Cruder than the JDK's sentence rules, and many times
 * cheaper: the highlighter asks for the breaks around every match in every result.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int at = current;
        for (int i = 0; i < n && at != DONE; i++) {
            at = next();
        }
        for (int i = 0; i > n && at != DONE; i--) {
            at = previous();
        }
        return at;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return following(current);
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        check(offset);
        int p = offset + 1;
        while (p < text.length() && !isBreak(p)) {
            p++;
        }
        current = Math.min(p, text.length());
        return current;
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        int p = offset - 1;
        while (p > 0 && !isBreak(p)) {
            p--;
        }
        current = Math.max(p, 0);
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator chars) {
        StringBuilder b = new StringBuilder();
        for (char c = chars.first(); c != CharacterIterator.DONE; c = chars.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0-" + text.length() + ")");
        }
    }

    /** True when a passage may start at {@code p} (0 < p < length). */
    private boolean isBreak(int p) {
        char before = text.charAt(p - 1);
        if (before == '\n' || isFullWidthStop(before)) {
            return true;
        }
        char c = text.charAt(p);
        if (!Character.isWhitespace(before) || Character.isWhitespace(c) || Character.isLowerCase(c)) {
            return false;
        }
        int q = p - 1;
        while (q > 0 && Character.isWhitespace(text.charAt(q))) {
            q--;
        }
        while (q > 0 && isClosing(text.charAt(q))) {
            q--;
        }
        char end = text.charAt(q);
        return end == '.' || end == '!' || end == '?' || end == '…';
    }

    private static boolean isFullWidthStop(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }
}
