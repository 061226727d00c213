package org.broadsheet.meta;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.block.VisibleLines;
import org.broadsheet.article.PageDate;
import org.broadsheet.article.PageDate.DateSource;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides when an article was first published and last updated.
 *
 * <p>The date the reader sees near the headline wins over metadata; an "Updated" line does not replace a first
 * publication date. Metadata supplies the exact time when it falls on the visible day, and the site's own UTC
 * offset is recovered where the page fixes it (a visible local time, a zoneless local value or another dated
 * field with an offset) so that the day is the publisher's local day. The URL's date is the last resort.
 *
 * @param published first publication, or null
 * @param modified last update, or null
 */
public record PublicationDate(PageDate published, PageDate modified) {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "article:published", "published_time", "datepublished", "date_published", "publishdate", "publish-date",
        "publish_date", "pubdate", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "og:published_time",
        "article_date_original", "originalpublicationdate", "rnews:datepublished", "date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "article.updated", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "modified"};
    private static final Pattern UPDATED = Pattern.compile("(?iu)\\b(updated|modified|last update|actualizado|atualizado"
            + "|aktualisiert|mis à jour|aggiornat|обновлено|изменено|diperbarui|bijgewerkt)");
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)(?<!\\p{L})(published|posted|original|publicado|publiziert"
            + "|veröffentlicht|publié|pubblicato|опубликовано|diterbitkan|gepubliceerd|입력|created|dated)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)");
    /** {@code /20240315/} or {@code -20240315-} in an address: a date written without separators. */
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/._-]|$)");
    /** A line that claims rights: its year is the site's, never the story's. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)©|\\(c\\)\\s*(?:19|20)\\d{2}|\\bcopyright\\b"
            + "|all rights reserved|tous droits|alle rechte|todos los derechos|все права");
    private static final Evaluator MICRODATA_DATE = QueryParser.parse("[itemprop=datePublished],"
            + " [itemprop=dateModified]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    /** An element other than {@code <time>} carrying a machine date and time in an attribute ({@code <abbr title>}). */
    private static final Evaluator ATTRIBUTE_DATE = QueryParser.parse(
            "[title~=^\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}], [datetime~=^\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}]");
    /** A class or id naming the line that credits and dates a story. */
    private static final Pattern BYLINE_LIKE = Pattern.compile("(?i)byline|dateline|timestamp|publish|posted"
            + "|(?:^|[\\s_-])(?:date|time)(?:$|[\\s_-])");
    /** How many levels above an attribute date a byline-like container may sit. */
    private static final int BYLINE_DEPTH = 3;
    /** {@code /2010/POLITICS/08/13/}: a section name between the year and the month of a filed story's address. */
    private static final Pattern URL_SECTION_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/\\p{L}[\\p{L}_-]{1,30}/(\\d{2})/(\\d{2})/");
    /**
     * A date led in by a sentence's words, not by a label: a word and its preposition ("signed into law on") or two
     * lower-case words, a verb phrase ("is seen June 5" in a photo caption, "last post by someone Sep 26" on a thread).
     */
    private static final Pattern IN_CLAUSE = Pattern.compile("(?u)\\b\\p{Ll}{2,}\\s+(?:on|in|since|until|till|from"
            + "|before|after|of|\\p{Ll}{3,})[\\s\u00a0]*$");
    /** The opening of a paragraph that dates it: a place in capitals, then the date in brackets or after a dash. */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu}.,' -]{1,40}?[\\s\u00a0]*"
            + "(?:\\([^()]{6,30}\\)|,[\\s\u00a0]*[^()\u2014\u2013]{6,30}?)[\\s\u00a0]*(?:[\u2014\u2013]|--?)");
    private static final int LINES_BEFORE = 6;
    private static final int NEAR_HEADLINE = 8;
    private static final int LINES_AFTER = 40;

    /** A dated value with where it came from. */
    private record Dated(StatedTime time, DateSource source) {
    }

    /** A date found in the visible text near the headline, with how the page labelled it. */
    private record Shown(StatedTime time, boolean updated, boolean published, boolean yearGuessed, int distance) {
    }

    /**
     * Finds the dates of {@code doc}; {@code lines} is its visible text, {@code headlineLine} the index of the
     * headline's line (or -1), {@code regions} the page's regions around that headline, and {@code monthFirst}
     * says how to read ambiguous numeric dates.
     */
    public static PublicationDate find(PageElements page, MetaTags meta, StructuredData data, VisibleLines lines,
            int headlineLine, PageRegions regions, String url, boolean monthFirst) {
        DateText parser = new DateText();
        List<Dated> metaPublished = new ArrayList<>();
        List<Dated> metaModified = new ArrayList<>();
        JsonNode article = data.article();
        StatedTime ldPublished = plausible(parser.machine(data.text(article, "datePublished")));
        StatedTime ldModified = plausible(parser.machine(data.text(article, "dateModified")));
        if (ldPublished == null) {
            for (JsonNode o : data.objects()) {
                ldPublished = plausible(parser.machine(data.text(o, "datePublished")));
                if (ldPublished != null) {
                    break;
                }
            }
        }
        // A first publication after the last modification is a metadata defect.
        if (ldPublished != null && ldModified != null && ldPublished.isInstant() && ldModified.isInstant()
                && ldPublished.instant().isAfter(ldModified.instant())) {
            ldPublished = null;
        }
        add(metaPublished, ldPublished, DateSource.JSON_LD);
        add(metaModified, ldModified, DateSource.JSON_LD);
        for (String v : meta.all(PUBLISHED_META)) {
            add(metaPublished, plausible(parser.machine(v)), DateSource.META);
        }
        for (String v : meta.all(MODIFIED_META)) {
            add(metaModified, plausible(parser.machine(v)), DateSource.META);
        }
        for (Element el : page.select(MICRODATA_DATE)) {
            if (el.nameIs("meta")) {
                continue; // meta tags were read above
            }
            String v = el.hasAttr("datetime") ? el.attr("datetime") : el.hasAttr("content") ? el.attr("content")
                    : el.text();
            List<Dated> target = el.attr("itemprop").equals("datePublished") ? metaPublished : metaModified;
            add(target, plausible(parser.machine(v)), DateSource.MICRODATA);
        }
        for (Element time : page.select("time", TIME)) {
            if (time.hasAttr("pubdate") || metaPublished.isEmpty()) {
                add(metaPublished, plausible(parser.machine(time.attr("datetime"))), DateSource.TIME_ELEMENT);
            }
        }

        if (metaPublished.isEmpty()) {
            // a byline's machine date behind its relative text ("<abbr title=ISO>1 hr ago</abbr>")
            page.select(ATTRIBUTE_DATE).stream().filter(el -> !el.nameIs("time") && inBylineLike(el))
                    .map(el -> plausible(parser.machine(el.hasAttr("datetime") ? el.attr("datetime")
                            : el.attr("title"))))
                    .filter(t -> t != null).findFirst()
                    .ifPresent(t -> add(metaPublished, t, DateSource.TIME_ELEMENT));
        }
        Dated m = metaPublished.isEmpty() ? null : metaPublished.get(0);
        List<Shown> shown = shown(lines, headlineLine, regions, parser, monthFirst,
                m == null ? null : m.time().date().getYear());
        ZoneOffset siteOffset = siteOffset(metaPublished, metaModified);
        if (siteOffset == null) {
            // metadata in UTC alone: a time the page shows with its zone ("Updated 12:24 am EST") fixes the local day
            siteOffset = shown.stream().map(Shown::time).filter(t -> t.isInstant() && t.offset().getTotalSeconds() != 0)
                    .map(StatedTime::offset).findFirst().orElse(null);
        }
        Shown visible = shown.stream().filter(s -> s.published() && !s.updated()).findFirst()
                .orElse(shown.stream().filter(s -> !s.updated()).findFirst()
                        .orElse(m == null ? shown.stream().findFirst().orElse(null) : null));
        // A visible date far from the metadata's must sit right by the headline or say it is the publication date.
        if (visible != null && m != null && !visible.published() && visible.distance() > NEAR_HEADLINE
                && Math.abs(visible.time().date().toEpochDay() - m.time().date().toEpochDay()) > 1) {
            visible = null;
        }

        PageDate published = choose(visible, m, siteOffset);
        PageDate inUrl = fromUrl(url);
        if (published == null) {
            published = inUrl;
        } else if (inUrl != null && published.source() == DateSource.VISIBLE_TEXT
                && daysApart(published, inUrl) > 2) {
            // the address was written when the story was filed; a visible date days away from it is one the
            // page mentions (a copyright year, an event, a related story), unless the metadata says so too
            published = m != null && daysApart(metadataDate(m), inUrl) <= 1 ? choose(null, m, siteOffset) : inUrl;
        }
        Dated mod = metaModified.isEmpty() ? null : metaModified.get(0);
        PageDate modified = mod != null ? new PageDate(mod.time().iso(), mod.source(), false) : shown.stream()
                .filter(Shown::updated).findFirst()
                .map(s -> new PageDate(s.time().iso(), DateSource.VISIBLE_TEXT, false)).orElse(null);
        if (published != null && modified != null && day(published) != null && day(modified) != null
                && day(published).isAfter(day(modified))) {
            // a first publication after the page's own last update: the weaker of the two readings is wrong
            PageDate fromMeta = m == null ? null : choose(null, m, siteOffset);
            published = published.source() == DateSource.VISIBLE_TEXT && fromMeta != null
                    && !day(fromMeta).isAfter(day(modified)) ? fromMeta
                    : new PageDate(modified.value(), modified.source(), modified.offsetInferred());
        }
        return new PublicationDate(published, modified);
    }

    /** True when {@code el} or a close ancestor is marked as a byline or a story's date line. */
    private static boolean inBylineLike(Element el) {
        Element at = el;
        for (int level = 0; at != null && level <= BYLINE_DEPTH; level++, at = at.parent()) {
            if (BYLINE_LIKE.matcher(at.className()).find() || BYLINE_LIKE.matcher(at.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static PageDate metadataDate(Dated m) {
        return new PageDate(m.time().iso(), m.source(), false);
    }

    /** The calendar day a date names, or null when it names none. */
    private static LocalDate day(PageDate d) {
        try {
            return d.value().length() >= 10 ? LocalDate.parse(d.value().substring(0, 10)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long daysApart(PageDate a, PageDate b) {
        LocalDate x = day(a);
        LocalDate y = day(b);
        return x == null || y == null ? 0 : Math.abs(x.toEpochDay() - y.toEpochDay());
    }

    private static PageDate choose(Shown visible, Dated m, ZoneOffset siteOffset) {
        if (visible == null || (visible.yearGuessed() && m == null)) {
            if (m == null) {
                return null;
            }
            StatedTime t = m.time();
            if (t.isInstant() && siteOffset != null && t.offset().getTotalSeconds() == 0) {
                return new PageDate(t.at(siteOffset).iso(), m.source(), true);
            }
            return new PageDate(t.iso(), m.source(), false);
        }
        StatedTime v = visible.time();
        if (visible.yearGuessed()) {
            v = new StatedTime(v.date().withYear(m.time().date().getYear()), v.time(), v.offset());
        }
        if (v.isInstant()) {
            return new PageDate(v.iso(), DateSource.VISIBLE_TEXT, false);
        }
        if (m != null && m.time().isInstant()) {
            StatedTime mt = m.time();
            if (v.time() != null) {
                // A visible local time and a metadata instant together reveal the site's offset.
                long minutes = Duration.between(mt.instant().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                        .withSecond(0).withNano(0), v.local().withSecond(0)).toMinutes();
                if (Math.abs(minutes) <= 14 * 60 && minutes % 15 == 0) {
                    return new PageDate(mt.at(ZoneOffset.ofTotalSeconds((int) minutes * 60)).iso(),
                            DateSource.VISIBLE_TEXT, true);
                }
                return new PageDate(v.iso(), DateSource.VISIBLE_TEXT, false);
            }
            if (mt.date().equals(v.date())) {
                return new PageDate(mt.iso(), m.source(), false);
            }
            if (siteOffset != null && mt.at(siteOffset).date().equals(v.date())) {
                return new PageDate(mt.at(siteOffset).iso(), m.source(), true);
            }
        } else if (m != null && m.time().date().equals(v.date()) && v.time() == null) {
            return new PageDate(m.time().iso(), m.source(), false);
        }
        return new PageDate(v.iso(), DateSource.VISIBLE_TEXT, false);
    }

    private static List<Shown> shown(VisibleLines lines, int headline, PageRegions regions, DateText parser,
            boolean monthFirst, Integer year) {
        List<Shown> out = new ArrayList<>();
        if (headline < 0) {
            return out;
        }
        List<VisibleLines.Line> all = lines.lines();
        List<Integer> order = new ArrayList<>();
        for (int i = headline; i < Math.min(all.size(), headline + LINES_AFTER); i++) {
            order.add(i);
        }
        for (int i = headline - 1; i >= Math.max(0, headline - LINES_BEFORE); i--) {
            order.add(i);
        }
        for (int i : order) {
            String text = all.get(i).text();
            // every date form has digits, and a date is read only where it starts on this line
            if (!DateText.hasDigit(text)) {
                continue;
            }
            if (text.length() > 250) {
                // a paragraph: only the date of its dateline ("WASHINGTON (January 24, 2017) -") is the story's own
                Matcher dateline = DATELINE.matcher(text);
                text = dateline.lookingAt() ? dateline.group() : "";
            }
            if (text.isEmpty() || regions.isAside(all.get(i).block()) || COPYRIGHT.matcher(text).find()) {
                continue;
            }
            // A label alone on the line before ("Updated" / "Published") applies to this line's date.
            String label = i > 0 && all.get(i - 1).text().length() <= 25 ? all.get(i - 1).text() + " " : "";
            text = label + text;
            int from = 0;
            for (DateText.Found f : parser.find(text, monthFirst, year)) {
                if (f.start() < label.length()) {
                    continue;
                }
                String before = text.substring(from, f.start());
                from = f.end();
                boolean updated = lastMatch(UPDATED, before) > lastMatch(PUBLISHED, before);
                boolean published = lastMatch(PUBLISHED, before) > lastMatch(UPDATED, before);
                if (f.yearGuessed() && f.time().time() == null) {
                    continue;
                }
                // A date deep inside a sentence is something the story mentions, not when it was published.
                if (!updated && !published && f.start() - label.length() > 40 && text.length() > 120) {
                    continue;
                }
                // A date a clause leads to ("was signed into law on August 14, 1935") is an event, not a stamp.
                if (!updated && !published && IN_CLAUSE.matcher(text.substring(label.length(), f.start())).find()) {
                    continue;
                }
                out.add(new Shown(f.time(), updated, published, f.yearGuessed(), Math.abs(i - headline)));
            }
        }
        return out;
    }

    private static int lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The non-zero offset most metadata values carry, if any: the site's own zone. */
    private static ZoneOffset siteOffset(List<Dated> published, List<Dated> modified) {
        Map<ZoneOffset, Integer> counts = new HashMap<>();
        List<Dated> all = new ArrayList<>(published);
        all.addAll(modified);
        for (Dated d : all) {
            if (d.time().isInstant() && d.time().offset().getTotalSeconds() != 0) {
                counts.merge(d.time().offset(), 1, Integer::sum);
            }
        }
        // A zoneless local time equal to an instant's clock minutes gives the offset too (sailthru.date style).
        for (Dated local : all) {
            if (local.time().time() == null || local.time().offset() != null) {
                continue;
            }
            for (Dated d : all) {
                if (d.time().isInstant()) {
                    long minutes = Duration.between(d.time().instant().withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDateTime(), local.time().local()).toMinutes();
                    if (minutes != 0 && Math.abs(minutes) <= 14 * 60 && minutes % 15 == 0) {
                        counts.merge(ZoneOffset.ofTotalSeconds((int) minutes * 60), 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static PageDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find() || (m = URL_COMPACT_DATE.matcher(url)).find() || (m = URL_SECTION_DATE.matcher(url)).find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return d.getYear() < 1995 || d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)) ? null
                        : new PageDate(d.toString(), DateSource.URL, false);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static StatedTime plausible(StatedTime t) {
        return t != null && t.isPlausible() ? t : null;
    }

    private static void add(List<Dated> list, StatedTime t, DateSource source) {
        if (t != null) {
            list.add(new Dated(t, source));
        }
    }
}
