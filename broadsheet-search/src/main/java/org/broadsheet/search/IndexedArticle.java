package org.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the index keeps of one article, read from its JSON (as {@code extract} or {@code analyze} writes it; the
 * {@code analysis} object is optional, and so is every field the reader does not know).
 *
 * @param id the key: the canonical address, else the address, else {@code sha256:} of the title and text
 * @param json the article's JSON as given
 * @param title the headline, or ""
 * @param text the body, or ""
 * @param language the field tag of its language (see {@link Languages})
 * @param date publication (else update) time in epoch milliseconds, or null
 * @param facets values per facet dimension
 * @param statements direct quotes and reported speech, from the analysis
 */
record IndexedArticle(String id, ObjectNode json, String title, String text, String language, Long date,
        Map<String, Set<String>> facets, List<Statement> statements) {

    /**
     * One thing someone said in an article.
     *
     * @param speaker who said it, or null when the analysis names no one
     * @param text what was said (a quote's words, or the content of reported speech)
     * @param kind {@code quote} or {@code reported}
     * @param cue the verb or phrase that attributes it ("said", "vowed"), or null
     * @param sentence the sentence it stands in, for reported speech, or null
     */
    record Statement(String speaker, String text, String kind, String cue, String sentence) {
    }

    /** Reads an article from its JSON. */
    static IndexedArticle of(ObjectNode json) {
        String title = text(json, "title");
        String body = text(json, "text");
        if (body.isEmpty() && json.path("blocks").isArray()) {
            List<String> blocks = new ArrayList<>();
            json.path("blocks").forEach(b -> blocks.add(b.path("text").asText("")));
            body = String.join("\n", blocks);
        }
        String url = first(text(json, "canonicalUrl"), text(json, "url"));
        String id = url.isEmpty() ? "sha256:" + sha256(title + "\n" + body) : url;
        JsonNode lang = json.path("language");
        String code = lang.isObject() ? lang.path("code").asText(null) : lang.asText(null);
        Long date = epochMillis(first(json.path("published").path("value").asText(""),
                json.path("modified").path("value").asText("")));

        Map<String, Set<String>> facets = new java.util.LinkedHashMap<>();
        add(facets, "publisher", text(json, "publisher"));
        json.path("section").forEach(s -> add(facets, "section", s.asText()));
        add(facets, "language", code == null ? null : code.toLowerCase(java.util.Locale.ROOT));
        add(facets, "pageType", text(json, "pageType"));
        json.path("authors").forEach(a -> add(facets, "author", a.asText()));
        add(facets, "compromised", String.valueOf(json.path("compromised").asBoolean(false)
                || json.path("injectedSpam").size() > 0));
        if (date != null) {
            add(facets, "month", Instant.ofEpochMilli(date).atOffset(ZoneOffset.UTC).toString().substring(0, 7));
        }
        JsonNode analysis = json.path("analysis");
        analysis.path("people").forEach(p -> add(facets, "person", p.path("name").asText(null)));
        analysis.path("organizations").forEach(o -> add(facets, "organization", o.path("name").asText(null)));
        analysis.path("places").forEach(p -> add(facets, "place", p.path("name").asText(null)));

        List<Statement> statements = new ArrayList<>();
        analysis.path("quotes").forEach(q -> statements.add(new Statement(speaker(q), q.path("text").asText(""),
                "quote", q.path("cue").asText(null), null)));
        analysis.path("reportedSpeech").forEach(r -> statements.add(new Statement(speaker(r),
                r.path("content").path("text").asText(""), "reported", r.path("cue").asText(null),
                r.path("sentence").path("text").asText(null))));
        statements.removeIf(s -> s.text().isBlank());
        statements.forEach(s -> add(facets, "speaker", s.speaker()));
        return new IndexedArticle(id, json, title, body, Languages.tag(code), date, facets, statements);
    }

    /** The hash of the whole JSON: an article indexed again with the same hash is unchanged. */
    String contentHash() {
        return sha256(json.toString());
    }

    /** A speaker's name, or null when the analysis names no one (an unnamed "analysts" still counts). */
    private static String speaker(JsonNode statement) {
        String name = statement.path("speaker").path("name").asText("");
        return name.isBlank() ? null : name.strip();
    }

    private static void add(Map<String, Set<String>> facets, String dim, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        // facet labels are bounded: a runaway byline or section must not make a giant term
        facets.computeIfAbsent(dim, d -> new LinkedHashSet<>()).add(v.length() > 200 ? v.substring(0, 200) : v);
    }

    private static String text(JsonNode json, String field) {
        JsonNode n = json.path(field);
        return n.isTextual() ? n.asText() : "";
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    /** An ISO date or date-time (with or without offset; local times read as UTC) in epoch ms, or null. */
    static Long epochMillis(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            try {
                return OffsetDateTime.parse(value).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .toEpochMilli();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
