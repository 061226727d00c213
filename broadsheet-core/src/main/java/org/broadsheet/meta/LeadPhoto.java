package org.broadsheet.meta;

import java.util.regex.Pattern;

import org.broadsheet.article.LeadImage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the article's lead image: {@code og:image}, the JSON-LD image or {@code twitter:image}, with the caption
 * and credit of the figure that shows it on the page when there is one.
 */
public final class LeadPhoto {

    private static final Evaluator IMAGE = QueryParser.parse("img");
    /** Blocks whose images are figures of the article. */
    private static final Evaluator FIGURE = QueryParser.parse("figure, [class*=image], [class*=media]");
    private static final Evaluator FIGURE_ELEMENT = QueryParser.parse("figure");
    private static final Evaluator CAPTION = QueryParser.parse("figcaption, [class*=caption], [itemprop=caption]");
    private static final Evaluator CREDIT = QueryParser.parse("[class*=credit], [class*=copyright],"
            + " [itemprop=copyrightHolder]");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");

    private LeadPhoto() {
    }

    /** The lead image of {@code page}, or null when the page declares none. */
    public static LeadImage find(PageElements page, MetaTags meta, StructuredData data) {
        Document doc = page.document();
        String url = meta.first("og:image", "og:image:url", "og:image:secure_url");
        JsonNode article = data.article();
        if (url == null && article != null) {
            JsonNode image = article.get("image");
            if (image != null) {
                JsonNode first = image.isArray() && image.size() > 0 ? image.get(0) : image;
                url = first.isObject() ? data.text(first, "url") : first.asText(null);
            }
        }
        if (url == null) {
            url = meta.first("twitter:image", "twitter:image:src", "thumbnail");
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        String absolute = absolute(doc, url.trim());
        String caption = null;
        String credit = null;
        Element figure = figureShowing(page, absolute);
        if (figure != null) {
            Element cap = figure.selectFirst(CAPTION);
            Element cred = figure.selectFirst(CREDIT);
            if (cred != null && !cred.text().isBlank()) {
                credit = cred.text().trim();
            }
            if (cap != null && !cap.text().isBlank()) {
                caption = cap.text().trim();
                if (credit != null && caption.endsWith(credit) && caption.length() > credit.length()) {
                    caption = caption.substring(0, caption.length() - credit.length()).trim();
                }
            }
        }
        return new LeadImage(absolute, caption, credit);
    }

    private static String absolute(Document doc, String url) {
        if (url.startsWith("//")) {
            return "https:" + url;
        }
        if (url.startsWith("http")) {
            return url;
        }
        String base = doc.location();
        if (base == null || base.isEmpty()) {
            return url;
        }
        try {
            return java.net.URI.create(base).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The figure whose image has the same file name as {@code url}, if the page shows one. */
    private static Element figureShowing(PageElements page, String url) {
        String file = QUERY.matcher(url).replaceAll("");
        file = file.substring(file.lastIndexOf('/') + 1);
        if (file.length() < 5) {
            return null;
        }
        for (Element img : page.select("img", IMAGE)) {
            String src = img.attr("src") + " " + img.attr("data-src") + " " + img.attr("srcset");
            if (src.contains(file) && img.parent() != null && img.parent().closest(FIGURE) != null) {
                Element figure = img.closest(FIGURE_ELEMENT);
                return figure != null ? figure : img.parent();
            }
        }
        return null;
    }
}
