package org.broadsheet.block;

import java.util.ArrayList;
import java.util.List;

/**
 * The names in a {@code class} attribute, split at whitespace as HTML does, without a regular expression: pages
 * carry a class attribute on most elements, and the split is asked for again and again.
 */
public final class ClassList {

    private ClassList() {
    }

    /** The names in {@code attribute}, in order, duplicates kept; separators are the regular expression's {@code \s}. */
    public static List<String> of(String attribute) {
        List<String> names = new ArrayList<>(4);
        int n = attribute.length();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && !isSeparator(attribute.charAt(end))) {
                end++;
            }
            if (end > start) {
                names.add(attribute.substring(start, end));
            }
            start = end + 1;
        }
        return names;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
