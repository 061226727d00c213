package org.broadsheet.classify;

import org.broadsheet.article.BlockType;
import org.broadsheet.block.Block;
import org.broadsheet.block.NormalizedText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A photo's caption that the markup does not call one: a short paragraph that shares a small box with one picture and
 * nothing else (an image above a line "Crowds gather outside the court on Monday. (Jane Roe/Agency)", a gallery cell,
 * an image and its credit in one table cell). Read as prose, its credit gives photographers as people and its
 * dates and counts as figures. A picture floated inside a paragraph of the story is not a caption: there the image
 * and the words are in the same element; and a page with many such boxes is a list of entries (a product, a tool, a
 * review beside its picture), whose lines are the content.
 */
final class ImageCaption {

    /** Captions are a line or two; a box holding a picture and a longer text is a teaser or a story card. */
    static final int MAX_CHARS = 320;
    /** More boxes of a picture and its line than this on one page are entries of a list, not captions. */
    static final int MAX_PER_PAGE = 3;
    /** How far above the block's element the box holding the picture may start. */
    private static final int MAX_LEVELS = 3;
    /** Most nodes a box holding a picture and its line may have: a bigger one is a section, and not walked further. */
    private static final int MAX_NODES = 80;

    private ImageCaption() {
    }

    /** True when {@code block} is the only text of a small box that also holds exactly one picture. */
    static boolean matches(Block block) {
        if (block.type() != BlockType.PARAGRAPH || block.length() > MAX_CHARS || block.element() == null) {
            return false;
        }
        Element e = block.element();
        for (int level = 0; level <= MAX_LEVELS && e != null; level++, e = e.parent()) {
            if (!small(e)) {
                return false; // bounds the work: each short paragraph of a long page would walk the whole story
            }
            var images = e.getElementsByTag("img");
            if (images.isEmpty()) {
                if (!sameText(e, block)) {
                    return false; // the box around the block holds other text before it reaches a picture
                }
                continue;
            }
            return images.size() == 1 && !holdsWords(images.first().parent()) && sameText(e, block);
        }
        return false;
    }

    /** True when {@code e} holds at most {@link #MAX_NODES} nodes; stops counting past that. */
    private static boolean small(Element e) {
        int[] nodes = {0};
        e.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return ++nodes[0] > MAX_NODES ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return nodes[0] <= MAX_NODES;
    }

    private static boolean sameText(Element e, Block block) {
        return NormalizedText.of(e.text()).equals(NormalizedText.of(block.text()));
    }

    /** True when {@code el} has words of its own beside its child elements: a picture floated in a paragraph. */
    private static boolean holdsWords(Element el) {
        for (TextNode t : el.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
