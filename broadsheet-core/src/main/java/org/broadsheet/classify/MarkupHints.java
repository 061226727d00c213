package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.ClassList;
import org.jsoup.nodes.Element;

/**
 * What an element's own markup says about its role: its tag, ARIA role, itemprop, and the words in
 * its class and id. These are conventions shared by most publishing systems ("share-buttons",
 * "related-stories", role="navigation"), not rules for particular sites.
 */
final class MarkupHints {

    /** Words in class/id that mark the article's own container. */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog",
            "storybody", "postbody", "richtext", "prose", "copy", "hentry", "column");

    /** Words in class/id, with the kind of page furniture they mark. Matched as whole words. */
    private static final Map<String, Boilerplate> FURNITURE_WORDS = Map.ofEntries(
            Map.entry("nav", Boilerplate.NAVIGATION),
            Map.entry("navbar", Boilerplate.NAVIGATION),
            Map.entry("navigation", Boilerplate.NAVIGATION),
            Map.entry("menu", Boilerplate.NAVIGATION),
            Map.entry("masthead", Boilerplate.NAVIGATION),
            Map.entry("skip", Boilerplate.NAVIGATION),
            Map.entry("pagination", Boilerplate.NAVIGATION),
            Map.entry("pager", Boilerplate.NAVIGATION),
            Map.entry("breadcrumb", Boilerplate.BREADCRUMB),
            Map.entry("breadcrumbs", Boilerplate.BREADCRUMB),
            Map.entry("crumbs", Boilerplate.BREADCRUMB),
            Map.entry("byline", Boilerplate.BYLINE),
            Map.entry("author", Boilerplate.BYLINE),
            Map.entry("authors", Boilerplate.BYLINE),
            Map.entry("dateline", Boilerplate.BYLINE),
            Map.entry("timestamp", Boilerplate.BYLINE),
            Map.entry("date", Boilerplate.BYLINE),
            Map.entry("pubdate", Boilerplate.BYLINE),
            Map.entry("published", Boilerplate.BYLINE),
            Map.entry("posted", Boilerplate.BYLINE),
            Map.entry("meta", Boilerplate.BYLINE),
            Map.entry("entrymeta", Boilerplate.BYLINE),
            Map.entry("postmeta", Boilerplate.BYLINE),
            Map.entry("articlemeta", Boilerplate.BYLINE),
            Map.entry("dek", Boilerplate.SUBTITLE),
            Map.entry("standfirst", Boilerplate.SUBTITLE),
            Map.entry("subtitle", Boilerplate.SUBTITLE),
            Map.entry("share", Boilerplate.SHARE),
            Map.entry("sharing", Boilerplate.SHARE),
            Map.entry("social", Boilerplate.SHARE),
            Map.entry("sharebar", Boilerplate.SHARE),
            Map.entry("follow", Boilerplate.SHARE),
            Map.entry("likes", Boilerplate.SHARE),
            Map.entry("gallery", Boilerplate.CAPTION),
            Map.entry("slideshow", Boilerplate.CAPTION),
            Map.entry("ad", Boilerplate.ADVERTISEMENT),
            Map.entry("ads", Boilerplate.ADVERTISEMENT),
            Map.entry("advert", Boilerplate.ADVERTISEMENT),
            Map.entry("advertisement", Boilerplate.ADVERTISEMENT),
            Map.entry("adslot", Boilerplate.ADVERTISEMENT),
            Map.entry("adunit", Boilerplate.ADVERTISEMENT),
            Map.entry("dfp", Boilerplate.ADVERTISEMENT),
            Map.entry("sponsor", Boilerplate.ADVERTISEMENT),
            Map.entry("sponsored", Boilerplate.ADVERTISEMENT),
            Map.entry("promo", Boilerplate.ADVERTISEMENT),
            Map.entry("outbrain", Boilerplate.RELATED),
            Map.entry("taboola", Boilerplate.RELATED),
            Map.entry("related", Boilerplate.RELATED),
            Map.entry("recommended", Boilerplate.RELATED),
            Map.entry("recommendations", Boilerplate.RELATED),
            Map.entry("popular", Boilerplate.RELATED),
            Map.entry("trending", Boilerplate.RELATED),
            Map.entry("sidebar", Boilerplate.RELATED),
            Map.entry("rail", Boilerplate.RELATED),
            Map.entry("teaser", Boilerplate.RELATED),
            Map.entry("comment", Boilerplate.COMMENTS),
            Map.entry("comments", Boilerplate.COMMENTS),
            Map.entry("disqus", Boilerplate.COMMENTS),
            Map.entry("newsletter", Boilerplate.BANNER),
            Map.entry("subscribe", Boilerplate.BANNER),
            Map.entry("subscription", Boilerplate.BANNER),
            Map.entry("signup", Boilerplate.BANNER),
            Map.entry("cookie", Boilerplate.BANNER),
            Map.entry("cookies", Boilerplate.BANNER),
            Map.entry("consent", Boilerplate.BANNER),
            Map.entry("paywall", Boilerplate.BANNER),
            Map.entry("modal", Boilerplate.BANNER),
            Map.entry("popup", Boilerplate.BANNER),
            Map.entry("footer", Boilerplate.FOOTER),
            Map.entry("copyright", Boilerplate.FOOTER),
            Map.entry("legal", Boilerplate.FOOTER),
            Map.entry("caption", Boilerplate.CAPTION),
            Map.entry("credit", Boilerplate.CAPTION),
            Map.entry("credits", Boilerplate.CAPTION),
            Map.entry("tags", Boilerplate.TAGS),
            Map.entry("tag", Boilerplate.TAGS),
            Map.entry("topics", Boilerplate.TAGS),
            Map.entry("keywords", Boilerplate.TAGS));

    /**
     * Stems distinctive enough to match inside run-together class names ("relatedpoststitle"), tried in this
     * order so that a name holding two of them gets the same kind on every run.
     */
    private static final List<Map.Entry<String, Boilerplate>> STEMS = List.of(
            Map.entry("breadcrumb", Boilerplate.BREADCRUMB),
            Map.entry("byline", Boilerplate.BYLINE),
            Map.entry("sharing", Boilerplate.SHARE),
            Map.entry("socialshare", Boilerplate.SHARE),
            Map.entry("sharebutton", Boilerplate.SHARE),
            Map.entry("advert", Boilerplate.ADVERTISEMENT),
            Map.entry("sponsor", Boilerplate.ADVERTISEMENT),
            Map.entry("related", Boilerplate.RELATED),
            Map.entry("recommend", Boilerplate.RELATED),
            Map.entry("outbrain", Boilerplate.RELATED),
            Map.entry("taboola", Boilerplate.RELATED),
            Map.entry("comment", Boilerplate.COMMENTS),
            Map.entry("newsletter", Boilerplate.BANNER),
            Map.entry("subscribe", Boilerplate.BANNER),
            Map.entry("paywall", Boilerplate.BANNER),
            Map.entry("cookie", Boilerplate.BANNER),
            Map.entry("footer", Boilerplate.FOOTER),
            Map.entry("copyright", Boilerplate.FOOTER));

    /** Words that mark embedded third-party content quoted in the story. */
    private static final Set<String> EMBED_WORDS = Set.of(
            "embed", "embedded", "tweet", "twittertweet", "instagrammedia", "oembed", "socialembed",
            "socialmediaembed", "embedcontainer");

    private static final List<String> TAXONOMY_PREFIXES = List.of(
            "tag-", "tags-", "category-", "categories-", "cat-", "author-", "format-", "status-", "type-",
            "topic-", "section-", "postid-", "term-");

    private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile(
            "^(has|with|no|and|w|is|js|without)[-_]|[-_](enabled|disabled|active|open|visible|loaded|ready)$");

    private MarkupHints() {
    }

    /** Adds the lower-case words of a class or id attribute, split at punctuation and camelCase humps. */
    private static void split(String classes, List<String> out) {
        for (String s : ClassList.of(classes)) {
            if (!isTaxonomy(s)) {
                splitOne(s, out);
            }
        }
    }

    /**
     * Publishing systems label a post's container with its taxonomy ("tag-elections",
     * "category-sport", "author-jane-doe"): such classes name the story's topics, not the element's role.
     */
    private static boolean isTaxonomy(String cls) {
        String c = cls.toLowerCase(Locale.ROOT);
        // state and layout modifiers ("has-sidebar", "modal-enabled") describe the page, not this element
        if ((c.indexOf('-') >= 0 || c.indexOf('_') >= 0) && MODIFIER.matcher(c).find()) {
            return true;
        }
        for (String prefix : TAXONOMY_PREFIXES) {
            if (c.startsWith(prefix) && c.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    private static void splitOne(String s, List<String> out) {
        StringBuilder word = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (!Character.isLetterOrDigit(c) || hump) {
                addWord(word, out);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        addWord(word, out);
        // joined form too, so that "article-body" also reads as "articlebody"
        StringBuilder joined = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                joined.append(c);
            }
        }
        if (joined.length() > 0 && joined.length() <= 40) {
            out.add(joined.toString());
        }
    }

    private static void addWord(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * What the class and id words of one page's elements say, worked out once per distinct class-and-id pair: a
     * page repeats the same class names on hundreds of elements. One per page; not shared between threads.
     */
    static final class PageNames {
        private record Read(List<String> words, Boilerplate furniture) {
        }

        private final Map<String, Read> byNames = new java.util.HashMap<>();
        // the same elements are asked about again and again (each block's ancestors): no key to build for those
        private final Map<Element, Read> byElement = new java.util.IdentityHashMap<>();

        private Read read(Element el) {
            return byElement.computeIfAbsent(el, this::readNames);
        }

        private Read readNames(Element el) {
            String classes = el.className();
            String id = el.id();
            return byNames.computeIfAbsent(classes + '\u0000' + id, k -> {
                List<String> words = new ArrayList<>();
                split(classes, words);
                split(id, words);
                return new Read(words, furnitureWords(words));
            });
        }
    }

    /** The kind of furniture the element's tag, role or class marks, or {@code null}. */
    static Boilerplate furniture(Element el, PageNames names) {
        switch (el.normalName()) {
            case "nav":
                return Boilerplate.NAVIGATION;
            case "aside":
                return Boilerplate.RELATED;
            case "footer":
                return Boilerplate.FOOTER;
            case "form":
                return null;
            default:
                break;
        }
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menubar", "menu":
                return Boilerplate.NAVIGATION;
            case "contentinfo":
                return Boilerplate.FOOTER;
            case "complementary":
                return Boilerplate.RELATED;
            case "banner":
                return Boilerplate.NAVIGATION;
            default:
                break;
        }
        return names.read(el).furniture();
    }

    /** The kind of furniture that class and id words mark, or {@code null}. */
    private static Boilerplate furnitureWords(List<String> words) {
        Boilerplate kind = null;
        for (String w : words) {
            kind = FURNITURE_WORDS.get(w);
            if (kind != null) {
                break;
            }
        }
        for (int i = 0; i < words.size() && kind == null; i++) {
            for (Map.Entry<String, Boilerplate> en : STEMS) {
                if (words.get(i).contains(en.getKey()) && !words.get(i).contains("commentary")) {
                    kind = en.getValue();
                    break;
                }
            }
        }
        if (kind == Boilerplate.SHARE && words.stream().anyMatch(EMBED_WORDS::contains)) {
            // an embedded post from a social network is material the story quotes, not a share button
            return null;
        }
        return kind;
    }

    /** True when the element's markup says it holds the article text. */
    static boolean marksContent(Element el, PageNames names) {
        String itemprop = el.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.contains("articlebody") || itemprop.equals("text")) {
            return true;
        }
        for (String w : names.read(el).words()) {
            if (CONTENT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the itemprop names the article body outright: the strongest content signal. */
    static boolean isDeclaredArticleBody(Element el) {
        return el.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
    }
}
