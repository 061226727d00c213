package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Every element of one page in document order, gathered in a single walk. The metadata readers ask a dozen
 * page-wide questions (meta tags, JSON-LD scripts, time elements, logos, footers, breadcrumbs); filtering this
 * list answers each as {@link Element#select} would, without walking the tree again.
 *
 * <p>Selectors given here must not use combinators or {@code :not}: jsoup keeps per-query memos for those that
 * only its own {@code select} clears. The page must not change while its elements are in use.
 */
public final class PageElements {

    private final Document document;
    private final List<Element> all;
    private final int bodyFrom;
    private final int bodyTo;
    private final Map<String, List<Element>> byTag;

    private PageElements(Document document, List<Element> all, int bodyFrom, int bodyTo,
            Map<String, List<Element>> byTag) {
        this.document = document;
        this.all = all;
        this.bodyFrom = bodyFrom;
        this.bodyTo = bodyTo;
        this.byTag = byTag;
    }

    /** Gathers the elements of {@code doc}. */
    public static PageElements of(Document doc) {
        List<Element> all = new ArrayList<>();
        Map<String, List<Element>> byTag = new HashMap<>();
        Element body = doc.body();
        int[] bodyRange = {0, 0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el == body) {
                        bodyRange[0] = all.size();
                    }
                    all.add(el);
                    byTag.computeIfAbsent(el.normalName(), t -> new ArrayList<>()).add(el);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    bodyRange[1] = all.size();
                }
            }
        }, doc);
        return new PageElements(doc, all, bodyRange[0], bodyRange[1], byTag);
    }

    /** The page. */
    public Document document() {
        return document;
    }

    /** The page's elements matching {@code query}, in document order: {@code document().select(query)}. */
    public Elements select(Evaluator query) {
        return matching(query, document, all);
    }

    /** The page's first element matching {@code query}, or null: {@code document().selectFirst(query)}. */
    public Element selectFirst(Evaluator query) {
        return selectFirst(query, el -> true);
    }

    /**
     * The page's first element matching {@code query}, or null, where {@code mayMatch} is a cheap test that every
     * match passes: elements failing it are not asked.
     */
    public Element selectFirst(Evaluator query, Predicate<Element> mayMatch) {
        for (Element el : all) {
            if (mayMatch.test(el) && query.matches(document, el)) {
                return el;
            }
        }
        return null;
    }

    /** The elements in the page's body matching {@code query}: {@code document().body().select(query)}. */
    public Elements selectInBody(Evaluator query) {
        Element body = document.body();
        return body == null ? new Elements() : matching(query, body, all.subList(bodyFrom, bodyTo));
    }

    /**
     * The page's elements named {@code tag} (lower case) that match {@code query}, in document order; the same as
     * {@code document().select(query)} when {@code query} only matches {@code tag} elements.
     */
    public Elements select(String tag, Evaluator query) {
        return matching(query, document, byTag.getOrDefault(tag, List.of()));
    }

    private static Elements matching(Evaluator query, Element root, List<Element> elements) {
        Elements out = new Elements();
        for (Element el : elements) {
            if (query.matches(root, el)) {
                out.add(el);
            }
        }
        return out;
    }
}
