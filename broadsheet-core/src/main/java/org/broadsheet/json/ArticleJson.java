package org.broadsheet.json;

import java.util.List;
import java.util.Locale;

import org.broadsheet.article.Article;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Language;
import org.broadsheet.article.LeadImage;
import org.broadsheet.article.PageDate;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.ValidUnicode;
import org.broadsheet.article.Warning;
import org.broadsheet.article.SpamFinding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link Article}, as documented in {@code docs/schema.md}. Field names are
 * camelCase; enum values are lower-case with hyphens ({@code image-credit}); absent values are
 * {@code null}. Thread-safe.
 */
public final class ArticleJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The article as a JSON tree. */
    public ObjectNode toTree(Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("schemaVersion", a.schemaVersion());
        o.put("source", a.source());
        if (a.provenance() == null) {
            o.putNull("provenance");
        } else {
            o.putObject("provenance").put("warcRecordId", a.provenance().warcRecordId())
                    .put("fetchedAt", a.provenance().fetchedAt());
        }
        o.put("pageType", a.pageType() == null ? null : a.pageType().label());
        o.put("url", a.url());
        o.put("canonicalUrl", a.canonicalUrl());
        o.put("title", a.title());
        o.put("subtitle", a.subtitle());
        strings(o.putArray("authors"), a.authors());
        strings(o.putArray("authorOrganizations"), a.authorOrganizations());
        o.put("publisher", a.publisher());
        strings(o.putArray("section"), a.section());
        strings(o.putArray("tags"), a.tags());
        o.put("description", a.description());
        language(o, a.language());
        image(o, a.image());
        date(o, "published", a.published());
        date(o, "modified", a.modified());
        o.put("text", a.text());
        ArrayNode blocks = o.putArray("blocks");
        for (BodyBlock b : a.blocks()) {
            ObjectNode bo = blocks.addObject().put("type", name(b.type())).put("text", b.text());
            if (b.rows() != null) {
                ArrayNode rows = bo.putArray("rows");
                for (List<String> row : b.rows()) {
                    strings(rows.addArray(), row);
                }
            }
        }
        ArrayNode removed = o.putArray("removed");
        for (RemovedBlock r : a.removed()) {
            removed.addObject().put("kind", name(r.kind())).put("text", r.text()).put("reason", r.reason());
        }
        ArrayNode warnings = o.putArray("warnings");
        for (Warning w : a.warnings()) {
            warnings.addObject().put("code", w.code()).put("message", w.message());
        }
        o.put("compromised", a.compromised());
        ArrayNode spam = o.putArray("injectedSpam");
        for (SpamFinding f : a.injectedSpam()) {
            ObjectNode fo = spam.addObject().put("location", f.location());
            if (f.blockIndex() >= 0) {
                fo.put("block", f.blockIndex());
            } else {
                fo.putNull("block");
            }
            fo.put("start", f.start()).put("end", f.end()).put("text", f.text()).put("family", name(f.family()))
                    .put("score", Math.round(f.score() * 10) / 10.0);
            strings(fo.putArray("reasons"), f.reasons());
        }
        return o;
    }

    /** The article as indented JSON. */
    public String toJson(Article a) {
        return write(a, true);
    }

    /** The article as one line of JSON, for JSON Lines output. */
    public String toJsonLine(Article a) {
        return write(a, false);
    }

    /**
     * Valid Unicode whatever the article holds: an article made by hand, or given a provenance after it was
     * assembled, may carry lone surrogates, which the writer turns into U+FFFD (found by fuzzing).
     */
    private String write(Article a, boolean pretty) {
        try {
            return ValidUnicode.of(pretty
                    ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(a))
                    : mapper.writeValueAsString(toTree(a)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** An enum constant as it appears in JSON: {@code IMAGE_CREDIT} becomes {@code image-credit}. */
    public static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void language(ObjectNode o, Language l) {
        if (l == null) {
            o.putNull("language");
            return;
        }
        o.putObject("language").put("code", l.code()).put("declared", l.declared()).put("detected", l.detected());
    }

    private static void image(ObjectNode o, LeadImage img) {
        if (img == null) {
            o.putNull("image");
            return;
        }
        o.putObject("image").put("url", img.url()).put("caption", img.caption()).put("credit", img.credit());
    }

    private static void date(ObjectNode o, String field, PageDate d) {
        if (d == null) {
            o.putNull(field);
            return;
        }
        o.putObject(field).put("value", d.value()).put("source", name(d.source()))
                .put("offsetInferred", d.offsetInferred());
    }
}
