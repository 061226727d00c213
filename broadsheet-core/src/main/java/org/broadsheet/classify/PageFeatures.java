package org.broadsheet.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.broadsheet.block.ElementVisitor;
import org.broadsheet.block.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

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
            "headings_linked", "nav_words", "title_question",
            "title_words", "title_digit", "body_we_share", "page_we_share", "call_to_action");

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
    /** What every {@link #PRICE} match holds: a currency sign or code. */
    private static final List<String> PRICE_MARKS = List.of("$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "zł", "kr");
    private static final Pattern PRICE = Pattern.compile("[$€£¥₹]\\s?\\d|\\d(\\.\\d\\d)?\\s?(€|USD|EUR|GBP|zł|kr)\\b");
    private static final PhraseCount CART = new PhraseCount("add to cart", "add to bag", "add to basket", "buy now",
            "in stock", "out of stock", "add to wishlist", "free shipping", "quantity");
    private static final PhraseCount CALL_TO_ACTION = new PhraseCount("contact us", "get a quote", "free quote",
            "book now", "schedule", "request a", "call us", "get started", "sign up", "free trial", "learn more",
            "enroll", "apply now");
    private static final PhraseCount NAV_WORDS = new PhraseCount("read more", "continue reading", "view all",
            "see all", "load more", "next page", "older posts", "show more");

    private PageFeatures() {
    }

    /**
     * The feature vector of one page: {@code markup} is null for a page read as flattened text, {@code url} may
     * be null; {@code decisions} are the blocks with their body-or-not decisions.
     */
    public static double[] of(Markup markup, String url, String title, boolean hasPublished, boolean hasAuthors,
            List<Decision> decisions) {
        String ogType = markup == null ? null : markup.ogType;
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
        Map<String, Integer> ld = markup == null ? Map.of() : markup.ldTypes;
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

        String text = joined(decisions);
        if (markup != null) {
            f[i++] = log(markup.articles);
            f[i++] = log(markup.times);
            f[i++] = log(markup.forms);
            f[i++] = log(markup.inputs);
            f[i++] = log(prices(text));
            f[i++] = log(CART.in(text));
            f[i++] = log(markup.repeated);
            f[i++] = share(markup.repeatedChars, Math.max(1, pageChars));
            f[i++] = log(markup.postClasses);
            f[i++] = log(markup.productClasses);
            f[i++] = log(markup.preAndCode);
            f[i++] = log(markup.tables);
            f[i++] = log(markup.linkedHeadings);
        } else {
            i += 4;
            f[i++] = log(prices(text));
            f[i++] = log(CART.in(text));
            i += 7;
        }
        f[i++] = log(NAV_WORDS.in(text));
        f[i++] = bit(title != null && title.trim().endsWith("?"));
        // an article's headline is a phrase, often with a figure; a service page speaks as "we" and asks for action
        f[i++] = log(title == null ? 0 : words(title, null));
        f[i++] = bit(title != null && title.chars().anyMatch(Character::isDigit));
        int[] we = new int[1];
        int bodyWords = 0;
        for (Decision d : decisions) {
            bodyWords += d.isBody() ? words(d.block().text(), we) : 0;
        }
        f[i++] = share(we[0], Math.max(1, bodyWords));
        we[0] = 0;
        f[i++] = share(we[0], Math.max(1, words(text, we)));
        f[i++] = log(CALL_TO_ACTION.in(text));
        return f;
    }

    /** The words (runs of letters) in {@code s}; adds those that are "we", "our", "us" or "ours" to {@code we[0]}. */
    private static int words(String s, int[] we) {
        int n = 0;
        int start = -1;
        for (int k = 0; k <= s.length(); k++) {
            boolean letter = k < s.length() && Character.isLetter(s.charAt(k));
            if (letter && start < 0) {
                start = k;
            } else if (!letter && start >= 0) {
                n++;
                if (we != null && k - start <= 4 && isWe(s, start, k)) {
                    we[0]++;
                }
                start = -1;
            }
        }
        return n;
    }

    private static boolean isWe(String s, int start, int end) {
        String w = s.substring(start, end).toLowerCase(Locale.ROOT);
        return w.equals("we") || w.equals("our") || w.equals("us") || w.equals("ours");
    }

    private static String joined(List<Decision> decisions) {
        StringBuilder sb = new StringBuilder();
        for (Decision d : decisions) {
            sb.append(d.block().text()).append('\n');
        }
        return sb.toString();
    }

    /** The evidence a page's markup gives, read in the walk that builds the page ({@link Page#of}). */
    public static final class Markup implements ElementVisitor {
        private static final Evaluator OG_TYPE = QueryParser.parse("meta[property=og:type]");
        private static final Evaluator LD_JSON = QueryParser.parse("script[type=application/ld+json]");
        /** Children that never make a group of entries, however many there are. */
        private static final Set<String> NEVER_ENTRIES = Set.of("li", "option", "p", "br");

        private String ogType;
        private final Map<String, Integer> ldTypes = new HashMap<>();
        private int articles;
        private int times;
        private int forms;
        private int inputs;
        private int preAndCode;
        private int tables;
        private int linkedHeadings;
        private int postClasses;
        private int productClasses;
        /** The largest group of like-classed siblings that carry text so far: how many, and their text's length. */
        private int repeated;
        private int repeatedChars;
        private boolean ogSeen;

        /** The markup of {@code doc}, read in a walk of its own (for tools that have no {@link Page}). */
        public static Markup of(Document doc) {
            Markup m = new Markup();
            Element body = doc.body() != null ? doc.body() : doc;
            boolean[] inBody = {body == doc};
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    inBody[0] |= node == body;
                    if (node instanceof Element el) {
                        m.visit(el, inBody[0]);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    inBody[0] &= node != body || body == doc;
                }
            }, doc);
            return m;
        }

        @Override
        public void visit(Element el, boolean inBody) {
            String tag = el.normalName();
            if (!ogSeen && tag.equals("meta") && OG_TYPE.matches(el, el)) {
                ogSeen = true;
                ogType = el.attr("content");
            } else if (tag.equals("script") && LD_JSON.matches(el, el)) {
                Matcher m = LD_TYPE.matcher(el.data());
                while (m.find()) {
                    ldTypes.merge(m.group(1), 1, Integer::sum);
                }
            }
            if (!inBody) {
                return;
            }
            switch (tag) {
                case "article" -> articles++;
                case "time" -> times++;
                case "form" -> forms++;
                case "input", "textarea" -> inputs++;
                case "pre", "code" -> preAndCode++;
                case "table" -> tables++;
                case "h2", "h3", "h4" -> linkedHeadings += isLinkedHeading(el) ? 1 : 0;
                default -> { }
            }
            String c = el.className();
            if (!c.isEmpty()) {
                String lower = c.toLowerCase(Locale.ROOT);
                postClasses += containsAny(lower, "post", "reply", "comment", "message", "answer") ? 1 : 0;
                productClasses += containsAny(lower, "product", "price", "cart", "sku") ? 1 : 0;
            }
            if (hasThreeChildElements(el)) {
                readEntries(el);
            }
        }

        /** Counted over the child nodes: jsoup's {@code childrenSize()} builds a list of them for every element. */
        private static boolean hasThreeChildElements(Element el) {
            int elements = 0;
            for (int i = 0; i < el.childNodeSize() && elements < 3; i++) {
                elements += el.childNode(i) instanceof Element ? 1 : 0;
            }
            return elements >= 3;
        }

        /**
         * Among {@code parent}'s children, a group classed alike that each carry text (posts of a thread, entries
         * of a listing, products of a category) larger than the largest so far.
         */
        private void readEntries(Element parent) {
            // list items, options, paragraphs and breaks never make a group: most elements have too few others
            int others = 0;
            for (int i = 0; i < parent.childNodeSize(); i++) {
                if (parent.childNode(i) instanceof Element child && !NEVER_ENTRIES.contains(child.normalName())) {
                    others++;
                }
            }
            if (others < 3 || others <= repeated) {
                return;
            }
            Map<String, int[]> groups = new HashMap<>();
            for (Element child : parent.children()) {
                String key = child.normalName() + "." + child.className();
                groups.computeIfAbsent(key, k -> new int[2])[0]++;
            }
            for (Map.Entry<String, int[]> g : groups.entrySet()) {
                if (g.getValue()[0] >= 3 && g.getValue()[0] > repeated
                        && !NEVER_ENTRIES.contains(g.getKey().substring(0, g.getKey().indexOf('.')))) {
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
                        repeated = withText;
                        repeatedChars = chars;
                    }
                }
            }
        }

        private static boolean isLinkedHeading(Element h) {
            String text = h.text();
            return !text.isBlank() && h.selectFirst("a") != null && h.select("a").text().length() * 2 >= text.length();
        }

        private static boolean containsAny(String lower, String... words) {
            for (String w : words) {
                if (lower.contains(w)) {
                    return true;
                }
            }
            return false;
        }
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

    /** Prices written in {@code text}; most pages have no currency sign or code, so most never run the pattern. */
    private static int prices(String text) {
        for (String mark : PRICE_MARKS) {
            if (text.contains(mark)) {
                return count(PRICE.matcher(text));
            }
        }
        return 0;
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
