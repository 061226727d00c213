package org.broadsheet.spam;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
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
            boolean social) {
        /** Many links to many sites, as planted link blocks are. */
        boolean farm() {
            return anchors >= 3 && externalHosts >= 3 && externalHosts * 2 >= anchors && !social;
        }
    }

    /** The links inside {@code root} whose text is part of it; {@code pageAddress} (may be null) tells own links. */
    static Links links(Element root, String pageAddress) {
        int anchors = 0;
        int chars = 0;
        int words = 0;
        int social = 0;
        boolean hreflang = false;
        Set<String> hosts = new HashSet<>();
        String own = host(pageAddress);
        for (Element a : root.select(LINK)) {
            if (anchors >= MAX_LINKS) {
                break;
            }
            String text = a.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            anchors++;
            chars += text.length();
            words += SPACES.split(text).length;
            if (SOCIAL.contains(text.toLowerCase(Locale.ROOT))) {
                social++;
            }
            hreflang |= a.hasAttr("hreflang") || a.hasAttr("lang");
            String host = host(a.attr("href"));
            if (host != null && !host.equals(own)) {
                hosts.add(host);
            }
        }
        return new Links(anchors, hosts.size(), chars, anchors == 0 ? 0 : words / (double) anchors, hreflang,
                anchors > 0 && social * 2 >= anchors);
    }

    private static String host(String href) {
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
