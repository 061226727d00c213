package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides who an article credits. The visible byline near the headline wins over a different metadata author;
 * metadata authors are used when the page shows no byline, minus the publisher itself and site accounts; an
 * agency dateline such as "HAYWARD, Calif. (AP) —" is the credit of last resort.
 */
public final class Authorship {

    private static final Pattern BYLINE_LINE = Pattern.compile("^(?:[\\p{L}]+\\s+){0,2}?(?:by|von|por|par|door"
            + "|oleh|av|di|przez)\\s*:?\\s+\\S|^(?:text|texto|tekst|текст|автор|author|autor|words)\\s*:\\s*\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AUTHOR_MARK = Pattern.compile("(?i)(byline|by-line|author|writer|creator|"
            + "contributor|reporter|posted-by|autor|journalist)");
    private static final Pattern NOT_BYLINE_AREA = Pattern.compile("(?i)(comment|respond|reply|related|sidebar|"
            + "widget|footer|recommend|popular|trending|newsletter|promo|more-from|bio\\b|about-the-author|author-bio|"
            + "reviewer|review-by|medically|fact-check)");
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}\\p{M} .,'’-]{1,60}(?:,\\s*[\\p{L}. ]{2,25})?\\s*\\((AP|Reuters|AFP|dpa|PTI|IANS|UPI)\\)"
                    + "\\s*[—–-]");
    private static final int LINES_BEFORE = 6;
    private static final int LINES_AFTER = 40;

    private Authorship() {
    }

    /** The article's credits: people and organizations. */
    public static Byline find(Document doc, MetaTags meta, StructuredData data, VisibleLines lines,
            int headlineLine, String publisher, String url) {
        Byline visible = visibleByline(doc, lines, headlineLine);
        if (visible != null && !visible.isEmpty()) {
            return visible;
        }
        Byline declared = declared(doc, meta, data, publisher, url);
        if (!declared.isEmpty()) {
            return declared;
        }
        return dateline(lines, headlineLine);
    }

    private static Byline visibleByline(Document doc, VisibleLines lines, int headline) {
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
                if (line.text().length() > 160 || inExcludedArea(line.block())) {
                    continue;
                }
                boolean marked = isMarked(line.block());
                if (BYLINE_LINE.matcher(line.text()).find() || marked) {
                    Byline b = fromElement(line.block(), line.text());
                    if (!b.isEmpty()) {
                        return b;
                    }
                }
            }
        }
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element el : body.select("[class*=byline], [id*=byline], [rel=author], [itemprop=author],"
                + " [class*=author], [class*=Author], [data-testid*=byline]")) {
            String text = el.text();
            if (text.isBlank() || text.length() > 160 || inExcludedArea(el)) {
                continue;
            }
            Byline b = fromElement(el, text);
            if (!b.isEmpty()) {
                return b;
            }
        }
        return null;
    }

    /** Reads a byline block, using its author links when it has several ("A, B, C" with no "and"). */
    private static Byline fromElement(Element block, String text) {
        Byline parsed = Byline.parse(text);
        List<String> linked = new ArrayList<>();
        for (Element a : block.select("a[href], [itemprop=author] [itemprop=name]")) {
            String href = a.attr("href").toLowerCase(Locale.ROOT);
            if (a.hasAttr("href") && !href.matches(".*(author|people|staff|team|profile|contributor|writer|"
                    + "journalist|/by/|/bio|reporter|columnist).*")) {
                continue;
            }
            String name = PersonName.clean(a.text());
            if (name != null && PersonName.looksPersonal(name) && !linked.contains(name)) {
                linked.add(name);
            }
        }
        if (linked.size() > parsed.people().size()) {
            return new Byline(linked, parsed.organizations());
        }
        return parsed;
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

    private static boolean inExcludedArea(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.normalName().equals("body")) {
                return false;
            }
            if (NOT_BYLINE_AREA.matcher(e.className() + " " + e.id()).find() || e.normalName().equals("footer")
                    || e.normalName().equals("aside")) {
                return true;
            }
        }
        return false;
    }

    private static Byline declared(Document doc, MetaTags meta, StructuredData data, String publisher, String url) {
        List<String> names = new ArrayList<>();
        List<Boolean> fromMetaOnly = new ArrayList<>();
        JsonNode article = data.article();
        for (StructuredData.Credit c : data.credits(article, "author")) {
            if (c.organization() && isPublisher(c.name(), publisher, url)) {
                continue;
            }
            names.add(c.name());
            fromMetaOnly.add(false);
        }
        if (names.isEmpty()) {
            for (String v : meta.all("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "dcterms.creator", "byl", "citation_author")) {
                if (!v.startsWith("http")) {
                    names.add(v);
                    fromMetaOnly.add(true);
                }
            }
        }
        String pageText = doc.body() == null ? "" : doc.body().text().toLowerCase(Locale.ROOT);
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Byline b = Byline.parse(names.get(i));
            for (String p : b.people()) {
                if (isPublisher(p, publisher, url)) {
                    continue;
                }
                // Account codes ("KWCHCIK", "gto") appear only in meta tags, never on the page.
                if (fromMetaOnly.get(i) && !p.contains(" ") && !pageText.contains(p.toLowerCase(Locale.ROOT))) {
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
