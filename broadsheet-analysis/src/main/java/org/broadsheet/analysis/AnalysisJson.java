package org.broadsheet.analysis;

import java.util.List;

import org.broadsheet.article.Warning;
import org.broadsheet.json.ArticleJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link AnalyzedArticle}: the article exactly as {@link ArticleJson} writes it, plus
 * an {@code analysis} object (documented in {@code docs/schema.md}, section "The analysis"). Thread-safe.
 */
public final class AnalysisJson {

    /** Version of the {@code analysis} object's form. */
    public static final String ANALYSIS_VERSION = "1.1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ArticleJson articles = new ArticleJson();

    /** The analysed article as a JSON tree. */
    public ObjectNode toTree(AnalyzedArticle a) {
        ObjectNode o = articles.toTree(a.article());
        o.set("analysis", analysis(a.analysis()));
        return o;
    }

    /** The analysis alone as a JSON tree. */
    public ObjectNode analysis(Analysis a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("version", ANALYSIS_VERSION);
        o.put("status", ArticleJson.name(a.status()));
        o.put("anchorDate", a.anchorDate());
        ArrayNode people = o.putArray("people");
        for (Person p : a.people()) {
            ObjectNode n = people.addObject().put("name", p.name()).put("author", p.author());
            ArrayNode roles = n.putArray("roles");
            for (Role r : p.roles()) {
                roles.addObject().put("stated", r.stated()).put("meaning", r.meaning()).put("start", r.start())
                        .put("end", r.end());
            }
            mentions(n.putArray("mentions"), p.mentions());
        }
        ArrayNode orgs = o.putArray("organizations");
        for (Organization g : a.organizations()) {
            mentions(orgs.addObject().put("name", g.name()).put("publisher", g.publisher()).putArray("mentions"),
                    g.mentions());
        }
        ArrayNode places = o.putArray("places");
        for (Place p : a.places()) {
            mentions(places.addObject().put("name", p.name()).put("country", p.country()).putArray("mentions"),
                    p.mentions());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject().put("text", q.text());
            speaker(n, q.speaker());
            n.put("cue", q.cue()).put("cueVerb", q.cueVerb()).put("start", q.start()).put("end", q.end());
            ArrayNode parts = n.putArray("parts");
            q.parts().forEach(p -> span(parts.addObject(), p));
        }
        ArrayNode reported = o.putArray("reportedSpeech");
        for (ReportedSpeech r : a.reportedSpeech()) {
            ObjectNode n = reported.addObject();
            speaker(n, r.speaker());
            n.put("cue", r.cue());
            span(n.putObject("content"), r.content());
            span(n.putObject("sentence"), r.sentence());
            if (r.embedded()) {
                n.put("embedded", true); // inside another source's statement or a direct quote
            }
        }
        ArrayNode figures = o.putArray("figures");
        for (Figure f : a.figures()) {
            figures.addObject().put("kind", ArticleJson.name(f.kind())).put("text", f.text()).put("start", f.start())
                    .put("end", f.end()).put("value", f.value()).put("unit", f.unit()).put("qualifier", f.qualifier())
                    .put("measures", f.measures()).put("period", f.period());
        }
        ArrayNode dates = o.putArray("dates");
        for (DateMention d : a.dates()) {
            dates.addObject().put("text", d.text()).put("start", d.start()).put("end", d.end()).put("value", d.value())
                    .put("approximate", d.approximate());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : a.events()) {
            ObjectNode n = events.addObject().put("kind", ArticleJson.name(e.kind())).put("trigger", e.trigger());
            e.participants().forEach(n.putArray("participants")::add);
            n.put("date", e.date());
            span(n.putObject("sentence"), e.sentence());
        }
        ArrayNode relations = o.putArray("relations");
        for (Relation r : a.relations()) {
            ObjectNode n = relations.addObject().put("subject", r.subject()).put("relation", ArticleJson.name(r.kind()))
                    .put("label", r.label()).put("object", r.object());
            span(n.putObject("sentence"), r.sentence());
        }
        ArrayNode warnings = o.putArray("warnings");
        for (Warning w : a.warnings()) {
            warnings.addObject().put("code", w.code()).put("message", w.message());
        }
        return o;
    }

    /** The analysed article as indented JSON. */
    public String toJson(AnalyzedArticle a) {
        return write(a, true);
    }

    /** The analysed article as one line of JSON, for JSON Lines output. */
    public String toJsonLine(AnalyzedArticle a) {
        return write(a, false);
    }

    private String write(AnalyzedArticle a, boolean pretty) {
        try {
            return pretty ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(a))
                    : mapper.writeValueAsString(toTree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void mentions(ArrayNode array, List<Mention> mentions) {
        for (Mention m : mentions) {
            array.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end())
                    .put("kind", ArticleJson.name(m.kind()));
        }
    }

    private static void speaker(ObjectNode n, Speaker s) {
        // one unnamed source or no attribution: no name (the spec's null speaker); the wording is kept
        boolean nameless = s.kind() == Speaker.Kind.UNNAMED || s.kind() == Speaker.Kind.UNATTRIBUTED;
        ObjectNode o = n.putObject("speaker").put("name", nameless ? null : s.name()).put("kind", ArticleJson.name(s.kind()));
        if (s.kind() == Speaker.Kind.UNNAMED) {
            o.put("description", s.name());
        }
        if (s.mention() == null) {
            o.putNull("mention");
        } else {
            span(o.putObject("mention"), new Span(s.mention().text(), s.mention().start(), s.mention().end()));
        }
    }

    private static void span(ObjectNode n, Span s) {
        n.put("text", s.text()).put("start", s.start()).put("end", s.end());
    }
}
