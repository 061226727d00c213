package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * A highlighted passage as plain pieces of text, each marked as a match or not: never HTML, so that whoever shows
 * it (a terminal, a web page through {@code textContent}) cannot be made to run page text.
 *
 * @param parts the pieces in order
 */
public record Snippet(List<Part> parts) {

    /**
     * One piece of a snippet.
     *
     * @param text the text
     * @param hit true when it matched the query
     */
    public record Part(String text, boolean hit) {
    }

    /** The snippet as text, with matches between the given marks (for a terminal). */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.hit() ? open + p.text() + close : p.text()));
        return b.toString();
    }

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /** A snippet from a {@link Formatter}'s text. */
    static Snippet parse(String marked) {
        List<Part> parts = new ArrayList<>();
        boolean hit = false;
        int from = 0;
        for (int i = 0; i <= marked.length(); i++) {
            if (i == marked.length() || marked.charAt(i) == OPEN || marked.charAt(i) == CLOSE) {
                if (i > from) {
                    parts.add(new Part(marked.substring(from, i), hit));
                }
                if (i < marked.length()) {
                    hit = marked.charAt(i) == OPEN;
                }
                from = i + 1;
            }
        }
        return new Snippet(parts);
    }

    /** A snippet of plain text with no match in it. */
    static Snippet plain(String text) {
        return new Snippet(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /**
     * Writes the highlighter's passages with matches between two private-use characters (removed from the page's
     * own text first), for {@link #parse}; passages are joined by an ellipsis.
     */
    static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder b = new StringBuilder();
            for (Passage p : passages) {
                if (b.length() > 0) {
                    b.append(" … ");
                }
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(p.getMatchStarts()[i], pos);
                    int end = p.getMatchEnds()[i];
                    if (end <= start) {
                        continue;
                    }
                    if (pos > p.getStartOffset() && b.charAt(b.length() - 1) == CLOSE
                            && content.substring(pos, start).isBlank()) {
                        // words of a phrase, or query words side by side: one match
                        b.setLength(b.length() - 1);
                        b.append(clean(content, pos, end)).append(CLOSE);
                    } else {
                        b.append(clean(content, pos, start)).append(OPEN).append(clean(content, start, end))
                                .append(CLOSE);
                    }
                    pos = end;
                }
                b.append(clean(content, pos, Math.max(pos, p.getEndOffset())));
            }
            return b.toString();
        }

        private static String clean(String content, int from, int to) {
            return content.substring(from, to).replace('\n', ' ').replace(OPEN, ' ').replace(CLOSE, ' ');
        }
    }
}
