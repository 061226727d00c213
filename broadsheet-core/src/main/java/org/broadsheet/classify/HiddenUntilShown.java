package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.article.BlockType;
import org.broadsheet.block.Block;
import org.broadsheet.block.Visibility;
import org.jsoup.nodes.Element;

/**
 * Pages that hide their own content until a script shows it: a wrapper at {@code opacity:0} that fades in, an
 * anti-flicker class, a {@code hidden} element a streaming renderer moves into place. A reader with a browser sees
 * all of it; read as markup, the whole article is hidden and the page gives nothing, or only what lies outside the
 * hidden part (the headline, a teaser, a list of other stories, a table of prices). Each element that itself hides
 * 500 characters or more, mostly not link text (hidden spam is a pile of links), is taken as shown when the rules
 * kept almost nothing and most of the page's text is hidden, or when the paragraphs of prose such elements hide
 * come to twice all the rules kept or more, in ten paragraphs or more: what was kept is then the furniture around a
 * hidden article. In that second case the caller keeps the shown page only when it reads as an article (a
 * product's closed tabs hide prose too). Hiding inside such an element (a collapsed menu, a closed dialog) still
 * hides.
 */
public final class HiddenUntilShown {

    /** Less kept text than this is almost nothing: the page is read as shown without weighing what it hides. */
    public static final int KEPT_LITTLE = 200;

    /**
     * How many times all the rules kept the prose hidden by wrappers must come to when the rules did keep something:
     * an article outweighs the headline, teasers and tables left around it many times over, while a page whose own
     * article was kept may still hide a passage or two of prose (a closed panel, a second version of a summary).
     */
    static final int OUTWEIGHS = 2;

    /**
     * Least paragraphs of prose the wrappers must hide when the rules kept something: an article runs to many, while
     * a hidden copy of a page's summary or of its whole text (for sharing, printing) is a few long blocks.
     */
    static final int LEAST_PARAGRAPHS = 10;

    /** Least text an element must hide to be taken for a wrapper the page's scripts show. */
    private static final int LEAST_CHARS = 500;

    private HiddenUntilShown() {
    }

    /**
     * The blocks with those hidden by a script-shown wrapper marked visible, or {@code null} when the page does not
     * hide its content that way. {@code keptChars} is how much text the rules kept from {@code blocks}.
     */
    public static List<Block> shown(List<Block> blocks, Visibility visibility, int keptChars) {
        if (blocks.isEmpty()) {
            return null;
        }
        boolean keptLittle = keptChars < KEPT_LITTLE;
        int total = 0;
        int hidden = 0;
        for (Block b : blocks) {
            total += b.length();
            hidden += b.hidden() ? b.length() : 0;
        }
        // most pages stop here, before the hiding elements are looked up: the hidden prose weighed below is part of
        // all hidden text, so too little hidden text settles it
        if (keptLittle ? hidden < LEAST_CHARS || hidden * 2 < total : hidden < OUTWEIGHS * keptChars) {
            return null;
        }
        // the text and link text each hiding element hides itself (not through a hidden element inside it)
        Map<Element, int[]> byHider = new IdentityHashMap<>();
        Element[] hiderOf = new Element[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.hidden() && b.element() != null) {
                hiderOf[i] = visibility.hidingElement(b.element());
                if (hiderOf[i] != null) {
                    int[] sum = byHider.computeIfAbsent(hiderOf[i], e -> new int[2]);
                    sum[0] += b.length();
                    sum[1] += b.linkChars();
                }
            }
        }
        if (!keptLittle) {
            // the paragraphs of running prose the wrappers hide: an article's, or a product's closed tabs
            int hiddenProse = 0;
            int paragraphs = 0;
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                int[] sum = hiderOf[i] == null ? null : byHider.get(hiderOf[i]);
                if (sum != null && wrapper(sum) && b.type() == BlockType.PARAGRAPH
                        && ProseSignals.isProse(b.text(), b.linkDensity())) {
                    hiddenProse += b.length();
                    paragraphs++;
                }
            }
            if (paragraphs < LEAST_PARAGRAPHS || hiddenProse < OUTWEIGHS * keptChars) {
                return null;
            }
        }
        boolean any = false;
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int[] sum = hiderOf[i] == null ? null : byHider.get(hiderOf[i]);
            if (sum != null && wrapper(sum)) {
                out.add(new Block(b.index(), b.text(), b.type(), b.element(), b.linkChars(), false));
                any = true;
            } else {
                out.add(b);
            }
        }
        return any ? out : null;
    }

    /** Whether an element hiding {@code sum} (its text and link text) is taken for a wrapper a script shows. */
    private static boolean wrapper(int[] sum) {
        return sum[0] >= LEAST_CHARS && sum[1] * 2 < sum[0];
    }
}
