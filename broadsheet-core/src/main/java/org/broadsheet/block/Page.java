package org.broadsheet.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
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
 * @param deepestElement how many levels down the deepest element is, the document itself at 0
 */
public record Page(Document document, Visibility visibility, List<Block> blocks, VisibleLines visibleLines,
        List<HeadField> headFields, int elementsTooDeep, int deepestElement) {

    /** How many meta and noscript fields are read: a keyword hack may plant hundreds. */
    private static final int MAX_HEAD_FIELDS = 20;
    private static final Evaluator HEAD_SUMMARY = QueryParser.parse("meta[name=description], meta[name=keywords]");

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
        return of(doc, segmenter, ElementVisitor.NONE);
    }

    /**
     * Segments {@code doc} with {@code segmenter} and reads its visible lines and head fields, in one walk over the
     * document that also shows every element to {@code reader}.
     */
    public static Page of(Document doc, BlockSegmenter segmenter, ElementVisitor reader) {
        Visibility visibility = new Visibility(doc);
        Element body = doc.body() != null ? doc.body() : doc;
        BlockSegmenter.Walker blocks = segmenter.walker(visibility);
        VisibleLines.Reader lines = new VisibleLines.Reader(body, visibility);
        HeadFieldReader head = new HeadFieldReader(doc);
        var walk = new NodeVisitor() {
            // the body's walkers each skip what they skip; the walk itself goes everywhere, for the head and reader
            final Skipping bodyBlocks = new Skipping(blocks);
            final Skipping bodyLines = new Skipping(lines);
            boolean inBody = body == doc;
            /** How many elements named body are open ({@code <noscript>} is a head field inside one). */
            int openBodies;
            int deepest;

            @Override
            public void head(Node node, int depth) {
                if (node == body) {
                    inBody = true;
                }
                if (node instanceof Element el) {
                    deepest = Math.max(deepest, depth);
                    reader.visit(el, inBody);
                    head.read(el, openBodies > 0);
                    openBodies += el.normalName().equals("body") ? 1 : 0;
                }
                if (inBody) {
                    bodyBlocks.head(node, depth);
                    bodyLines.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("body")) {
                    openBodies--;
                }
                if (inBody) {
                    bodyBlocks.tail(node, depth);
                    bodyLines.tail(node, depth);
                }
                if (node == body && body != doc) {
                    inBody = false;
                }
            }
        };
        NodeTraversor.traverse(walk, doc);
        BlockSegmenter.Segmentation segmentation = blocks.segmentation();
        return new Page(doc, visibility, segmentation.blocks(), lines.lines(), head.fields(),
                segmentation.elementsTooDeep(), walk.deepest);
    }

    /** A filter led by a walk that does not skip: the subtrees it would skip are kept from it. */
    private static final class Skipping {
        private final NodeFilter filter;
        private Node skipped;

        Skipping(NodeFilter filter) {
            this.filter = filter;
        }

        void head(Node node, int depth) {
            if (skipped == null && filter.head(node, depth) == NodeFilter.FilterResult.SKIP_ENTIRELY) {
                skipped = node;
            }
        }

        void tail(Node node, int depth) {
            if (skipped == null) {
                filter.tail(node, depth);
            } else if (skipped == node) {
                skipped = null;
            }
        }
    }

    /** A page flattened to text: {@code blocks} (one per line) and nothing else. */
    public static Page ofText(List<Block> blocks) {
        return new Page(null, new Visibility(null), blocks, VisibleLines.NONE, List.of(), 0, 0);
    }

    /** This page with {@code blocks} in place of its own (read another way, e.g. with its noscript content). */
    public Page withBlocks(List<Block> blocks) {
        return new Page(document, visibility, blocks, visibleLines, headFields, elementsTooDeep, deepestElement);
    }

    /** True for an HTML page, false for a page flattened to text. */
    public boolean isHtml() {
        return document != null;
    }

    /** The document's address as the parser was given it, or null. */
    public String location() {
        return document == null ? null : document.location();
    }

    /**
     * The head fields, met in the walk: the title, then the first description and keywords {@code <meta>}s, then the
     * {@code <noscript>}s of the body, {@link #MAX_HEAD_FIELDS} of both together at the most.
     */
    private static final class HeadFieldReader {
        private final Document doc;
        private final List<Element> metas = new ArrayList<>();
        private final List<Element> noscripts = new ArrayList<>();

        HeadFieldReader(Document doc) {
            this.doc = doc;
        }

        void read(Element el, boolean insideBody) {
            String tag = el.normalName();
            if (tag.equals("meta") && metas.size() < MAX_HEAD_FIELDS && HEAD_SUMMARY.matches(doc, el)) {
                metas.add(el);
            } else if (tag.equals("noscript") && insideBody && noscripts.size() < MAX_HEAD_FIELDS) {
                noscripts.add(el);
            }
        }

        List<HeadField> fields() {
            List<HeadField> fields = new ArrayList<>();
            fields.add(new HeadField("title", doc.title()));
            for (Element meta : metas) {
                fields.add(new HeadField(meta.attr("name").toLowerCase(Locale.ROOT).equals("keywords") ? "keywords"
                        : "description", meta.attr("content")));
            }
            for (Element ns : noscripts.subList(0, Math.min(noscripts.size(), MAX_HEAD_FIELDS - metas.size()))) {
                String t = Parser.unescapeEntities(ns.text(), false);
                if (ns.children().isEmpty() && t.contains("<")) {
                    t = Jsoup.parse(t).text();
                }
                fields.add(new HeadField("noscript", t));
            }
            return fields;
        }
    }
}
