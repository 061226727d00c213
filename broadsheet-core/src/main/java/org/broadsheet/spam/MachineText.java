package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Text a page keeps for machines, which no browser ever shows: its HTML comments and the texts of its structured
 * data (JSON-LD). A planted run put there is not seen by any reader of the page, but search engines and other
 * crawlers read it, and it is evidence that someone altered the page's markup; honest pages keep there notes for
 * their developers, markup switched off and the article's own description and headline. Each is judged by the same
 * components as hidden text (it is never shown), so only text the judge calls planted is flagged, and the finding
 * says where it was: "inside an HTML comment" or "in the page's structured data".
 */
final class MachineText {

    /** Most comments or structured-data texts read on one page. */
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

    private MachineText() {
    }

    /** The page's HTML comments, in page order, each read as the markup it holds (commented-out links too). */
    static List<UnshownText.Carrier> comments(Document doc) {
        List<UnshownText.Carrier> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment c && out.size() < MAX_TEXTS && !conditional(c.getData())) {
                    Element markup = Jsoup.parseBodyFragment(c.getData()).body();
                    UnshownText.keep(new UnshownText.Carrier("comment", UnshownText.lines(markup), markup,
                            "inside an HTML comment, which browsers never show"), out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, doc);
        return out;
    }

    /** Whether a comment is a conditional comment for old browsers ({@code [if IE]}): markup for them, not a note. */
    private static boolean conditional(String data) {
        String t = data.strip();
        return t.startsWith("[if") || t.startsWith("<![endif]") || t.startsWith("[endif]");
    }

    /** The texts of the page's structured data for people ({@link #TEXT_PROPERTIES}), each a carrier of its own. */
    static List<UnshownText.Carrier> structuredData(Document doc) {
        List<UnshownText.Carrier> out = new ArrayList<>();
        ObjectMapper json = null;
        int budget = MAX_JSON_CHARS;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > budget) {
                continue;
            }
            budget -= data.length();
            json = json == null ? new ObjectMapper() : json;
            try {
                texts(json.readTree(data), 0, out);
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
