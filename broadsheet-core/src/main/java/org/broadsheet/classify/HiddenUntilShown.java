package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.block.Block;
import org.broadsheet.block.Visibility;
import org.jsoup.nodes.Element;

/**
 * Pages that hide their own content until a script shows it: a wrapper at {@code opacity:0} that fades in, an
 * anti-flicker class, a {@code hidden} element a streaming renderer moves into place. A reader with a browser sees
 * all of it; read as markup, the whole article is hidden and the page gives nothing. When most of a page's text is
 * hidden and the rules kept almost nothing, each element that itself hides 500 characters or more, mostly not
 * link text (hidden spam is a pile of links), is taken as shown. Hiding inside it (a collapsed menu, a closed
 * dialog) still hides.
 */
public final class HiddenUntilShown {

    /** Least text an element must hide to be taken for a wrapper the page's scripts show. */
    private static final int LEAST_CHARS = 500;

    private HiddenUntilShown() {
    }

    /**
     * The blocks with those hidden by a script-shown wrapper marked visible, or {@code null} when the page does not
     * hide its content that way. {@code keptChars} is how much text the rules kept from {@code blocks}.
     */
    public static List<Block> shown(List<Block> blocks, Visibility visibility, int keptChars) {
        if (keptChars >= 200 || blocks.isEmpty()) {
            return null;
        }
        int total = 0;
        int hidden = 0;
        for (Block b : blocks) {
            total += b.length();
            hidden += b.hidden() ? b.length() : 0;
        }
        if (hidden < LEAST_CHARS || hidden * 2 < total) {
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
        boolean any = false;
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int[] sum = hiderOf[i] == null ? null : byHider.get(hiderOf[i]);
            if (sum != null && sum[0] >= LEAST_CHARS && sum[1] * 2 < sum[0]) {
                out.add(new Block(b.index(), b.text(), b.type(), b.element(), b.linkChars(), false));
                any = true;
            } else {
                out.add(b);
            }
        }
        return any ? out : null;
    }
}
