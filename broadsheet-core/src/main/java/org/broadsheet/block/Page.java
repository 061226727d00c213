package org.broadsheet.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * One page as every later stage sees it, built once after parsing: its blocks, each with the one visibility
 * verdict, the visible-lines view, the head fields a reader never sees on screen, and the document itself.
 * Metadata, classification and spam detection all receive it, instead of each reading the DOM again.
 *
 * <p>A page flattened to text has blocks only: no document, no visible lines, no head fields.
 *
 * @param document the parsed document, or null for a page flattened to text
 * @param visibility the page's judge of hidden text (judging nothing for text pages)
 * @param blocks the blocks in reading order
 * @param visibleLines the text a reader sees, one line per block element (empty for text pages)
 * @param headFields the {@code <title>}, {@code <meta name=description|keywords>} and {@code <noscript>} texts
 * @param elementsTooDeep how many elements were skipped for being nested too deep
 */
public record Page(Document document, Visibility visibility, List<Block> blocks, VisibleLines visibleLines,
        List<HeadField> headFields, int elementsTooDeep) {

    /** How many meta and noscript fields are read: a keyword hack may plant hundreds. */
    private static final int MAX_HEAD_FIELDS = 20;
    private static final Evaluator HEAD_SUMMARY = QueryParser.parse("meta[name=description], meta[name=keywords]");
    private static final Evaluator BODY_NOSCRIPT = QueryParser.parse("body noscript");

    /**
     * A text of the page that the page itself does not show in its body.
     *
     * @param name {@code title}, {@code description}, {@code keywords} or {@code noscript}
     * @param text the text, entities decoded
     */
    public record HeadField(String name, String text) {
    }

    /** Copies the lists, so that the value cannot change. */
    public Page {
        blocks = List.copyOf(blocks);
        headFields = List.copyOf(headFields);
    }

    /** Segments {@code doc} with {@code segmenter} and reads its visible lines and head fields. */
    public static Page of(Document doc, BlockSegmenter segmenter) {
        Visibility visibility = new Visibility(doc);
        Element body = doc.body() != null ? doc.body() : doc;
        BlockSegmenter.Segmentation segmentation = segmenter.segment(body, visibility);
        return new Page(doc, visibility, segmentation.blocks(), VisibleLines.of(body, visibility), headFields(doc),
                segmentation.elementsTooDeep());
    }

    /** A page flattened to text: {@code blocks} (one per line) and nothing else. */
    public static Page ofText(List<Block> blocks) {
        return new Page(null, new Visibility(null), blocks, VisibleLines.NONE, List.of(), 0);
    }

    /** This page with {@code blocks} in place of its own (read another way, e.g. with its noscript content). */
    public Page withBlocks(List<Block> blocks) {
        return new Page(document, visibility, blocks, visibleLines, headFields, elementsTooDeep);
    }

    /** True for an HTML page, false for a page flattened to text. */
    public boolean isHtml() {
        return document != null;
    }

    /** The document's address as the parser was given it, or null. */
    public String location() {
        return document == null ? null : document.location();
    }

    private static List<HeadField> headFields(Document doc) {
        List<HeadField> fields = new ArrayList<>();
        fields.add(new HeadField("title", doc.title()));
        int budget = MAX_HEAD_FIELDS;
        for (Element meta : doc.select(HEAD_SUMMARY)) {
            if (budget-- <= 0) {
                break;
            }
            fields.add(new HeadField(meta.attr("name").toLowerCase(Locale.ROOT).equals("keywords") ? "keywords"
                    : "description", meta.attr("content")));
        }
        for (Element ns : doc.select(BODY_NOSCRIPT)) {
            if (budget-- <= 0) {
                break;
            }
            String t = Parser.unescapeEntities(ns.text(), false);
            if (ns.children().isEmpty() && t.contains("<")) {
                t = Jsoup.parse(t).text();
            }
            fields.add(new HeadField("noscript", t));
        }
        return fields;
    }
}
