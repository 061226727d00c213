package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Text a page keeps for machines, which no browser ever shows: the texts for people of its structured data
 * (JSON-LD). A planted run put there is seen by no reader of the page, but search engines read it and show it in
 * their results, and it is evidence that someone altered the page's markup; honest pages keep there the article's
 * own description and headline. Each is judged by the same components as hidden text (it is never shown), so only
 * text the judge calls planted is flagged, and the finding says where it was ("in the page's structured data").
 *
 * <p>HTML comments are not read: no reader and no search engine uses them, and honest pages fill them with markup
 * switched off and programs' records, which the judge weighs as planted lists (a cache's statistics on real pages,
 * honest lookalikes of the generated tiers), so a flag there could not be explained as something anyone was shown.
 */
final class MachineText {

    /** Most structured-data texts read on one page. */
    private static final int MAX_TEXTS = UnshownText.MAX_CARRIERS;
    /** Most characters of structured data read on one page. */
    private static final int MAX_JSON_CHARS = 200_000;
    /**
     * The structured-data properties whose values are words for people (a search engine shows them in its results):
     * not names of things, addresses, dates or keywords for machines.
     */
    private static final Set<String> TEXT_PROPERTIES = Set.of("description", "text", "abstract", "articlebody",
            "reviewbody", "caption", "headline", "alternativeheadline", "disambiguatingdescription");
    /** How deep structured data is followed. */
    private static final int MAX_DEPTH = 8;
    /** Reads JSON; immutable and shared, since building a mapper for every page costs more than reading its data. */
    private static final ObjectReader JSON = new ObjectMapper().reader();

    private MachineText() {
    }

    /** The texts of the page's structured data for people ({@link #TEXT_PROPERTIES}), each a carrier of its own. */
    static List<UnshownText.Carrier> structuredData(Document doc) {
        List<UnshownText.Carrier> out = new ArrayList<>();
        int budget = MAX_JSON_CHARS;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > budget) {
                continue;
            }
            budget -= data.length();
            try {
                texts(JSON.readTree(data), 0, out);
            } catch (JsonProcessingException e) {
                // not valid JSON: a browser reads nothing from it either, and neither does a search engine
            }
            if (out.size() >= MAX_TEXTS) {
                break;
            }
        }
        return out;
    }

    private static void texts(JsonNode node, int depth, List<UnshownText.Carrier> out) {
        if (node == null || depth > MAX_DEPTH || out.size() >= MAX_TEXTS) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> texts(n, depth + 1, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value.isTextual() && TEXT_PROPERTIES.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                // a value may hold markup (an article body's paragraphs): read it as a browser would
                Element text = Jsoup.parseBodyFragment(value.asText()).body();
                UnshownText.keep(new UnshownText.Carrier("structured", UnshownText.lines(text), text,
                        "in the page's structured data (JSON-LD \"" + e.getKey() + "\"), which browsers never show"),
                        out);
            } else if (value.isContainerNode()) {
                texts(value, depth + 1, out);
            }
        }
    }
}
