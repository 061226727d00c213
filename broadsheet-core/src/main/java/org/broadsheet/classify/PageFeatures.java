package org.broadsheet.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The evidence a page's type is judged on, as numbers: the address's shape, the types the page declares
 * (Open Graph, schema.org), the body's make (how much prose, how many list items, code, tables) and the
 * page's structure (repeated like-classed entries, forms, prices, dates). General conventions of the web, no
 * site's own markup. The order of {@link #NAMES} is the order of the weights in {@code page-type.model}. A
 * feature that cannot be known (the address of a page given without one) is {@code NaN}.
 */
public final class PageFeatures {

    /** Feature names, in vector order. */
    public static final List<String> NAMES = List.of(
            "url_depth", "url_date", "url_forum", "url_product", "url_docs", "url_article", "url_listing",
            "url_service", "url_home",
            "og_article", "og_product", "og_website",
            "ld_article", "ld_product", "ld_forum", "ld_listing", "ld_faq", "ld_organization", "ld_howto",
            "has_published", "has_authors",
            "body_chars", "body_blocks", "body_list_share", "body_heading_share", "body_mean_block", "body_code",
            "body_table", "body_prose_share", "body_share_of_page",
            "page_chars", "page_link_density", "articles", "times", "forms", "inputs", "prices", "cart_words",
            "repeated_entries", "repeated_share", "post_classes", "product_classes", "pre_code", "tables",
            "headings_linked", "nav_words", "title_question");

