package org.broadsheet.spam;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * How the links of a block of an HTML page look: how many, to how many sites, how long their texts are, whether
 * they carry {@code hreflang} like a language switcher. Whether the page hides the block is
 * {@link org.broadsheet.block.Visibility}'s to say.
 */
final class HiddenLinks {

    private static final int MAX_LINKS = 400;
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "x", "linkedin", "reddit", "whatsapp",
            "email", "e-mail", "pinterest", "telegram", "print", "share", "copy link", "tumblr", "flipboard", "mail");

    /** How a block's links look. */
    record Links(int anchors, int externalHosts, int anchorChars, double meanAnchorWords, boolean hreflang,
            boolean social, List<String> texts, int keywordAnchors) {
        /** Many links to many sites, as planted link blocks are. */
        boolean farm() {
            return anchors >= 3 && externalHosts >= 3 && externalHosts * 2 >= anchors && !social;
        }
    }

    /** The links of an element, read on first use: most suspects are settled by their text alone. */
    static final class Lazy {
        private final Element root;
        private final Supplier<String> site;
        private final java.util.function.Predicate<String> part;
        private Links links;
        private List<String> texts;

        /** {@code root} may be null (no links); {@code site} gives the site's own domain, or null. */
        Lazy(Element root, Supplier<String> site) {
            this(root, site, t -> true);
        }

        /** The same, of the links whose text {@code part} accepts (the links of one part of a block's text). */
        Lazy(Element root, Supplier<String> site, java.util.function.Predicate<String> part) {
            this.root = root;
            this.site = site;
            this.part = part;
        }

        /** Whether at least {@code n} links have text (as many as {@link Links#texts()} would hold); cheap. */
        boolean hasTexts(int n) {
            if (links != null || texts != null || root == null) {
                return root != null && texts().size() >= n;
            }
            int[] found = {0};
            root.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element e && e.normalName().equals("a") && e.hasAttr("href")
                            && !e.text().isBlank() && part.test(e.text().strip()) && ++found[0] >= n) {
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            });
            return found[0] >= n;
        }

        /** The links' texts, as {@link Links#texts()} holds them, without reading where they go. */
        List<String> texts() {
            if (links != null) {
                return links.texts();
            }
            if (texts == null) {
                List<String> found = new ArrayList<>();
                if (root != null) {
                    for (Element a : root.select(LINK)) {
                        String text = a.text().strip();
                        if (!text.isEmpty() && part.test(text)) {
                            found.add(text);
                            if (found.size() >= MAX_LINKS) {
                                break;
                            }
                        }
                    }
                }
                texts = List.copyOf(found);
            }
            return texts;
        }

        /** The links, or null when there is no element. */
        Links get() {
            if (links == null && root != null) {
                links = links(root, site.get(), part);
            }
            return links;
        }
    }

    /**
     * The links inside {@code root} whose text is part of it; links to {@code site} (a registrable domain, or null)
     * and its subdomains are the site's own.
     */
    static Links links(Element root, String site) {
        return links(root, site, t -> true);
    }

    /** The same, of the links whose text {@code part} accepts (the links of one part of a block's text). */
    static Links links(Element root, String site, java.util.function.Predicate<String> part) {
        int anchors = 0;
        int chars = 0;
        int words = 0;
        int social = 0;
        boolean hreflang = false;
        Set<String> hosts = new HashSet<>();
        List<String> texts = new ArrayList<>();
        int keywords = 0;
        String own = site;
        for (Element a : root.select(LINK)) {
            if (anchors >= MAX_LINKS) {
                break;
            }
            String text = a.text().strip();
            if (text.isEmpty() || !part.test(text)) {
                continue;
            }
            anchors++;
            texts.add(text);
            keywords += named(text) ? 0 : 1;
            chars += text.length();
            words += SPACES.split(text).length;
            if (SOCIAL.contains(text.toLowerCase(Locale.ROOT))) {
                social++;
            }
            hreflang |= a.hasAttr("hreflang") || a.hasAttr("lang");
            String host = host(a.attr("href"));
            if (host != null && !domain(host).equals(own)) {
                hosts.add(host);
            }
        }
        return new Links(anchors, hosts.size(), chars, anchors == 0 ? 0 : words / (double) anchors, hreflang,
                anchors > 0 && social * 2 >= anchors, List.copyOf(texts), keywords);
    }

    /** Whether a link's text reads like a name (every word capitalized: "Columbia Journalism Review", "Reuters"). */
    static boolean named(String text) {
        int words = 0;
        for (String w : SPACES.split(text)) {
            if (w.isEmpty()) {
                continue;
            }
            int cp = w.codePointAt(0);
            if (Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isTitleCase(cp)
                    && (Character.isLowerCase(cp) || w.length() > 3)) {
                if (w.length() > 3 || words == 0) {
                    return false; // "of", "de", "la" inside a name are fine
                }
            }
            words++;
        }
        return words > 0;
    }

    /**
     * The site's own registrable domain: the page's address when it is known, else the domain most of the page's
     * links go to (a site links to itself more than to anyone else). Null when neither tells.
     */
    static String siteDomain(Document doc) {
        if (doc == null) {
            return null;
        }
        String own = host(doc.location());
        if (own != null) {
            return domain(own);
        }
        Map<String, Integer> counts = new HashMap<>();
        int budget = 3000;
        for (Element a : doc.select(LINK)) {
            if (budget-- <= 0) {
                break;
            }
            String h = host(a.attr("href"));
            if (h != null) {
                counts.merge(domain(h), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The registrable part of a host name: "news.bbc.co.uk" gives "bbc.co.uk", "edition.cnn.com" "cnn.com". */
    static String domain(String host) {
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return host;
        }
        boolean countrySecondLevel = labels[n - 1].length() == 2 && labels[n - 2].length() <= 3;
        int keep = countrySecondLevel ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /** The host of an absolute address ({@code http}, {@code https}, scheme-relative) without {@code www.}, or null. */
    static String host(String href) {
        if (href == null || !(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//"))) {
            return null;
        }
        try {
            String h = URI.create(href.startsWith("//") ? "http:" + href : href.replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
