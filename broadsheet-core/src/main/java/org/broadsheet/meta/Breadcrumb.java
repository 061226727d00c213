package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The section path of an article, outermost first ("News", "World", "Europe"): from a JSON-LD BreadcrumbList,
 * a breadcrumb trail in the markup, or failing those the {@code article:section} meta tag. The home link and the
 * article's own title are not part of it.
 */
public final class Breadcrumb {

    private static final Set<String> HOME = Set.of("home", "homepage", "home page", "start", "inicio", "início",
            "startseite", "accueil", "главная", "beranda", "front page", "main", "首页");
    private static final Evaluator TRAIL = QueryParser.parse("nav[aria-label~=(?i)breadcrumb],"
            + " [itemtype~=(?i)BreadcrumbList], [class~=(?i)breadcrumb], [id~=(?i)breadcrumb]");
    private static final Pattern ARROWS = Pattern.compile("[›»>/|]+");
    private static final Evaluator ITEM = QueryParser.parse("li");
    private static final Evaluator LINK_OR_NAME = QueryParser.parse("a, span[itemprop=name]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Between the items of a trail written out on one line: "Home / World / Europe", "Home › Sport". */
    private static final Pattern LINE_SEPARATOR = Pattern.compile("\\s+(?:/|>|»|›|\\|)\\s+");

    private Breadcrumb() {
    }

    /** The section path of {@code page}; empty when the page has none. */
    public static List<String> find(PageElements page, MetaTags meta, StructuredData data, String title) {
        for (JsonNode list : data.ofType("breadcrumblist")) {
            JsonNode items = list.get("itemListElement");
            if (items == null || !items.isArray()) {
                continue;
            }
            List<JsonNode> sorted = new ArrayList<>();
            items.forEach(sorted::add);
            sorted.sort(Comparator.comparingInt(n -> n.path("position").asInt(0)));
            List<String> names = new ArrayList<>();
            for (JsonNode item : sorted) {
                String name = data.text(item, "name");
                if (name == null) {
                    name = data.text(item, "item");
                }
                names.add(name);
            }
            List<String> path = tidy(names, title);
            if (!path.isEmpty()) {
                return path;
            }
        }
        Element trail = page.selectFirst(TRAIL, Breadcrumb::mayBeTrail);
        if (trail != null) {
            List<String> names = new ArrayList<>();
            List<Element> items = trail.select(ITEM);
            if (items.isEmpty()) {
                items = trail.select(LINK_OR_NAME);
            }
            for (Element item : items) {
                names.add(item.text());
            }
            List<String> path = tidy(names, title);
            if (!path.isEmpty()) {
                return path;
            }
        }
        String section = meta.first("article:section", "parsely-section", "section", "category", "dc.subject");
        return section == null ? List.of() : List.of(section.trim());
    }

    /**
     * The section path of a trail written out on one line, as a page flattened to text shows it ("Home / World /
     * Europe"); empty when the line is not one. Only a line that starts at the home link counts: on a line of text
     * "A / B" is as likely a headline as a trail.
     */
    public static List<String> fromLine(String line) {
        String[] parts = LINE_SEPARATOR.split(line);
        if (parts.length < 2 || line.length() > 200 || !HOME.contains(parts[0].trim().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty() || p.length() > 60) {
                return List.of(); // a sentence that happens to hold slashes, not a trail
            }
            items.add(p);
        }
        return tidy(items, null);
    }

    /** Passes every element the TRAIL selector can match: each of its parts needs "breadcrumb" in some case. */
    private static boolean mayBeTrail(Element el) {
        return mentions(el.attr("class"), "breadcrumb")
                || mentions(el.attr("id"), "breadcrumb")
                || mentions(el.attr("itemtype"), "breadcrumb")
                || mentions(el.attr("aria-label"), "breadcrumb");
    }

    /**
     * True when {@code value} holds {@code word} (lower-case ASCII letters) in any case. A (?i) pattern folds only
     * ASCII case, so this passes wherever {@code [key~=(?i)word]} does, without a regex per element.
     */
    private static boolean mentions(String value, String word) {
        char first = word.charAt(0);
        char firstUpper = (char) (first - ('a' - 'A'));
        for (int i = 0; i + word.length() <= value.length(); i++) {
            char c = value.charAt(i);
            if ((c == first || c == firstUpper) && value.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tidy(List<String> names, String title) {
        List<String> out = new ArrayList<>();
        String t = title == null ? "" : SiteName.compact(title);
        for (String n : names) {
            if (n == null || n.startsWith("http")) {
                continue;
            }
            String name = SPACES.matcher(ARROWS.matcher(n).replaceAll(" ")).replaceAll(" ").trim();
            String c = SiteName.compact(name);
            if (name.isEmpty() || name.length() > 80 || HOME.contains(name.toLowerCase(Locale.ROOT))
                    || c.equals(t) || out.contains(name)) {
                continue;
            }
            out.add(name);
        }
        return out;
    }
}
