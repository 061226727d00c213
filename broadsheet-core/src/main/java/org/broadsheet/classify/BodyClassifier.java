package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.Block;
import org.jsoup.nodes.Element;

/**
 * Decides which blocks of an HTML page are the article body.
 *
 * <p>First it locates the article's container: every prose-like block (long enough, few links,
 * sentence punctuation) scores its ancestors, weighted by distance, and the markup's own hints
 * (itemprop="articleBody", "story-body", "sidebar", ...) raise or lower them. The best container,
 * widened to siblings that carry prose of their own, is the article. Then each block inside it is
 * checked against the furniture that publishers put inside articles: share bars, ad slots, captions,
 * related links, bylines. Blocks outside it are reported with the kind their markup suggests.
 */
public final class BodyClassifier {

    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "blockquote", "dd", "dt",
            "figcaption", "caption", "summary", "address");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** How far up a paragraph's score reaches. */
    private static final int SCORE_LEVELS = 5;

    /** Classifies {@code blocks}, in order. {@code title} (may be null) is the headline found by metadata. */
    public List<Decision> classify(List<Block> blocks, String title) {
        Map<Element, Stats> stats = collectStats(blocks);
        Element best = bestContainer(stats);
        List<Decision> out = new ArrayList<>(blocks.size());
        if (best == null) {
            for (Block b : blocks) {
                out.add(Decision.removed(b, Boilerplate.OTHER, "page has no prose"));
            }
            return out;
        }
        List<Element> roots = withProseSiblings(best, stats);
        addTwins(best, roots, stats);
        String normalizedTitle = title == null ? null : comparable(title);
        for (Block b : blocks) {
            out.add(decide(b, roots, normalizedTitle, stats));
        }
        return ArticleEdges.trim(out);
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

    private static Map<Element, Stats> collectStats(List<Block> blocks) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
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
        return stats;
    }

    /**
     * The furniture kind the element's markup claims, unless its content belies the claim: share bars,
     * ad slots and link lists do not hold several paragraphs of plain prose, so a container with
     * such prose is taken to be misnamed ("entry-content-read-more", "layout-with-sidebar"). Comment
     * threads do hold prose, so their mark always stands.
     */
    static Boilerplate furniture(Element e, Stats s) {
        Boilerplate kind;
        if (s == null) {
            kind = MarkupHints.furniture(e);
        } else {
            if (!s.markKnown) {
                s.mark = MarkupHints.furniture(e);
                s.markKnown = true;
            }
            kind = s.mark;
        }
        if (kind == null || kind == Boilerplate.COMMENTS || s == null) {
            return kind;
        }
        return s.proseChars >= 400 && s.proseChars * 2 >= s.chars ? null : kind;
    }

    private static double candidateScore(Element e, Stats s, Map<Element, Stats> stats) {
        if (s.prose <= 0) {
            return 0;
        }
        double score = s.prose * (1 - s.linkDensity());
        if (MarkupHints.isDeclaredArticleBody(e)) {
            score += 50;
        } else if (MarkupHints.marksContent(e)) {
            score += 25;
        }
        if (furniture(e, s) != null) {
            score -= 25;
        }
        // prose inside a comment thread, footer or sidebar is not the article, however long
        for (Element up = e.parent(); up != null; up = up.parent()) {
            Boilerplate around = furniture(up, stats.get(up));
            if (around != null && around != Boilerplate.BYLINE && around != Boilerplate.CAPTION
                    && around != Boilerplate.TAGS && around != Boilerplate.SHARE) {
                score *= 0.3;
                break;
            }
        }
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) {
            score += 10;
        }
        if (tag.equals("body") || tag.equals("html")) {
            score *= 0.5;
        }
        return score;
    }

    private static Element bestContainer(Map<Element, Stats> stats) {
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, Stats> en : stats.entrySet()) {
            double score = candidateScore(en.getKey(), en.getValue(), stats);
            if (score > 0) {
                scores.put(en.getKey(), score);
            }
            if (score > bestScore) {
                bestScore = score;
                best = en.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        // A parent that scores higher than its best child is the better container: the article's
        // paragraphs were split among several children.
        double last = bestScore;
        double floor = bestScore / 3;
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body");
                parent = parent.parent()) {
            Double ps = scores.get(parent);
            if (ps == null) {
                continue;
            }
            if (ps < floor) {
                break;
            }
            if (ps > last) {
                best = parent;
                break;
            }
            last = ps;
        }
        // A container that is its parent's only child says nothing its parent does not.
        while (best.parent() != null && !best.parent().normalName().equals("body")
                && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    private static List<Element> withProseSiblings(Element best, Map<Element, Stats> stats) {
        List<Element> roots = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            roots.add(best);
            return roots;
        }
        double bestScore = candidateScore(best, stats.get(best), stats);
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                roots.add(sibling);
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null || furniture(sibling, s) != null) {
                continue;
            }
            double bonus = !best.className().isEmpty() && best.className().equals(sibling.className())
                    ? bestScore * 0.2 : 0;
            if (candidateScore(sibling, s, stats) + bonus >= threshold && s.proseChars * 2 >= s.chars
                    && s.linkDensity() < 0.3) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p") && ProseSignals.isProse(sibling.text(), s.linkDensity())) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /**
     * Some pages cut the article into several sections of the same make, with figures, pull quotes
     * or ads between them. Elements classed exactly like the chosen container (or its parent), where
     * that class names article content, and that carry prose of their own are parts of the same article.
     */
    private static void addTwins(Element best, List<Element> roots, Map<Element, Stats> stats) {
        // twins are looked for near the container only: a comment thread further down may well use
        // the same class names for its posts
        Element region = best;
        for (int i = 0; i < 3 && region.parent() != null && !region.parent().normalName().equals("body"); i++) {
            region = region.parent();
        }
        for (Element model = best; model != null && model != best.parent().parent(); model = model.parent()) {
            String cls = model.className();
            if (cls.isBlank() || model == region || !MarkupHints.marksContent(model)) {
                continue;
            }
            for (Element twin : region.getElementsByClass(cls.trim().split("\\s+")[0])) {
                if (twin == model || !twin.className().equals(cls) || rootOf(twin, roots) != null
                        || isAncestor(twin, best) || insideFurniture(twin, region, stats)) {
                    continue;
                }
                Stats s = stats.get(twin);
                if (s != null && s.proseChars >= 100 && s.linkDensity() < 0.3 && furniture(twin, s) == null) {
                    roots.add(twin);
                }
            }
        }
    }

    private static boolean insideFurniture(Element el, Element stop, Map<Element, Stats> stats) {
        for (Element e = el.parent(); e != null && e != stop; e = e.parent()) {
            if (furniture(e, stats.get(e)) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element candidate, Element of) {
        for (Element e = of.parent(); e != null; e = e.parent()) {
            if (e == candidate) {
                return true;
            }
        }
        return false;
    }

    private static Decision decide(Block b, List<Element> roots, String title, Map<Element, Stats> stats) {
        Element root = rootOf(b.element(), roots);
        if (b.hidden()) {
            return Decision.removed(b, Boilerplate.HIDDEN, "hidden by the page's markup");
        }
        if (root == null) {
            Boilerplate kind = nearestFurniture(b.element(), null, stats);
            if (kind != null) {
                return Decision.removed(b, kind, "outside the article, in " + describe(b.element(), kind, stats));
            }
            return Decision.removed(b, Boilerplate.OUTSIDE_ARTICLE, "outside the article's container");
        }
        if (title != null && b.type() == BlockType.HEADING && comparable(b.text()).equals(title)) {
            return Decision.removed(b, Boilerplate.TITLE, "the headline");
        }
        Boilerplate kind = nearestFurniture(b.element(), root, stats);
        if (kind != null) {
            return Decision.removed(b, kind, "inside " + describe(b.element(), kind, stats));
        }
        if (b.type() == BlockType.CAPTION || insideFigure(b.element(), root)) {
            return Decision.removed(b, Boilerplate.CAPTION, "figure caption");
        }
        if (b.text().codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return Decision.removed(b, Boilerplate.OTHER, "separator line without words");
        }
        if (b.type() != BlockType.QUOTE && BylineLine.matches(b.text())) {
            return Decision.removed(b, Boilerplate.BYLINE, "credit or dateline line");
        }
        Boilerplate phrase = StockPhrases.kindOf(b.text());
        if (phrase != null) {
            return Decision.removed(b, phrase, "stock phrase \"" + b.text() + "\"");
        }
        boolean sentence = b.element().normalName().equals("p") && ProseSignals.endsSentence(b.text()) && b.length() >= 60;
        if (b.linkDensity() > (sentence ? 0.8 : 0.5) && b.length() < 300) {
            return Decision.removed(b, Boilerplate.RELATED, String.format("mostly links (%.0f%%)", 100 * b.linkDensity()));
        }
        return Decision.body(b, "prose inside the article's container");
    }

    private static boolean insideFigure(Element el, Element root) {
        for (Element e = el; e != null && e != root; e = e.parent()) {
            if (e.normalName().equals("figure")) {
                return true;
            }
        }
        return false;
    }

    private static Element rootOf(Element el, List<Element> roots) {
        for (Element e = el; e != null; e = e.parent()) {
            for (Element r : roots) {
                if (r == e) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The kind of the nearest element from {@code el} up to (not including) {@code stop} that marks
     * furniture. A mark on an element that holds most of the article's text is a misnomer (a post
     * container classed "has-share-bar", say) and is ignored.
     */
    private static Boilerplate nearestFurniture(Element el, Element stop, Map<Element, Stats> stats) {
        for (Element e = el; e != null && e != stop; e = e.parent()) {
            Boilerplate kind = furniture(e, stats.get(e));
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static String describe(Element el, Boilerplate kind, Map<Element, Stats> stats) {
        for (Element e = el; e != null; e = e.parent()) {
            if (furniture(e, stats.get(e)) == kind) {
                StringBuilder sb = new StringBuilder("<").append(e.normalName());
                if (!e.id().isEmpty()) {
                    sb.append(" id=\"").append(e.id()).append('"');
                }
                if (!e.className().isEmpty()) {
                    sb.append(" class=\"").append(e.className()).append('"');
                }
                if (e.hasAttr("role")) {
                    sb.append(" role=\"").append(e.attr("role")).append('"');
                }
                return sb.append('>').toString();
            }
        }
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static String comparable(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
