package org.broadsheet.meta;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Tells the article's own header and body apart from what surrounds them on the page: comments, related and
 * recommended stories, sidebars, newsletters, photo captions and the page footer. Bylines and dates found there
 * belong to something else.
 */
public final class PageRegions {

    private static final Pattern ASIDE = Pattern.compile("(?i)(?<!no-)(?<!no_)(?<!has-)(comment|respond|reply|related"
            + "|sidebar|widget|recommend|popular|trending|newsletter|promo|more-from|bio\\b|about-the-author"
            + "|author-bio|reviewer|review-by|medically|fact-check|statement|claim|quote|recirculation|outbrain"
            + "|taboola|most-read|mostread|read-next|up-next|teaser|carousel|caption|gallery|slideshow)");
    private static final Pattern FOOTER = Pattern.compile("(?i)footer");

    private PageRegions() {
    }

    /**
     * True when {@code el} sits in comments, related stories, a sidebar or the page footer. An area that also holds
     * {@code headline} (may be null) is the article itself: blog platforms wrap whole posts in "widget" blocks.
     */
    public static boolean isAside(Element el, Element headline) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.normalName().equals("body") || (headline != null && (e == headline || headline.parents().contains(e)))) {
                return false;
            }
            if (ASIDE.matcher(e.className() + " " + e.id()).find() || e.normalName().equals("figcaption")
                    || e.normalName().equals("figure")) {
                return true;
            }
            // A page footer or sidebar; an article's own footer (where some sites put the byline) is fine.
            boolean footer = e.normalName().equals("footer") || e.normalName().equals("aside")
                    || FOOTER.matcher(e.className() + " " + e.id()).find();
            if (footer && e.closest("article, main, [role=main]") == null) {
                return true;
            }
        }
        return false;
    }
}
