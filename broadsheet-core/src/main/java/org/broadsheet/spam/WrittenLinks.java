package org.broadsheet.spam;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links written out as text: link markup the page shows instead of rendering it (Markdown
 * {@code [text](https://host/)}, BBCode {@code [url=https://host/]text[/url]}, an HTML anchor shown as text) and bare
 * addresses with a scheme or {@code www.}. A comment form that keeps the markup, or a flattened page, turns a planted
 * link into such text; where those links go is the same evidence as where rendered links go. A host name written
 * without a scheme ("reuters.com", "visit example.org") is not counted: honest prose cites sites that way.
 *
 * @param links how many links are written out
 * @param externalHosts how many distinct hosts they go to that are not the site's own
 * @param ownLinks how many go to the site's own domain
 * @param chars how many characters of the text the written links take, markup and link text included
 */
record WrittenLinks(int links, int externalHosts, int ownLinks, int chars) {

    /** Fewest written links, and fewest distinct other sites, for a run of them to read as a link farm. */
    private static final int MIN_FARM = 3;

    private static final String ADDRESS = "(?:https?://|www\\.)[^\\s\"'<>\\[\\]()]+";

    /** Markdown, BBCode and HTML anchors written out; group 1 or 2 or 3 or 4 is the address. */
    private static final Pattern MARKUP = Pattern.compile(
            "\\[[^\\]\\n]{1,200}\\]\\((" + ADDRESS + ")\\)"
            + "|\\[url=[\"']?(" + ADDRESS + ")[\"']?\\][^\\[\\n]{0,200}\\[/url\\]"
            + "|\\[url\\](" + ADDRESS + ")\\[/url\\]"
            + "|<a\\s[^>]{0,200}?href\\s*=\\s*[\"']?(" + ADDRESS + ")[^>]{0,200}>[^<\\n]{0,200}</a\\s*>",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BARE = Pattern.compile("(?<![\\w@./])" + ADDRESS, Pattern.CASE_INSENSITIVE);

    private static final WrittenLinks NONE = new WrittenLinks(0, 0, 0, 0);

    /**
     * The links written out in {@code text}; {@code site} is the site's own registrable domain, or null. Escaped
     * markup the page shows escaped once more ({@code &lt;a href=&quot;…&quot;&gt;}) is read as the markup it is.
     */
    static WrittenLinks of(String text, String site) {
        if (!mayHold(text)) {
            return NONE; // most text has no address at all
        }
        String shown = text.indexOf("&lt;") >= 0 || text.indexOf("&quot;") >= 0
                ? text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                : text;
        Set<String> hosts = new HashSet<>();
        int[] counts = new int[3]; // links, own links, characters
        StringBuilder rest = new StringBuilder(shown);
        Matcher m = MARKUP.matcher(shown);
        while (m.find()) {
            String address = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            count(address, site, hosts, counts);
            counts[2] += m.end() - m.start();
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' '); // a bare address is looked for outside the markup only
            }
        }
        Matcher b = BARE.matcher(rest);
        while (b.find()) {
            count(b.group(), site, hosts, counts);
            counts[2] += b.end() - b.start();
        }
        return counts[0] == 0 ? NONE : new WrittenLinks(counts[0], hosts.size(), counts[1], counts[2]);
    }

    /** Whether {@code text} may hold a written link at all: a scheme's {@code ://} or a {@code www.}. */
    static boolean mayHold(String text) {
        return text.indexOf("://") >= 0 || text.toLowerCase(Locale.ROOT).contains("www.");
    }

    private static void count(String address, String site, Set<String> hosts, int[] counts) {
        String host = HiddenLinks.host(address.regionMatches(true, 0, "www.", 0, 4) ? "http://" + address : address);
        if (host == null) {
            return;
        }
        counts[0]++;
        if (site != null && HiddenLinks.domain(host).equals(site)) {
            counts[1]++;
        } else {
            hosts.add(host);
        }
    }

    /** Many written links to many other sites, none of them the site's own, each site linked once or twice. */
    boolean farm() {
        return links >= MIN_FARM && externalHosts >= MIN_FARM && ownLinks == 0 && externalHosts * 2 >= links;
    }
}
