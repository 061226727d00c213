package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The article's headline as the page shows it, and the element that shows it.
 *
 * <p>The visible {@code <h1>} wins over SEO variants in {@code og:title}, JSON-LD or {@code <title>}; an
 * {@code <h1>} that is only the site's logo or sits in navigation or a sidebar is passed over, and then the
 * heading that repeats the metadata title is used, or the metadata title itself without its " | Site" suffix.
 *
 * @param text the headline, or null when the page has none
 * @param element the element showing it, or null when it came from metadata only
 */
public record Headline(String text, Element element) {

    private static final Pattern SUFFIX = Pattern.compile("\\s+[|\\-–—:·»~]+\\s+");
    /** Navigation, sidebars and logos: class names are matched word by word so "no-promo" does not count. */
    private static final Evaluator OUTSIDE_ARTICLE = QueryParser.parse("nav, aside, footer, [role=banner],"
            + " [role=navigation], [role=complementary], [class~=(?i)(^|\\s)(sidebar|widget|related|masthead|site-title"
            + "|site-header|site-branding|logo|menu|promo)([-_\\s]|$)], [id~=(?i)^(sidebar|masthead|logo|menu)]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator TITLED = QueryParser.parse("h2, h3, [itemprop=headline], [class*=title],"
            + " [class*=headline]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HOME_LINK = Pattern.compile("^(/|\\.?/?index\\.\\w+|https?://[^/]+/?)$");

    /** Finds the headline of {@code page}; {@code publisher} (may be null) helps recognise logo headings. */
    public static Headline find(PageElements page, MetaTags meta, StructuredData data, String publisher) {
        Document doc = page.document();
        List<String> declared = declaredTitles(doc, meta, data);
        Element body = doc.body();
        List<Element> h1s = body == null ? List.of() : page.selectInBody(H1).stream()
                .filter(h -> !h.text().isBlank() && h.text().length() <= 400).toList();
        // Each h1 is asked up to three times below; its ancestors are walked once.
        Map<Element, Boolean> outside = new IdentityHashMap<>();
        // An h1 repeating a declared title wins; one inside the article before a copy in a sticky site header.
        for (boolean inArticleOnly : new boolean[] {true, false}) {
            for (Element h1 : h1s) {
                if ((!inArticleOnly || !outside.computeIfAbsent(h1, Headline::isOutsideArticle))
                        && declared.stream().anyMatch(t -> matches(h1.text(), t))) {
                    return new Headline(h1.text().trim(), h1);
                }
            }
        }
        List<Element> articleH1s = h1s.stream().filter(h -> !isSiteName(h, publisher, doc)).toList();
        for (Element h1 : articleH1s) {
            if (!outside.computeIfAbsent(h1, Headline::isOutsideArticle)) {
                return new Headline(h1.text().trim(), h1);
            }
        }
        if (body != null) {
            for (Element h : page.selectInBody(TITLED)) {
                String text = h.text();
                if (!text.isBlank() && text.length() <= 400 && declared.stream().anyMatch(t -> matches(text, t))) {
                    return new Headline(text.trim(), h);
                }
            }
        }
        if (!articleH1s.isEmpty() && declared.isEmpty()) {
            return new Headline(articleH1s.get(0).text().trim(), articleH1s.get(0));
        }
        for (String t : declared) {
            String stripped = withoutSiteSuffix(t, publisher);
            if (!stripped.isBlank()) {
                return new Headline(stripped, null);
            }
        }
        return new Headline(null, null);
    }

    private static boolean isOutsideArticle(Element el) {
        return el.is(OUTSIDE_ARTICLE) || el.parents().stream().anyMatch(p -> p.is(OUTSIDE_ARTICLE));
    }

    private static List<String> declaredTitles(Document doc, MetaTags meta, StructuredData data) {
        List<String> titles = new ArrayList<>();
        JsonNode article = data.article();
        titles.add(data.text(article, "headline"));
        titles.addAll(meta.all("og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title",
                "headline", "title"));
        titles.add(data.text(article, "name"));
        titles.add(doc.title());
        List<String> out = new ArrayList<>();
        for (String t : titles) {
            if (t != null && !t.isBlank()) {
                out.add(SPACES.matcher(Parser.unescapeEntities(t, false)).replaceAll(" ").trim());
            }
        }
        return out;
    }

    /** True when a heading and a declared title are the same headline, allowing a site suffix on the latter. */
    static boolean matches(String heading, String declared) {
        String h = SiteName.compact(heading);
        String d = SiteName.compact(declared);
        if (h.length() < 4 || d.isEmpty()) {
            return h.equals(d) && !h.isEmpty();
        }
        return h.equals(d) || (d.startsWith(h) && h.length() * 2 >= d.length())
                || (d.endsWith(h) && h.length() * 2 >= d.length());
    }

    private static boolean isSiteName(Element h1, String publisher, Document doc) {
        String text = SiteName.compact(h1.text());
        if (publisher != null) {
            String p = SiteName.compact(publisher);
            if (!p.isEmpty() && (text.equals(p) || text.equals("the" + p) || p.contains(text))) {
                return true;
            }
        }
        for (String end : SiteName.titleEnds(doc.title())) {
            if (SiteName.compact(end).equals(text) && !text.isEmpty()) {
                return !SiteName.compact(doc.title()).equals(text);
            }
        }
        // A heading made of a home-page link is a logo.
        Element link = h1.selectFirst(LINK);
        return link != null && link.text().equals(h1.text())
                && HOME_LINK.matcher(link.attr("href")).matches();
    }

    /** {@code title} without a leading or trailing " | Site name" part. */
    static String withoutSiteSuffix(String title, String publisher) {
        String[] parts = SUFFIX.split(title);
        if (parts.length < 2) {
            return title.trim();
        }
        String p = publisher == null ? "" : SiteName.compact(publisher);
        List<String> kept = new ArrayList<>(List.of(parts));
        if (!p.isEmpty()) {
            kept.removeIf(part -> {
                String c = SiteName.compact(part);
                return !c.isEmpty() && (c.equals(p) || p.contains(c) || c.contains(p));
            });
            if (kept.size() < parts.length && !kept.isEmpty()) {
                return rejoin(title, kept);
            }
        }
        // No part names the site: the last short part of a "|" title is still most likely its name.
        String last = parts[parts.length - 1];
        if (SPACES.split(last).length <= 4) {
            kept = new ArrayList<>(List.of(parts).subList(0, parts.length - 1));
            return rejoin(title, kept);
        }
        return title.trim();
    }

    private static String rejoin(String title, List<String> kept) {
        // Take the original text from the first kept part to the end of the last kept part.
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : kept.get(0).trim();
    }
}