    private static final Pattern URL_DATE = Pattern.compile("/(19|20)\\d\\d[/-](0?[1-9]|1[0-2])([/-]|$)|/(19|20)\\d{6}");
    private static final Pattern URL_FORUM = Pattern.compile(
            "(?i)(forum|thread|topic|community|discussion|discuss|question|/t/|/q/|/questions/|board|reddit|/r/|comments/)");
    private static final Pattern URL_PRODUCT = Pattern.compile(
            "(?i)(product|/p/|/dp/|/item|/shop/|/store/|/buy|sku|/gp/)");
    private static final Pattern URL_DOCS = Pattern.compile(
            "(?i)(docs?/|documentation|/api/|reference|manual|/guide|/learn/|/wiki/|readthedocs|/help/|/kb/|developer)");
    private static final Pattern URL_ARTICLE = Pattern.compile(
            "(?i)(/news/|/blog/|/article|/story|/stories/|/post/|/posts/|\\.html?$|/opinion/)");
    private static final Pattern URL_LISTING = Pattern.compile(
            "(?i)(/category/|/categories/|/tag/|/tags/|/archive|/page/\\d|/search|/topics?/|/section/|[?&]page=|/list)");
    private static final Pattern URL_SERVICE = Pattern.compile(
            "(?i)(about|contact|services?|pricing|company|team|careers|solutions|features|/plans|support)");
    private static final Pattern LD_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"([A-Za-z]+)\"");
    private static final Pattern PRICE = Pattern.compile("[$€£¥₹]\\s?\\d|\\d(\\.\\d\\d)?\\s?(€|USD|EUR|GBP|zł|kr)\\b");
    private static final Pattern CART = Pattern.compile(
            "(?i)\\b(add to (cart|bag|basket)|buy now|in stock|out of stock|add to wishlist|free shipping|quantity)\\b");
    private static final Pattern NAV_WORDS = Pattern.compile(
            "(?i)\\b(read more|continue reading|view all|see all|load more|next page|older posts|show more)\\b");

    private PageFeatures() {
    }

    /**
     * The feature vector of one page: {@code doc} may be null (a page read as flattened text), {@code url} may
     * be null; {@code decisions} are the blocks with their body-or-not decisions.
     */
    public static double[] of(Document doc, String url, String title, boolean hasPublished, boolean hasAuthors,
            List<Decision> decisions) {
        Element ogMeta = doc == null ? null : doc.selectFirst("meta[property=og:type]");
        String ogType = ogMeta == null ? null : ogMeta.attr("content");
        double[] f = new double[NAMES.size()];
        int i = 0;
        String path = pathOf(url);
        if (url == null) {
            // nothing known of the address: the model reads NaN as "as usual" (the training mean)
            for (; i < 9; i++) {
                f[i] = Double.NaN;
            }
        } else {
            f[i++] = Math.min(path.isEmpty() ? 0 : path.split("/").length - 1, 8) / 4.0;
            f[i++] = bit(URL_DATE.matcher(path).find());
            f[i++] = bit(URL_FORUM.matcher(path).find() || hostStarts(url, "forum", "community", "discuss"));
            f[i++] = bit(URL_PRODUCT.matcher(path).find() || hostStarts(url, "shop", "store"));
            f[i++] = bit(URL_DOCS.matcher(path).find() || hostStarts(url, "docs", "developer", "help", "wiki"));
            f[i++] = bit(URL_ARTICLE.matcher(path).find() || hostStarts(url, "blog", "news"));
            f[i++] = bit(URL_LISTING.matcher(path).find());
            f[i++] = bit(URL_SERVICE.matcher(path).find());
            f[i++] = bit(path.isEmpty() || path.equals("/"));
        }
        String og = ogType == null ? "" : ogType.toLowerCase(Locale.ROOT);
        f[i++] = bit(og.contains("article") || og.contains("blog"));
        f[i++] = bit(og.contains("product"));
        f[i++] = bit(og.equals("website"));
        Map<String, Integer> ld = doc == null ? Map.of() : ldTypes(doc);
        f[i++] = bit(has(ld, "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "OpinionNewsArticle",
                "AnalysisNewsArticle", "LiveBlogPosting", "Report"));
        f[i++] = bit(has(ld, "Product", "Offer", "AggregateOffer", "IndividualProduct", "ProductGroup"));
        f[i++] = bit(has(ld, "DiscussionForumPosting", "QAPage", "Question", "Answer", "SocialMediaPosting", "Comment"));
        f[i++] = bit(has(ld, "CollectionPage", "ItemList", "SearchResultsPage"));
        f[i++] = bit(has(ld, "FAQPage"));
        f[i++] = bit(has(ld, "Organization", "LocalBusiness", "Corporation", "ProfessionalService", "Service"));
        f[i++] = bit(has(ld, "HowTo", "TechArticle", "APIReference", "SoftwareApplication", "Recipe"));
        f[i++] = bit(hasPublished);
        f[i++] = bit(hasAuthors);

        int bodyChars = 0;
        int bodyBlocks = 0;
        int listItems = 0;
        int headings = 0;
        int code = 0;
        int table = 0;
        int prose = 0;
        int pageChars = 0;
        int pageLinks = 0;
        for (Decision d : decisions) {
            int len = d.block().length();
            pageChars += len;
            pageLinks += d.block().linkChars();
            if (!d.isBody()) {
                continue;
            }
            bodyChars += len;
            bodyBlocks++;
            BlockType t = d.block().type();
            listItems += t == BlockType.LIST_ITEM ? 1 : 0;
            headings += t == BlockType.HEADING ? 1 : 0;
            code += t == BlockType.CODE ? 1 : 0;
            table += t == BlockType.TABLE ? 1 : 0;
            prose += ProseSignals.isProse(d.block().text(), d.block().linkDensity()) ? len : 0;
        }
        f[i++] = log(bodyChars);
        f[i++] = log(bodyBlocks);
        f[i++] = share(listItems, bodyBlocks);
        f[i++] = share(headings, bodyBlocks);
        f[i++] = log(bodyBlocks == 0 ? 0 : bodyChars / bodyBlocks);
        f[i++] = share(code, bodyBlocks);
        f[i++] = share(table, bodyBlocks);
        f[i++] = share(prose, bodyChars);
        f[i++] = share(bodyChars, pageChars);
        f[i++] = log(pageChars);
        f[i++] = share(pageLinks, pageChars);

        String text = doc == null ? joined(decisions) : null;
        if (doc != null) {
            Element body = doc.body() != null ? doc.body() : doc;
            f[i++] = log(body.getElementsByTag("article").size());
            f[i++] = log(body.getElementsByTag("time").size());
            f[i++] = log(body.getElementsByTag("form").size());
            f[i++] = log(body.getElementsByTag("input").size() + body.getElementsByTag("textarea").size());
            text = joined(decisions);
            f[i++] = log(count(PRICE.matcher(text)));
            f[i++] = log(count(CART.matcher(text)));
            int[] repeated = repeatedEntries(body);
            f[i++] = log(repeated[0]);
            f[i++] = share(repeated[1], Math.max(1, pageChars));
            f[i++] = log(classCount(body, "post", "reply", "comment", "message", "answer"));
            f[i++] = log(classCount(body, "product", "price", "cart", "sku"));
            f[i++] = log(body.getElementsByTag("pre").size() + body.getElementsByTag("code").size());
            f[i++] = log(body.getElementsByTag("table").size());
            f[i++] = log(linkedHeadings(body));
        } else {
            i += 4;
            f[i++] = log(count(PRICE.matcher(text)));
            f[i++] = log(count(CART.matcher(text)));
            i += 7;
        }
        f[i++] = log(count(NAV_WORDS.matcher(text)));
        f[i++] = bit(title != null && title.trim().endsWith("?"));
        return f;
    }

    private static String joined(List<Decision> decisions) {
        StringBuilder sb = new StringBuilder();
        for (Decision d : decisions) {
            sb.append(d.block().text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The largest group of sibling elements classed alike that each carry text (posts of a thread, entries of a
     * listing, products of a category): {count, their text length}.
     */
    private static int[] repeatedEntries(Element body) {
        int best = 0;
        int bestChars = 0;
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < 3) {
                continue;
            }
            Map<String, int[]> groups = new HashMap<>();
            for (Element child : parent.children()) {
                String key = child.normalName() + "." + child.className();
                groups.computeIfAbsent(key, k -> new int[2])[0]++;
            }
            for (Map.Entry<String, int[]> g : groups.entrySet()) {
                if (g.getValue()[0] >= 3 && g.getValue()[0] > best && !g.getKey().startsWith("li.")
                        && !g.getKey().startsWith("option.") && !g.getKey().startsWith("p.")
                        && !g.getKey().startsWith("br.")) {
                    int chars = 0;
                    int withText = 0;
                    for (Element child : parent.children()) {
                        if ((child.normalName() + "." + child.className()).equals(g.getKey())) {
                            int len = child.text().length();
                            chars += len;
                            withText += len >= 40 ? 1 : 0;
                        }
                    }
                    if (withText >= 3) {
                        best = withText;
                        bestChars = chars;
                    }
                }
            }
        }
        return new int[] {best, bestChars};
    }

    private static int classCount(Element body, String... words) {
        int n = 0;
        for (Element e : body.getAllElements()) {
            String c = e.className();
            if (c.isEmpty()) {
                continue;
            }
            String lower = c.toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (lower.contains(w)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int linkedHeadings(Element body) {
        int n = 0;
        for (Element h : body.select("h2, h3, h4")) {
            String text = h.text();
            if (!text.isBlank() && h.selectFirst("a") != null && h.select("a").text().length() * 2 >= text.length()) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Integer> ldTypes(Document doc) {
        Map<String, Integer> types = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_TYPE.matcher(script.data());
            while (m.find()) {
                types.merge(m.group(1), 1, Integer::sum);
            }
        }
        return types;
    }

    private static boolean has(Map<String, Integer> types, String... names) {
        for (String n : names) {
            if (types.containsKey(n)) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(String url) {
        if (url == null) {
            return "";
        }
        try {
            java.net.URI u = java.net.URI.create(url.trim().replace(" ", "%20"));
            String p = u.getRawPath() == null ? "" : u.getRawPath();
            return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean hostStarts(String url, String... prefixes) {
        if (url == null) {
            return false;
        }
        int start = url.indexOf("://");
        String host = start < 0 ? "" : url.substring(start + 3).toLowerCase(Locale.ROOT);
        for (String p : prefixes) {
            if (host.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find() && n < 1000) {
            n++;
        }
        return n;
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }

    private static double log(int n) {
        return Math.log1p(Math.max(0, n));
    }

    private static double share(int part, int whole) {
        return whole <= 0 ? 0 : Math.min(1, part / (double) whole);
    }
}
