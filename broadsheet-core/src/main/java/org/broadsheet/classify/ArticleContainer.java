package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.classify.ElementStats.Stats;
import org.jsoup.nodes.Element;

/**
 * Locates the elements that hold the article on a page. Every prose-like block (long enough, few
 * links, sentence punctuation) scores its ancestors, weighted by distance, and the markup's own hints
 * (itemprop="articleBody", "story-body", "sidebar", ...) raise or lower them. The best container is
 * then widened to siblings that carry prose of their own, and to like-classed sections nearby.
 */
final class ArticleContainer {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArticleContainer() {
    }

    /** The article's container elements, or an empty list when the page has no prose at all. */
    static List<Element> locate(ElementStats stats) {
        Element best = bestContainer(stats);
        if (best == null) {
            return List.of();
        }
        List<Element> roots = withProseSiblings(best, stats);
        addTwins(best, roots, stats);
        return roots;
    }

    /** The container in {@code roots} that holds {@code el}, or {@code null}. */
    static Element rootOf(Element el, List<Element> roots) {
        for (Element e = el; e != null; e = e.parent()) {
            for (Element r : roots) {
                if (r == e) {
                    return r;
                }
            }
        }
        return null;
    }

    private static double candidateScore(Element e, Stats s, ElementStats stats) {
        if (s.prose <= 0) {
            return 0;
        }
        double score = s.prose * (1 - s.linkDensity());
        if (MarkupHints.isDeclaredArticleBody(e)) {
            score += 50;
        } else if (stats.marksContent(e)) {
            score += 25;
        }
        if (stats.furniture(e) != null) {
            score -= 25;
        }
        // prose inside a comment thread, footer or sidebar is not the article, however long
        for (Element up = e.parent(); up != null; up = up.parent()) {
            Boilerplate around = stats.furniture(up);
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

    private static Element bestContainer(ElementStats stats) {
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, Stats> en : stats.all().entrySet()) {
            if (aboveBody(en.getKey())) {
                // the document and <html> hold nothing <body> does not, and have no siblings to widen to
                continue;
            }
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
        return widened(best, stats);
    }

    /**
     * The article's text is often cut into many small sections (one per paragraph group, page-builder
     * blocks, a post's several parts), so the best-scoring element holds only part of it. An ancestor that
     * adds plenty of prose, and not much else, is the real container: climb while each step is worth it.
     * Furniture (comments, sidebars) stops the climb; what little furniture is inside is removed block by block.
     */
    private static Element widened(Element best, ElementStats stats) {
        Element cur = best;
        Stats cs = stats.of(cur);
        if (cs == null) {
            return best;
        }
        int misses = 0;
        for (Element p = cur.parent(); p != null && !aboveBody(p) && !p.normalName().equals("body") && misses < 3;
                p = p.parent()) {
            if (isWholeArticle(cur)) {
                // the page's own mark for one whole article: what lies around it is another story's
                break;
            }
            Stats ps = stats.of(p);
            if (ps == null || stats.furniture(p) != null) {
                break;
            }
            int addedProse = ps.proseChars - cs.proseChars;
            int addedOther = (ps.chars - ps.proseChars) - (cs.chars - cs.proseChars);
            int addedLinks = ps.linkChars - cs.linkChars;
            int added = ps.chars - cs.chars;
            if (added == 0) {
                continue;
            }
            if (addedProse >= Math.max(300, 0.3 * cs.proseChars) && addedOther * 2 <= addedProse
                    && addedLinks < 0.35 * added && linkedHeadingsBeside(cur, p) < 2) {
                cur = p;
                cs = ps;
                misses = 0;
            } else {
                misses++;
            }
        }
        return cur;
    }

    private static List<Element> withProseSiblings(Element best, ElementStats stats) {
        List<Element> roots = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            roots.add(best);
            return roots;
        }
        double bestScore = candidateScore(best, stats.of(best), stats);
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                roots.add(sibling);
                continue;
            }
            Stats s = stats.of(sibling);
            if (s == null || stats.furniture(sibling) != null) {
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
    private static void addTwins(Element best, List<Element> roots, ElementStats stats) {
        // twins are looked for near the container only: a comment thread further down may well use
        // the same class names for its posts
        Element region = best;
        for (int i = 0; i < 3 && region.parent() != null && !region.parent().normalName().equals("body"); i++) {
            region = region.parent();
        }
        Element stop = best.parent() == null ? null : best.parent().parent();
        for (Element model = best; model != null && model != stop; model = model.parent()) {
            String cls = model.className();
            if (cls.isBlank() || model == region || !stats.marksContent(model)) {
                continue;
            }
            for (Element twin : region.getElementsByClass(SPACES.split(cls.trim())[0])) {
                if (twin == model || !twin.className().equals(cls) || rootOf(twin, roots) != null
                        || isAncestor(twin, best) || insideFurniture(twin, region, stats)) {
                    continue;
                }
                Stats s = stats.of(twin);
                if (s != null && s.proseChars >= 100 && s.linkDensity() < 0.3 && stats.furniture(twin) == null) {
                    roots.add(twin);
                }
            }
        }
    }

    private static boolean isWholeArticle(Element e) {
        return e.normalName().equals("article") || MarkupHints.isDeclaredArticleBody(e);
    }

    /**
     * Headings that are links, in {@code parent} outside the branch that holds {@code child}: the titles of
     * other stories, whose summaries read like prose but are a list of teasers.
     */
    private static int linkedHeadingsBeside(Element child, Element parent) {
        Element branch = child;
        while (branch.parent() != parent) {
            branch = branch.parent();
        }
        int n = 0;
        for (Element sibling : parent.children()) {
            if (sibling == branch) {
                continue;
            }
            for (Element h : sibling.select("h1, h2, h3, h4, h5, h6")) {
                String text = h.text();
                if (!text.isBlank() && h.selectFirst("a") != null
                        && h.select("a").text().length() * 2 >= text.length()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean aboveBody(Element e) {
        return e.parent() == null || e.normalName().equals("html");
    }

    private static boolean insideFurniture(Element el, Element stop, ElementStats stats) {
        for (Element e = el.parent(); e != null && e != stop; e = e.parent()) {
            if (stats.furniture(e) != null) {
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

}
