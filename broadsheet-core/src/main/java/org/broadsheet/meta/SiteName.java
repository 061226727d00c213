package org.broadsheet.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the publisher: the name a site gives itself. Names are gathered from {@code og:site_name}, the JSON-LD
 * publisher, {@code application-name}, the {@code <title>} suffix, the logo and the copyright line; the first one
 * that resembles the site's host name wins (so that edition labels, taglines and the wire agency of syndicated
 * copy lose to the real name), else the first plausible one, else the host name.
 */
public final class SiteName {

    /** Blog platforms and placeholders that are never the site's own name. */
    private static final Set<String> NOT_NAMES = Set.of("blogger", "wordpress", "wordpress.com", "hosted", "home",
            "homepage", "news", "blog", "medium", "tumblr", "wix", "squarespace", "ghost", "index");
    private static final Set<String> GENERIC_LABELS = Set.of("www", "m", "amp", "com", "co", "org", "net", "gov",
            "ac", "or", "ne", "go", "edu", "info", "news", "mobile", "en", "blog", "blogs", "web");
    private static final Pattern WWW = Pattern.compile("^www\\d?\\.");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:(?:©|\\(c\\)|copyright)\\s*)+(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*[.,]?\\s*(?:by\\s+)?"
                    + "([\\p{L}\\p{N}][^|,;©(]{1,60}?)\\s*(?:\\.|,|\\||\\(|all rights|todos os|alle rechte|$)",
            Pattern.CASE_INSENSITIVE);
    /** A year or span of years at either end of a copyright holder ("2000- MacRumors", "Gannett 2018"). */
    private static final Pattern YEARS_AT_ENDS = Pattern.compile("^\\d{4}\\s*[-–]?\\s*(?:\\d{4})?\\s*|\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?$");
    /** " - ISSN: ..." and similar after the holder's name. */
    private static final Pattern AFTER_DASH = Pattern.compile("\\s+[-–—]\\s+.*$");
    private static final Pattern CORPORATE = Pattern.compile("(?i)\\b(llc|inc|ltd|media|group|network|corporation"
            + "|company|newspapers|app|gmbh|ag|plc|holdings?|digital|mobile|gift|guide)\\b");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»~]+\\s+|:\\s+");
    private static final Evaluator IMAGE_WITH_ALT = QueryParser.parse("img[alt]");
    private static final Evaluator LOGO_IMAGE = QueryParser.parse("[class*=logo]");
    /** Where a described image is the site's logo: the page header, a home-page link, a logo block. */
    private static final Evaluator LOGO_HOLDER = QueryParser.parse("header, a[href~=^(/|https?://[^/]+/?)$],"
            + " [class*=logo], [id*=logo]");
    /** Alt texts that describe a picture rather than name the site. */
    private static final Pattern PICTURE_ALT = Pattern.compile(
            "(?i).*\\b(image|img|icon|banner|header|photo|picture)\\b.*|.*[-_!?]$");
    private static final Pattern LOGO_WORD = Pattern.compile("(?i)\\blogo\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Evaluator FOOTER = QueryParser.parse("footer, [class*=copyright], [id*=copyright],"
            + " [class*=footer]");

    private SiteName() {
    }

    /** The publisher's name, or null when nothing names the site and {@code url} has no host. */
    public static String find(PageElements page, MetaTags meta, StructuredData data, String url) {
        String label = hostLabel(url);
        List<String> candidates = new ArrayList<>();
        String site = meta.first("og:site_name");
        if (site != null) {
            // "LinkNaija | Nigeria's popular news platform": the name before the tagline first.
            String[] parts = TITLE_SEPARATOR.split(site);
            if (parts.length > 1) {
                candidates.add(parts[0]);
            }
            candidates.add(site);
        }
        JsonNode article = data.article();
        if (article != null) {
            candidates.add(data.text(article, "publisher"));
        }
        for (JsonNode org : data.ofType("newsmediaorganization", "organization", "website", "corporation")) {
            candidates.add(data.text(org, "name"));
        }
        candidates.add(meta.first("application-name", "apple-mobile-web-app-title", "al:android:app_name",
                "al:iphone:app_name", "twitter:app:name:iphone", "cre", "dc.publisher", "publisher"));
        candidates.addAll(titleEnds(page.document().title()));
        // Logos and the copyright line cost a walk over the page: read only when the names above do not settle it.
        String name = chosen(candidates, label, false);
        if (name != null) {
            return name;
        }
        for (Element img : page.select("img", IMAGE_WITH_ALT)) {
            if (!isLogo(img)) {
                continue;
            }
            String alt = img.attr("alt");
            if (!PICTURE_ALT.matcher(alt).matches() && SPACES.split(alt).length <= 5) {
                candidates.add(LOGO_WORD.matcher(alt).replaceAll("").trim());
            }
        }
        candidates.add(copyrightHolder(page));
        name = chosen(candidates, label, true);
        return name != null || url == null ? name : host(url);
    }

    /**
     * The name among {@code candidates} (in order of trust) for a site whose host label is {@code label} (may be
     * null). With {@code complete} false more candidates may follow, and null means they could change the answer.
     */
    private static String chosen(List<String> candidates, String label, boolean complete) {
        // "Catch it Kansas - Content - News": the part before the first separator is the name.
        List<String> split = new ArrayList<>();
        for (String c : candidates) {
            if (!plausible(c)) {
                continue;
            }
            String[] parts = TITLE_SEPARATOR.split(c.trim());
            if (parts.length > 1 && plausible(parts[0]) && !split.contains(parts[0])) {
                split.add(parts[0]);
            }
            split.add(c);
        }
        if (label != null) {
            List<String> resembling = split.stream().filter(c -> resembles(c, label)).toList();
            if (!resembling.isEmpty() && (complete || !runTogether(resembling.get(0).trim(), label))) {
                return clean(best(resembling, label));
            }
            if (!complete) {
                return null; // a later candidate may resemble the host, or spell a run-together name out
            }
        }
        return split.isEmpty() ? null : clean(split.get(0));
    }

    /** A name that is only the host label run together in mixed case ("NYTimes"). */
    private static boolean runTogether(String name, String label) {
        return !name.contains(" ") && compact(name).equals(label)
                && !name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Among names that resemble the host, the first one; but a name that is only the host label run together in
     * mixed case ("NYTimes") gives way to the same name written out in words ("The New York Times").
     */
    private static String best(List<String> resembling, String label) {
        String first = resembling.get(0).trim();
        if (runTogether(first, label)) {
            for (String c : resembling) {
                String t = c.trim();
                if (t.contains(" ") && !t.contains(".") && SPACES.split(t).length <= 4 && !CORPORATE.matcher(t).find()) {
                    return c;
                }
            }
        }
        return first;
    }

    private static String clean(String name) {
        return SPACES.matcher(name).replaceAll(" ").trim();
    }

    private static boolean plausible(String name) {
        if (name == null) {
            return false;
        }
        String n = name.trim();
        return n.length() >= 2 && n.length() <= 80 && !n.startsWith("@") && !n.startsWith("http")
                && !NOT_NAMES.contains(n.toLowerCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** The first and last parts of a {@code <title>} split at its separators, when it has any. */
    static List<String> titleEnds(String title) {
        if (title == null) {
            return List.of();
        }
        String[] parts = TITLE_SEPARATOR.split(title.trim());
        if (parts.length < 2) {
            return List.of();
        }
        return List.of(parts[parts.length - 1], parts[0]);
    }

    /** An image that is or sits in a logo, in the page header or in a home-page link. */
    private static boolean isLogo(Element img) {
        return img.is(LOGO_IMAGE) || img.parent() != null && img.parent().closest(LOGO_HOLDER) != null;
    }

    /**
     * The holder named by a copyright line ("© 2024 The Daily Paper. All rights reserved." gives "The Daily
     * Paper"), or null when {@code line} names none.
     */
    public static String copyrightHolder(String line) {
        Matcher m = COPYRIGHT.matcher(line);
        if (!m.find()) {
            return null;
        }
        String holder = m.group(1).trim();
        holder = YEARS_AT_ENDS.matcher(AFTER_DASH.matcher(holder).replaceFirst("")).replaceAll("").trim();
        // "© 2024 All rights reserved" names nobody, nor does the year span of "Copyright 1995 - 2024 . All ..."
        boolean named = holder.chars().anyMatch(Character::isLetter)
                && !holder.toLowerCase(Locale.ROOT).startsWith("all rights");
        return named ? holder : null;
    }

    private static String copyrightHolder(PageElements page) {
        // Footers nest (footer > .footer-inner > .footer-links): an inner block's text is part of the outer's, so
        // inside a block whose text has no copyright mark there is none to find.
        Element unmarked = null;
        for (Element el : page.selectInBody(FOOTER)) {
            if (unmarked != null && isInside(el, unmarked)) {
                continue;
            }
            String text = el.text();
            String holder = copyrightHolder(text);
            if (holder != null) {
                return holder;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.contains("©") && !lower.contains("(c)") && !lower.contains("copyright")) {
                unmarked = el;
            }
        }
        return null;
    }

    private static boolean isInside(Element el, Element block) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == block) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code name} looks like the site's host label: one contains the other once spaces and
     * punctuation are gone, or the label's letters appear in order through the name starting at its first letter
     * ("ctpost" in "Connecticut Post", "wsj" in "Wall Street Journal").
     */
    static boolean resembles(String name, String label) {
        String compact = compact(name);
        String noThe = compact.startsWith("the") ? compact.substring(3) : compact;
        if (compact.length() < 2 || label.length() < 2) {
            return false;
        }
        if (compact.contains(label) || (label.contains(noThe) && noThe.length() >= 3)) {
            return true;
        }
        return isSubsequence(label, noThe) || isSubsequence(label, compact);
    }

    private static boolean isSubsequence(String label, String text) {
        if (text.isEmpty() || text.charAt(0) != label.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < text.length() && j < label.length(); i++) {
            if (text.charAt(i) == label.charAt(j)) {
                j++;
            }
        }
        return j == label.length();
    }

    static String compact(String s) {
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The host of {@code url} without {@code www.}, or null. */
    static String host(String url) {
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            return WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The distinctive label of a host: "wsj" for www.wsj.com, "bbc" for www.bbc.co.uk; null without a host. */
    static String hostLabel(String url) {
        String host = url == null ? null : host(url);
        if (host == null) {
            return null;
        }
        String[] labels = host.split("\\.");
        for (int i = labels.length - 2; i >= 0; i--) {
            if (!GENERIC_LABELS.contains(labels[i]) && labels[i].length() > 1) {
                return NOT_ALPHANUMERIC.matcher(labels[i]).replaceAll("");
            }
        }
        return labels.length > 0 ? labels[0] : null;
    }
}
