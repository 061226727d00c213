package org.broadsheet.classify;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.Block;
import org.jsoup.nodes.Element;

/**
 * Per-element sums over the blocks below each element of one page: how much text, how much of it
 * link text, how much prose, and a prose score that decays with distance. Computed once per page and
 * shared by the container search and the block decisions.
 */
final class ElementStats {

    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "blockquote", "dd", "dt",
            "figcaption", "caption", "summary", "address");

    /** How far up a paragraph's score reaches. */
    private static final int SCORE_LEVELS = 5;

    private final Map<Element, Stats> stats;
    private final Map<Element, Boilerplate> marksWithoutStats = new IdentityHashMap<>();
    private final MarkupHints.PageNames names = new MarkupHints.PageNames();

    private ElementStats(Map<Element, Stats> stats) {
        this.stats = stats;
    }

    /** Per-element sums over the blocks below it. */
    static final class Stats {
        double prose;
        int chars;
        int linkChars;
        int proseBlocks;
        int proseChars;
        Boilerplate mark;
        boolean markKnown;

        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }
    }

    /** The sums for {@code e}, or {@code null} when no visible text lies below it. */
    Stats of(Element e) {
        return stats.get(e);
    }

    /** Every element with visible text below it, with its sums. */
    Map<Element, Stats> all() {
        return stats;
    }

    static ElementStats collect(List<Block> blocks) {
        // jsoup's elements are equal only to themselves; insertion order (reading order, then up) makes a tie
        // between two candidate containers go the same way on every run, as an identity map's order does not
        Map<Element, Stats> stats = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.hidden()) {
                continue;
            }
            for (Element e = b.element(); e != null; e = e.parent()) {
                Stats s = stats.computeIfAbsent(e, k -> new Stats());
                s.chars += b.length();
                s.linkChars += b.linkChars();
            }
            double score = ProseSignals.proseScore(b);
            if (score <= 0) {
                continue;
            }
            if (b.linkDensity() < 0.25) {
                for (Element e = b.element(); e != null; e = e.parent()) {
                    stats.get(e).proseChars += b.length();
                }
            }
            Element start = PARAGRAPH_TAGS.contains(b.element().normalName()) ? b.element().parent() : b.element();
            int level = 0;
            for (Element e = start; e != null && level < SCORE_LEVELS; e = e.parent(), level++) {
                Stats s = stats.computeIfAbsent(e, k -> new Stats());
                s.prose += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3.0);
                s.proseBlocks++;
            }
        }
        return new ElementStats(stats);
    }

    /** True when the element's markup says it holds the article text. */
    boolean marksContent(Element e) {
        return MarkupHints.marksContent(e, names);
    }

    /**
     * The furniture kind the element's markup claims, unless its content belies the claim: share bars,
     * ad slots and link lists do not hold several paragraphs of plain prose, so a container with
     * such prose is taken to be misnamed ("entry-content-read-more", "layout-with-sidebar"). Comment
     * threads do hold prose, so their mark always stands.
     */
    Boilerplate furniture(Element e) {
        Stats s = stats.get(e);
        Boilerplate kind;
        if (s == null) {
            // elements without text of their own: still asked once per block below them
            if (!marksWithoutStats.containsKey(e)) {
                marksWithoutStats.put(e, MarkupHints.furniture(e, names));
            }
            kind = marksWithoutStats.get(e);
        } else {
            if (!s.markKnown) {
                s.mark = MarkupHints.furniture(e, names);
                s.markKnown = true;
            }
            kind = s.mark;
        }
        if (kind == null || kind == Boilerplate.COMMENTS || s == null) {
            return kind;
        }
        return s.proseChars >= 400 && s.proseChars * 2 >= s.chars ? null : kind;
    }

}
