package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.block.VisibleLines;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides who an article credits. The visible byline near the headline wins over a different metadata author;
 * metadata authors are used when the page shows no byline, minus the publisher itself and site accounts; an
 * agency dateline such as "HAYWARD, Calif. (AP) —" is the credit of last resort.
 */
public final class Authorship {

    private static final Pattern AUTHOR_MARK = Pattern.compile("(?i)(byline|by-line|author|writer|creator|"
            + "contributor|reporter|posted-by|autor|journalist)");
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}\\p{M} .,'’-]{1,60}(?:,\\s*[\\p{L}. ]{2,25})?\\s*\\((AP|Reuters|AFP|dpa|PTI|IANS|UPI)\\)"
                    + "\\s*[—–-]");
    private static final Pattern SKIPPED_PART = Pattern.compile("(?i)(avatar|image|photo|img|pic|bio|desc|social"
            + "|twitter|follow|date|time|title|job|role|position)");
    private static final Evaluator BYLINE_MARKUP = QueryParser.parse("[class*=byline], [id*=byline], [rel=author],"
            + " [itemprop=author], [class*=author], [class*=Author], [data-testid*=byline]");
    private static final Evaluator CREDITED_NAME = QueryParser.parse("[itemprop=author], [rel=author],"
            + " [class~=(?i)(author|byline__name|contributor)], a[href~=(?i)(author|people|staff|team|profile"
            + "|contributor|writer|journalist|/by/|/bio|reporter|columnist)]");
    private static final int LINES_BEFORE = 6;
    private static final int LINES_AFTER = 40;

    private Authorship() {
    }

    /**
     * The article's credits: people and organizations. {@code lines} is the page's visible text,
     * {@code headlineLine} the index of the headline's line (or -1) and {@code regions} the page's regions around
     * that headline.
     */
    public static Byline find(PageElements page, MetaTags meta, StructuredData data, VisibleLines lines,
            int headlineLine, PageRegions regions, String publisher, String url) {
        Byline declared = declared(page.document(), meta, data, publisher, url);
        Byline visible = visibleByline(page, lines, headlineLine, regions, declared.all());
        if (visible != null && !visible.isEmpty()) {
            return reconciled(visible, declared);
        }
        if (!declared.isEmpty()) {
            return declared;
        }
        return dateline(lines, headlineLine);
    }

    /** Visible names that run into a following word ("Meg JamesStaff") are replaced by the metadata's spelling. */
    private static Byline reconciled(Byline visible, Byline declared) {
        List<String> people = new ArrayList<>();
        for (String p : visible.people()) {
            String c = SiteName.compact(p);
            String fixed = p;
            for (String d : declared.people()) {
                String dc = SiteName.compact(d);
                if (!dc.isEmpty() && c.startsWith(dc) && !c.equals(dc)) {
                    fixed = d;
                }
            }
            if (!people.contains(fixed)) {
                people.add(fixed);
            }
        }
        return new Byline(people, visible.organizations());
    }

    private static Byline visibleByline(PageElements page, VisibleLines lines, int headline, PageRegions regions,
            List<String> known) {
        List<VisibleLines.Line> all = lines.lines();
        if (headline >= 0) {
            List<Integer> order = new ArrayList<>();
            for (int i = headline + 1; i < Math.min(all.size(), headline + LINES_AFTER); i++) {
                order.add(i);
            }
            for (int i = headline - 1; i >= Math.max(0, headline - LINES_BEFORE); i--) {
                order.add(i);
            }
            for (int i : order) {
                VisibleLines.Line line = all.get(i);
                if (line.text().length() > 160 || regions.isAside(line.block())) {
                    continue;
                }
                boolean lead = Byline.hasLeadIn(line.text());
                if (lead || isMarked(line.block())) {
                    Byline b = fromElement(line.block(), line.text(), known);
                    if (!lead) {
                        // Without "By", only name-shaped credits count: a marked block can hold a standfirst.
                        b = new Byline(b.people().stream().filter(Authorship::nameShaped).toList(), b.organizations());
                    }
                    if (!b.isEmpty()) {
                        return b;
                    }
                }
            }
        }
        if (page.document().body() == null) {
            return null;
        }
        for (Element el : page.selectInBody(BYLINE_MARKUP)) {
            String text = el.text();
            if (text.isBlank() || text.length() > 160 || regions.isAside(el)) {
                continue;
            }
            Byline b = fromElement(el, text, known);
            if (!b.isEmpty()) {
                return b;
            }
        }
        return null;
    }

    /**
     * Reads a byline block. Names in author-marked children or author-page links are read one by one, which
     * separates names that the text runs together and lists of authors without "and".
     */
    private static Byline fromElement(Element block, String text, List<String> known) {
        Byline parsed = Byline.parse(text, known);
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>(parsed.organizations());
        for (Element el : block.select(CREDITED_NAME)) {
            if (el == block || el.text().isBlank() || el.text().length() > 80
                    || SKIPPED_PART.matcher(el.className()).find()) {
                continue;
            }
            Byline one = Byline.parse(el.text(), known);
            boolean credited = !people.isEmpty() || !orgs.isEmpty();
            // "Reuters, | Washington": a lone word after a credit is the place, not a second author.
            one.people().stream().filter(n -> !people.contains(n) && !(credited && !n.contains(" ")))
                    .forEach(people::add);
            one.organizations().stream().filter(n -> !orgs.contains(n)).forEach(orgs::add);
        }
        people.removeIf(n -> people.stream().anyMatch(o -> o != n && o.contains(n) && o.length() > n.length()
                && !parsed.people().contains(n)));
        if (!people.isEmpty() && people.size() >= parsed.people().size()) {
            return new Byline(people, orgs);
        }
        return parsed;
    }

    private static boolean nameShaped(String name) {
        return PersonName.looksPersonal(name) || !name.contains(" ");
    }

    private static boolean isMarked(Element block) {
        Element el = block;
        for (int depth = 0; el != null && depth < 3; depth++, el = el.parent()) {
            if (AUTHOR_MARK.matcher(el.className() + " " + el.id() + " " + el.attr("itemprop") + " "
                    + el.attr("rel")).find()) {
                return true;
            }
        }
        return false;
    }

    private static Byline declared(Document doc, MetaTags meta, StructuredData data, String publisher, String url) {
        List<String> names = new ArrayList<>();
        JsonNode article = data.article();
        for (StructuredData.Credit c : data.credits(article, "author")) {
            if (c.organization() && isPublisher(c.name(), publisher, url)) {
                continue;
            }
            names.add(c.name());
        }
        if (names.isEmpty()) {
            for (String v : meta.all("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "dcterms.creator", "byl", "citation_author")) {
                if (!v.startsWith("http")) {
                    names.add(v);
                }
            }
        }
        String pageText = null; // the page's whole text, read only when there is a credit to look for
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Byline b = Byline.parse(names.get(i));
            for (String p : b.people()) {
                if (isPublisher(p, publisher, url)) {
                    continue;
                }
                // Credits the page never shows (account codes, CMS users of press releases) are not bylines.
                if (pageText == null) {
                    pageText = doc.body() == null ? "" : doc.body().text().toLowerCase(Locale.ROOT);
                }
                if (!pageText.contains(p.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!people.contains(p)) {
                    people.add(p);
                }
            }
            for (String o : b.organizations()) {
                if (!orgs.contains(o)) {
                    orgs.add(o);
                }
            }
        }
        return new Byline(people, orgs);
    }

    private static boolean isPublisher(String name, String publisher, String url) {
        String n = SiteName.compact(name);
        if (publisher != null) {
            String p = SiteName.compact(publisher);
            if (!p.isEmpty() && (n.equals(p) || n.contains(p) || p.contains(n))) {
                return true;
            }
        }
        String label = SiteName.hostLabel(url);
        // Only a name that spells the host ("BBC News" on bbc.co.uk) is the site itself, never a person's name.
        return label != null && !n.isEmpty() && label.length() >= 3 && (n.equals(label) || n.startsWith(label)
                && n.length() <= label.length() + 8);
    }

    private static Byline dateline(VisibleLines lines, int headline) {
        List<VisibleLines.Line> all = lines.lines();
        int from = Math.max(0, headline);
        for (int i = from; i < Math.min(all.size(), from + 60); i++) {
            Matcher m = AGENCY_DATELINE.matcher(all.get(i).text());
            if (m.find()) {
                return new Byline(List.of(), List.of(NewsAgencies.expand(m.group(1))));
            }
        }
        return new Byline(List.of(), List.of());
    }
}
