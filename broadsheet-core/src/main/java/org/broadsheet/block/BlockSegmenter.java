package org.broadsheet.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.broadsheet.article.BlockType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an HTML document into blocks: each run of inline content inside a block-level element becomes
 * one {@link Block}. Scripts, styles, forms controls and embedded media are skipped; text the page hides from
 * readers ({@link Visibility}) is kept but marked hidden, so that it can be reported (hidden text is a favourite
 * hiding place of injected spam).
 *
 * <p>The walk is iterative, so deeply nested pages cannot overflow the stack; elements deeper than
 * the configured limit are skipped and counted.
 */
public final class BlockSegmenter {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend", "html",
            "option", "frameset", "noframes");

    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "select", "button", "input", "textarea", "head", "map", "source", "track",
            "link", "meta", "title", "base", "datalist", "output", "progress", "meter", "dialog");

    /** Elements whose text is a paragraph's (or a list item's) own words. */
    private static final Set<String> PROSE_PARENTS = Set.of("p", "li", "blockquote", "em", "i", "b", "strong", "span");

    private final int maxDepth;
    private final boolean readsNoscript;

    /** A segmenter that walks at most {@code maxDepth} elements deep and skips {@code <noscript>}. */
    public BlockSegmenter(int maxDepth) {
        this(maxDepth, false);
    }

    /**
     * A segmenter that walks at most {@code maxDepth} elements deep; with {@code readsNoscript}, the content of
     * {@code <noscript>} is read as part of the page (what a reader without scripts sees: some forums and shops
     * put the whole page there and build the visible one with scripts).
     */
    public BlockSegmenter(int maxDepth, boolean readsNoscript) {
        this.maxDepth = maxDepth;
        this.readsNoscript = readsNoscript;
    }

    /** The result of segmenting one document. */
    public record Segmentation(List<Block> blocks, int elementsTooDeep) {
    }

    /** Segments everything under {@code root} (usually the document's body), judging visibility afresh. */
    public Segmentation segment(Element root) {
        return segment(root, new Visibility(root.ownerDocument()));
    }

    /** Segments everything under {@code root} (usually the document's body); {@code visibility} judges hiding. */
    public Segmentation segment(Element root, Visibility visibility) {
        Walker walker = walker(visibility);
        NodeTraversor.filter(walker, root);
        return walker.segmentation();
    }

    /** A walker to be led over the root and everything under it by a walk that others share ({@link Page#of}). */
    Walker walker(Visibility visibility) {
        return new Walker(visibility);
    }

    /** Segments the nodes it is led over; {@link #segmentation()} once the walk is done. */
    final class Walker implements NodeFilter {
        final Visibility visibility;
        /** The open elements that hide their content, innermost last. */
        final List<Element> hiders = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final List<Element> owners = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;
        int preDepth;
        int depth;
        int tooDeep;
        boolean lastWasBreak;

        Walker(Visibility visibility) {
            this.visibility = visibility;
        }

        /** The blocks found, once the walk is done. */
        Segmentation segmentation() {
            flush();
            return new Segmentation(List.copyOf(blocks), tooDeep);
        }

        @Override
        public FilterResult head(Node node, int nodeDepth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            boolean wordsOfTheSentence = tag.equals("button") && inSentence(el);
            if (SKIPPED_TAGS.contains(tag) && !(readsNoscript && tag.equals("noscript")) && !wordsOfTheSentence) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (wordsOfTheSentence) {
                append(" "); // a button is set apart from the words around it
            }
            if (depth >= maxDepth) {
                tooDeep++;
                return FilterResult.SKIP_ENTIRELY;
            }
            depth++;
            if (tag.equals("br")) {
                if (lastWasBreak) {
                    flush();
                } else {
                    text.append('\n');
                    lastWasBreak = true;
                }
                return FilterResult.CONTINUE;
            }
            if (tag.equals("img")) {
                return FilterResult.CONTINUE;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.add(el);
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
            if (visibility.hides(el)) {
                hiders.add(el);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int nodeDepth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            depth--;
            if (tag.equals("br") || tag.equals("img")) {
                return FilterResult.CONTINUE;
            }
            if (tag.equals("button") && !(el.nextSibling() instanceof TextNode after && after.text().matches("(?s)[,;.)].*"))) {
                append(" "); // only a button inside a sentence is walked (see head)
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.remove(owners.size() - 1);
            }
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (!hiders.isEmpty() && hiders.get(hiders.size() - 1) == el) {
                hiders.remove(hiders.size() - 1);
            }
            return FilterResult.CONTINUE;
        }

        void append(String raw) {
            if (raw.isEmpty()) {
                return;
            }
            boolean visible = false;
            for (int i = 0; i < raw.length() && !visible; i++) {
                visible = !NormalizedText.isSpace(raw.charAt(i));
            }
            if (visible) {
                lastWasBreak = false;
            }
            text.append(raw);
            if (linkDepth > 0) {
                linkChars += NormalizedText.of(raw).length();
            }
        }

        void flush() {
            lastWasBreak = false;
            if (text.length() == 0) {
                return;
            }
            // preformatted text (code, verse, tables drawn in characters) keeps its lines and indentation
            String normalized = preDepth > 0 ? preformatted(text) : NormalizedText.of(text);
            text.setLength(0);
            int links = Math.min(linkChars, normalized.length());
            linkChars = 0;
            if (normalized.isEmpty() || owners.isEmpty()) {
                return;
            }
            Element owner = owners.get(owners.size() - 1);
            blocks.add(new Block(blocks.size(), normalized, typeOf(owner), owner, links, !hiders.isEmpty()));
        }
    }

    /**
     * A button that is part of a sentence: a paragraph's words run up to it and on after it ("said MIT professor
     * [Jane Roe,] the founding director of ..."), as when a name opens a side note. Its words are the sentence's; a
     * control that stands alone ("Share", "Read more", a menu's toggle) has no words of the paragraph on both sides.
     */
    static boolean inSentence(Element button) {
        Element parent = button.parent();
        if (parent == null || !PROSE_PARENTS.contains(parent.normalName()) || button.childrenSize() > 0
                || !button.ownText().matches(".*\\p{L}{2}.*")) {
            return false;
        }
        return button.previousSibling() instanceof TextNode before && before.text().matches("(?s).*\\p{L}{2}\\s*")
                && button.nextSibling() instanceof TextNode after && after.text().matches("(?s)\\s*[\\p{L},;.)].*");
    }

    /**
     * Preformatted text with its line breaks and indentation kept: each line loses its trailing spaces and the
     * characters that never show, blank lines at either end go.
     */
    static String preformatted(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\r?\n|\r", -1)) {
            StringBuilder kept = new StringBuilder(line.length());
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!NormalizedText.isInvisible(c)) {
                    kept.append(c == '\t' ? "    " : c == '\u00A0' ? " " : String.valueOf(c));
                }
            }
            int end = kept.length();
            while (end > 0 && NormalizedText.isSpace(kept.charAt(end - 1))) {
                end--;
            }
            if (end == 0 && out.length() == 0) {
                continue;
            }
            out.append(kept, 0, end).append('\n');
        }
        int end = out.length();
        while (end > 0 && NormalizedText.isSpace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(0, end);
    }

    /** What kind of block the nearest telling ancestor makes of the text. */
    static BlockType typeOf(Element owner) {
        BlockType nearest = null;
        int steps = 0;
        for (Element e = owner; e != null && steps < 6; e = e.parent(), steps++) {
            BlockType t = switch (e.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockType.HEADING;
                case "li", "dd", "dt" -> BlockType.LIST_ITEM;
                case "blockquote" -> BlockType.QUOTE;
                case "figcaption", "caption" -> BlockType.CAPTION;
                case "td", "th" -> BlockType.TABLE;
                case "pre" -> BlockType.CODE;
                case "p" -> steps == 0 ? BlockType.PARAGRAPH : null;
                default -> null;
            };
            if (t == BlockType.QUOTE) {
                // whatever its inner markup, text inside a blockquote is quoted
                return t;
            }
            if (nearest == null) {
                nearest = t;
            }
        }
        return nearest == null ? BlockType.PARAGRAPH : nearest;
    }
}
