package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells the article's own header and body apart from what surrounds them on the page: comments, related and
 * recommended stories, sidebars, newsletters, photo captions and the page footer. Bylines and dates found there
 * belong to something else.
 *
 * <p>One instance serves one page and one headline: it remembers the answer for every element it has looked at,
 * so that asking about many lines of the same page walks each ancestor once. Not thread-safe; make one per page.
 */
public final class PageRegions {

    /** Class and id words of asides ("bio" only where a word ends); "no-comments" and "has-gallery" are not. */
    private static final List<String> ASIDE_WORDS = List.of("comment", "respond", "reply", "related", "sidebar",
            "widget", "recommend", "popular", "trending", "newsletter", "promo", "more-from", "bio\\b",
            "about-the-author", "author-bio", "reviewer", "review-by", "medically", "fact-check", "statement", "claim",
            "quote", "recirculation", "outbrain", "taboola", "most-read", "mostread", "read-next", "up-next", "teaser",
            "carousel", "caption", "gallery", "slideshow");
    private static final Pattern ASIDE = Pattern.compile("(?i)(?<!no-)(?<!no_)(?<!has-)("
            + String.join("|", ASIDE_WORDS) + ")");
    /** The aside words as plain text: a class and id holding none of them cannot match ASIDE. */
    private static final List<String> ASIDE_TEXTS = ASIDE_WORDS.stream().map(w -> w.replace("\\b", "")).toList();
    private static final Pattern FOOTER = Pattern.compile("(?i)footer");
    private static final Evaluator ARTICLE = QueryParser.parse("article, main, [role=main]");

    private final Set<Element> headlineAndAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Boolean> answers = new IdentityHashMap<>();
    /** Whether a class-and-id string names an aside: pages repeat the same class names on many elements. */
    private final Map<String, Boolean> asideNames = new HashMap<>();

    /**
     * Regions of the page that holds {@code headline} (may be null). An area that also holds the headline is the
     * article itself: blog platforms wrap whole posts in "widget" blocks.
     */
    public PageRegions(Element headline) {
        if (headline != null) {
            headlineAndAncestors.add(headline);
            headlineAndAncestors.addAll(headline.parents());
        }
    }

    /**
     * True when {@code el} sits in comments, related stories, a sidebar or the page footer. An area that also holds
     * {@code headline} (may be null) is the article itself. For many questions about one page, make one
     * {@link #PageRegions(Element)} and ask it.
     */
    public static boolean isAside(Element el, Element headline) {
        return new PageRegions(headline).isAside(el);
    }

    /** True when {@code el} sits in comments, related stories, a sidebar or the page footer. */
    public boolean isAside(Element el) {
        // The answer for an element is its own (when it settles the question) or else its parent's.
        List<Element> undecided = new ArrayList<>();
        boolean answer = false;
        for (Element e = el; e != null; e = e.parent()) {
            Boolean known = answers.get(e);
            if (known != null) {
                answer = known;
                break;
            }
            Boolean own = ownAnswer(e);
            if (own != null) {
                answers.put(e, own);
                answer = own;
                break;
            }
            undecided.add(e);
        }
        for (Element e : undecided) {
            answers.put(e, answer);
        }
        return answer;
    }

    /** What {@code e} itself says: false (body or the headline's area), true (an aside), or null (ask its parent). */
    private Boolean ownAnswer(Element e) {
        if (e.normalName().equals("body") || headlineAndAncestors.contains(e)) {
            return Boolean.FALSE;
        }
        String classAndId = e.className() + " " + e.id();
        // Most elements have neither class nor id, and a lone space names nothing.
        boolean named = classAndId.length() > 1;
        if (named && asideNames.computeIfAbsent(classAndId, PageRegions::namesAside)
                || e.normalName().equals("figcaption") || e.normalName().equals("figure")) {
            return Boolean.TRUE;
        }
        // A page footer or sidebar; an article's own footer (where some sites put the byline) is fine.
        boolean footer = e.normalName().equals("footer") || e.normalName().equals("aside")
                || named && FOOTER.matcher(classAndId).find();
        if (footer && e.closest(ARTICLE) == null) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** True when a class-and-id string marks an aside; the pattern runs only where one of its words occurs. */
    private static boolean namesAside(String classAndId) {
        // Lower-casing keeps every ASCII letter the (?i) pattern could match, so a miss here is a miss there.
        String lower = classAndId.toLowerCase(Locale.ROOT);
        for (String word : ASIDE_TEXTS) {
            if (lower.contains(word)) {
                return ASIDE.matcher(classAndId).find();
            }
        }
        return false;
    }
}
