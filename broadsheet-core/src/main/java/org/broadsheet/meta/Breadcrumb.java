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
            "startseite", "accueil", "главная", "beranda", "front page", "main");
    private static final Evaluator TRAIL = QueryParser.parse("nav[aria-label~=(?i)breadcrumb],"
            + " [itemtype~=(?i)BreadcrumbList], [class~=(?i)breadcrumb], [id~=(?i)breadcrumb]");
    private static final Pattern ARROWS = Pattern.compile("[›»>/|]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        Element trail = page.selectFirst(TRAIL);
        if (trail != null) {
            List<String> names = new ArrayList<>();
            List<Element> items = trail.select("li");
            if (items.isEmpty()) {
                items = trail.select("a, span[itemprop=name]");
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
