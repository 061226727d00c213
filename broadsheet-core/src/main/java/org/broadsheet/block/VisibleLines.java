package org.broadsheet.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of a page as a reader sees it, one line per block (roughly what a browser's
 * {@code innerText} gives), each line remembering the block element it came from. Bylines and dates are
 * looked for in these lines because their pieces are often split over inline elements.
 */
public final class VisibleLines {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "br", "body",
            "center", "details", "summary", "caption", "tbody", "thead");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "select", "option", "head", "title", "object", "canvas", "button", "textarea", "input");

    /** The visible lines of a page that has no markup: none. */
    public static final VisibleLines NONE = new VisibleLines(List.of());

    private final List<Line> lines;

    private VisibleLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * One line of visible text.
     *
     * @param text the normalized text
     * @param block the block element that holds it
     */
    public record Line(String text, Element block) {
    }

    /** Flattens the visible text under {@code root}, judging visibility afresh. */
    public static VisibleLines of(Element root) {
        return of(root, new Visibility(root.ownerDocument()));
    }

    /** Flattens the text under {@code root} that {@code visibility} does not find hidden. */
    public static VisibleLines of(Element root, Visibility visibility) {
        Reader reader = new Reader(root, visibility);
        NodeTraversor.filter(reader, root);
        return reader.lines();
    }

    /** Reads the lines of the nodes it is led over (the root and everything under it); {@link #lines()} after. */
    static final class Reader implements NodeFilter {
        private final Visibility visibility;
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private Element currentBlock;

        Reader(Element root, Visibility visibility) {
            this.visibility = visibility;
            this.currentBlock = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (INVISIBLE.contains(tag) || visibility.hides(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                    flush(lines, current, currentBlock);
                    currentBlock = el;
                }
            } else if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                flush(lines, current, currentBlock);
                currentBlock = el.parent() != null ? el.parent() : el;
            }
            return FilterResult.CONTINUE;
        }

        /** The lines read, once the walk is done. */
        VisibleLines lines() {
            flush(lines, current, currentBlock);
            return new VisibleLines(lines);
        }
    }

    private static void flush(List<Line> lines, StringBuilder current, Element block) {
        if (current.length() > 0) {
            String text = NormalizedText.of(current);
            if (!text.isEmpty()) {
                lines.add(new Line(text, block));
            }
            current.setLength(0);
        }
    }

    /** All lines, in page order. */
    public List<Line> lines() {
        return lines;
    }

    /** The index of the first line that reads exactly {@code text}, or -1. */
    public int indexOfText(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first line that comes from {@code el} or from inside it, or -1. */
    public int indexOf(Element el) {
        for (int i = 0; i < lines.size(); i++) {
            Element b = lines.get(i).block();
            if (b == el || b.parents().contains(el)) {
                return i;
            }
        }
        return -1;
    }
}
