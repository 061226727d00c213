package org.broadsheet.cli;

import java.util.Locale;

import org.broadsheet.Extraction;
import org.broadsheet.article.BlockDecision;
import org.broadsheet.json.ArticleJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes what {@code --explain} shows: every block of a page in reading order, whether it was kept as
 * body or removed (and as what), and the reason. Thread-safe.
 */
public final class ExplainRenderer {

    private static final int PREVIEW = 72;

    private final ObjectMapper mapper = new ObjectMapper();

    /** The decisions as text for people, one block per two lines, with control characters dropped. */
    public String renderText(String source, Extraction e) {
        long kept = e.decisions().stream().filter(BlockDecision::isBody).count();
        StringBuilder out = new StringBuilder();
        out.append(source).append(" (read as ").append(ArticleJson.name(e.inputFormat())).append("): ")
                .append(e.decisions().size()).append(" blocks, ").append(kept)
                .append(" kept as body, ").append(e.decisions().size() - kept).append(" removed");
        if (e.article().title() != null) {
            out.append("; title: ").append(PlainText.clean(e.article().title()));
        }
        out.append('\n');
        for (BlockDecision d : e.decisions()) {
            String verdict = d.isBody() ? "BODY" : "removed " + ArticleJson.name(d.kind());
            out.append(String.format(Locale.ROOT, "%5d  %-24s %-10s %s%n", d.index(), verdict,
                    ArticleJson.name(d.type()), preview(d.text())));
            out.append("       because ").append(PlainText.clean(d.reason())).append('\n');
        }
        return out.toString();
    }

    /** The decisions as JSON: {@code {source, title, blocks: [{index, type, decision, kind, reason, text}]}}. */
    public String renderJson(String source, Extraction e, boolean pretty) {
        ObjectNode o = mapper.createObjectNode();
        o.put("source", source);
        o.put("inputFormat", ArticleJson.name(e.inputFormat()));
        o.put("title", e.article().title());
        ArrayNode blocks = o.putArray("blocks");
        for (BlockDecision d : e.decisions()) {
            ObjectNode b = blocks.addObject();
            b.put("index", d.index());
            b.put("type", ArticleJson.name(d.type()));
            b.put("decision", d.isBody() ? "body" : "removed");
            b.put("kind", d.isBody() ? null : ArticleJson.name(d.kind()));
            b.put("reason", d.reason());
            b.put("text", d.text());
        }
        try {
            return (pretty ? mapper.writer().with(SerializationFeature.INDENT_OUTPUT) : mapper.writer())
                    .writeValueAsString(o) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a JSON tree always serializes", ex);
        }
    }

    private static String preview(String text) {
        String clean = PlainText.clean(text);
        String t = clean.length() > PREVIEW ? clean.substring(0, PREVIEW - 1) + "…" : clean;
        return "\"" + t + "\"";
    }
}
