package org.broadsheet.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The schema.org objects a page declares in its JSON-LD scripts, flattened: top-level objects, members of
 * {@code @graph} arrays and main entities, with {@code @id} references resolvable. Scripts that are not valid
 * JSON even after light repair are skipped. Immutable once built.
 */
public final class StructuredData {

    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "article",
            "blogposting", "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting",
            "review", "medicalwebpage");

    private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    private final List<JsonNode> objects;
    private final Map<String, JsonNode> byId;

    private StructuredData(List<JsonNode> objects, Map<String, JsonNode> byId) {
        this.objects = List.copyOf(objects);
        this.byId = Map.copyOf(byId);
    }

    /** Reads every {@code application/ld+json} script of {@code page} with {@code json}. */
    public static StructuredData of(PageElements page, ObjectMapper json) {
        List<JsonNode> objects = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (Element script : page.select("script", LD_JSON)) {
            JsonNode root = parse(script.data(), json);
            if (root != null) {
                collect(root, objects, byId, 0);
            }
        }
        return new StructuredData(objects, byId);
    }

    private static JsonNode parse(String text, ObjectMapper json) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return json.readTree(trimmed);
        } catch (JsonProcessingException first) {
            // Common breakage: CDATA or comment wrappers, raw newlines inside strings, trailing semicolons.
            String repaired = trimmed.replaceAll("^\\s*(<!--|/\\*\\s*<!\\[CDATA\\[\\s*\\*/|<!\\[CDATA\\[)", "")
                    .replaceAll("(-->|/\\*\\s*]]>\\s*\\*/|]]>)\\s*$", "")
                    .replaceAll("[\\r\\n\\t]+", " ")
                    .replaceAll(";\\s*$", "");
            try {
                return json.readTree(repaired);
            } catch (JsonProcessingException second) {
                return null;
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> objects, Map<String, JsonNode> byId, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, objects, byId, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        objects.add(node);
        indexIds(node, byId, 0);
        collect(node.get("@graph"), objects, byId, depth + 1);
        for (String field : List.of("mainEntity", "mainEntityOfPage")) {
            JsonNode main = node.get(field);
            if (main != null && main.isObject() && main.has("@type")) {
                collect(main, objects, byId, depth + 1);
            }
        }
    }

    private static void indexIds(JsonNode node, Map<String, JsonNode> byId, int depth) {
        if (depth > 8) {
            return;
        }
        if (node.isObject()) {
            JsonNode id = node.get("@id");
            // Keep the richest object for an id: a bare {"@id": ...} reference must not hide the full one.
            if (id != null && id.isTextual() && node.size() > 1) {
                JsonNode known = byId.get(id.asText());
                if (known == null || known.size() < node.size()) {
                    byId.put(id.asText(), node);
                }
            }
            node.forEach(child -> indexIds(child, byId, depth + 1));
        } else if (node.isArray()) {
            node.forEach(child -> indexIds(child, byId, depth + 1));
        }
    }

    /** True when {@code node}'s {@code @type} (a string or an array) includes one of {@code types}, ignoring case. */
    public static boolean isType(JsonNode node, List<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (types.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** All objects found, in page order. */
    public List<JsonNode> objects() {
        return objects;
    }

    /** The objects whose type is one of {@code types} (lower case), in page order. */
    public List<JsonNode> ofType(String... types) {
        List<String> wanted = List.of(types);
        return objects.stream().filter(o -> isType(o, wanted)).toList();
    }

    /**
     * The object describing the article: the first article-like object with a headline or date, or failing that
     * the first web page object; null when there is none.
     */
    public JsonNode article() {
        JsonNode fallback = null;
        for (JsonNode o : objects) {
            if (isType(o, ARTICLE_TYPES)) {
                if (o.has("headline") || o.has("datePublished") || o.has("author")) {
                    return o;
                }
                fallback = fallback == null ? o : fallback;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        for (JsonNode o : objects) {
            if (isType(o, List.of("webpage", "itempage", "collectionpage")) && (o.has("datePublished")
                    || o.has("headline") || o.has("author"))) {
                return o;
            }
        }
        return null;
    }

    /** {@code node} itself, or the full object its {@code @id} points to when {@code node} is only a reference. */
    public JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.has("@id")) {
            JsonNode full = byId.get(node.get("@id").asText());
            if (full != null && full.size() > node.size()) {
                return full;
            }
        }
        return node;
    }

    /**
     * The text of {@code field} in {@code node}: a string, the first string of an array, an object's
     * {@code @value} or {@code name}; null when absent or blank.
     */
    public String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        return textOf(node.get(field));
    }

    private String textOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                String t = textOf(v);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (value.isObject()) {
            JsonNode resolved = resolve(value);
            String t = textOf(resolved.get("@value"));
            return t != null ? t : textOf(resolved.get("name"));
        }
        String t = value.asText().trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * The names in {@code field} of {@code node} (e.g. {@code author}): strings, objects with a name (references
     * resolved), or arrays of either. Each entry is paired with whether it was typed as an Organization.
     */
    public List<Credit> credits(JsonNode node, String field) {
        List<Credit> out = new ArrayList<>();
        if (node != null) {
            addCredits(node.get(field), out);
        }
        return out;
    }

    private void addCredits(JsonNode value, List<Credit> out) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> addCredits(v, out));
        } else if (value.isObject()) {
            JsonNode resolved = resolve(value);
            String name = textOf(resolved.get("name"));
            if (name != null) {
                out.add(new Credit(name, isType(resolved, List.of("organization", "newsmediaorganization",
                        "corporation", "organisation"))));
            }
        } else if (value.isTextual() && !value.asText().isBlank()) {
            out.add(new Credit(value.asText().trim(), false));
        }
    }

    /**
     * A name credited in structured data.
     *
     * @param name the name as written
     * @param organization true when the object was typed as an organization
     */
    public record Credit(String name, boolean organization) {
    }
}
