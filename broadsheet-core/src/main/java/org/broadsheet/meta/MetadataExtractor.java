package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.broadsheet.block.VisibleLines;
import org.broadsheet.article.LeadImage;
import org.broadsheet.block.Page;
import org.broadsheet.block.Visibility;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads an HTML page's metadata: structured data (JSON-LD, microdata), meta tags (OpenGraph, Dublin Core,
 * Parse.ly, Sailthru) and the visible article header (headline, byline, dates, breadcrumbs). Where the visible
 * article and the metadata disagree the visible article wins. Thread-safe: holds only immutable configuration.
 */
public final class MetadataExtractor {

    private static final Pattern ENGLISH_US = Pattern.compile("en(-us)?");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,;]");

    // Selectors parsed once: parsing a query (and compiling its regexes) cost as much as running it.
    private static final Evaluator ARTICLE_START = QueryParser.parse("article, main, [role=main],"
            + " [itemprop=articleBody]");
    private static final Evaluator STANDFIRST = QueryParser.parse("[class~=(?i)(standfirst|subtitle|sub-title|subhead"
            + "|dek|deck|summary|lede|strapline|excerpt|intro)], [itemprop=alternativeHeadline],"
            + " [itemprop=description]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator META = QueryParser.parse("meta");
    private static final Evaluator SUBTITLE_AFTER_HEADLINE = QueryParser.parse("h2, p.subtitle");

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build();

    /** Extracts the metadata of {@code doc}; {@code url} (may be null) is the page's address. */
    public Metadata extract(Document doc, String url) {
        Element body = doc.body() != null ? doc.body() : doc;
        return extract(doc, url, VisibleLines.of(body, new Visibility(doc)));
    }

    /** Extracts the metadata of the HTML page {@code page}; {@code url} (may be null) is its address. */
    public Metadata extract(Page page, String url) {
        return extract(page.document(), url, page.visibleLines());
    }

    private Metadata extract(Document doc, String url, VisibleLines lines) {
        // One walk gathers the elements that the readers' page-wide selectors then filter.
        PageElements page = PageElements.of(doc);
        MetaTags meta = MetaTags.of(page);
        StructuredData data = StructuredData.of(page, json);
        String address = url != null ? url : doc.location();
        String publisher = SiteName.find(page, meta, data, address);
        Headline headline = Headline.find(page, meta, data, publisher);
        int headlineLine = headline.element() == null ? -1 : lines.indexOf(headline.element());
        if (headlineLine < 0 && headline.text() != null) {
            headlineLine = lines.indexOfText(headline.text());
        }
        if (headlineLine < 0) {
            headlineLine = firstArticleLine(page, lines);
        }

        String declaredLanguage = declaredLanguage(doc, meta, data);
        boolean monthFirst = declaredLanguage == null || ENGLISH_US.matcher(declaredLanguage.toLowerCase(Locale.ROOT)).matches();
        // Dates and bylines ask about the same lines around the headline: one memo of page regions serves both.
        PageRegions regions = new PageRegions(headlineLine >= 0 ? lines.lines().get(headlineLine).block() : null);
        PublicationDate dates = PublicationDate.find(page, meta, data, lines, headlineLine, regions, address,
                monthFirst);
        Byline byline = Authorship.find(page, meta, data, lines, headlineLine, regions, publisher, address);
        LeadImage image = LeadPhoto.find(page, meta, data);
        String title = headline.text();
        return new Metadata(title, subtitle(doc, headline, data), byline.people(), byline.organizations(), publisher,
                Breadcrumb.find(page, meta, data, title), tags(meta, data), description(meta, data), declaredLanguage,
                image, dates.published(), dates.modified(), canonical(page, meta));
    }

    /** Without a headline element, the article's dates and byline are looked for from the start of the article. */
    private static int firstArticleLine(PageElements page, VisibleLines lines) {
        Element article = page.selectFirst(ARTICLE_START);
        return article == null ? -1 : lines.indexOf(article);
    }

    private static String declaredLanguage(Document doc, MetaTags meta, StructuredData data) {
        Element html = doc.selectFirst(HTML);
        String lang = html == null ? "" : html.attr("lang").trim();
        if (lang.isEmpty() && html != null) {
            lang = html.attr("xml:lang").trim();
        }
        if (lang.isEmpty()) {
            String v = meta.first("content-language", "language", "dc.language", "og:locale");
            lang = v == null ? "" : v.split(",")[0].trim();
        }
        if (lang.isEmpty()) {
            String v = data.text(data.article(), "inLanguage");
            lang = v == null ? "" : v;
        }
        return lang.isEmpty() ? null : lang.replace('_', '-');
    }

    private static String subtitle(Document doc, Headline headline, StructuredData data) {
        String alt = data.text(data.article(), "alternativeHeadline");
        Element scope = headline.element() != null && headline.element().parent() != null
                ? headline.element().parent() : doc.body();
        if (scope != null) {
            for (Element el : scope.select(STANDFIRST)) {
                String text = el.text().trim();
                if (!text.isEmpty() && text.length() < 500 && !el.is(META) && !text.equals(headline.text())) {
                    return text;
                }
            }
            if (headline.element() != null) {
                Element next = headline.element().nextElementSibling();
                if (next != null && next.is(SUBTITLE_AFTER_HEADLINE) && next.text().length() > 20) {
                    return next.text().trim();
                }
            }
        }
        return alt;
    }

    private static List<String> tags(MetaTags meta, StructuredData data) {
        Set<String> tags = new LinkedHashSet<>();
        tags.addAll(meta.all("article:tag", "og:article:tag"));
        for (String v : meta.all("news_keywords", "keywords", "parsely-tags", "sailthru.tags")) {
            for (String t : TAG_SEPARATOR.split(v)) {
                tags.add(t.trim());
            }
        }
        JsonNode article = data.article();
        JsonNode keywords = article == null ? null : article.get("keywords");
        if (keywords != null) {
            if (keywords.isArray()) {
                keywords.forEach(k -> tags.add(k.asText().trim()));
            } else {
                for (String t : keywords.asText().split(",")) {
                    tags.add(t.trim());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (!t.isEmpty() && t.length() <= 80) {
                out.add(Parser.unescapeEntities(t, false));
            }
        }
        return out;
    }

    private static String description(MetaTags meta, StructuredData data) {
        String d = meta.first("description", "og:description", "twitter:description", "dc.description");
        if (d == null) {
            d = data.text(data.article(), "description");
        }
        return d == null ? null : Parser.unescapeEntities(d, false).trim();
    }

    private static String canonical(PageElements page, MetaTags meta) {
        Elements links = page.select("link", CANONICAL);
        Element link = links.isEmpty() ? null : links.get(0);
        if (link != null && !link.attr("href").isBlank()) {
            String abs = link.absUrl("href");
            return abs.isEmpty() ? link.attr("href").trim() : abs;
        }
        return meta.first("og:url");
    }
}
