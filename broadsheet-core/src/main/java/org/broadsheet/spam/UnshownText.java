package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text a page's markup carries where the block reader never looks, so that no block holds it: a {@code <template>}
 * (never shown; a script would clone it), a {@code <dialog>} that is not open, a drop-down menu's options, an SVG
 * drawing's text, and a frame's inline document ({@code srcdoc}). Planted runs are put there because a reader of the
 * page's blocks passes over them; honest pages use the same places for comment templates, sign-up boxes, edition
 * menus, chart labels and embeds, so each carrier is judged by the same components as a block, not flagged for where
 * it is.
 */
final class UnshownText {

    /**
     * One carrier's text.
     *
     * @param location what holds it ({@code "template"}, {@code "dialog"}, {@code "select"}, {@code "svg"},
     *        {@code "frame"})
     * @param text its text, a line per item, line break or block
     * @param element the element whose links are its links
     * @param hiding how readers are kept from seeing it, or null when it is shown (an SVG drawing or a frame with a
     *        size, a menu's options, which show when it is opened)
     */
    record Carrier(String location, String text, Element element, String hiding) {
    }

    /** Most carriers read on one page: a page with more (a shop's hundreds of menus) is not read further. */
    static final int MAX_CARRIERS = 24;
    /** Fewest letters a carrier holds to be judged: an icon's label or a two-item menu says nothing. */
    private static final int MIN_LETTERS = 40;
    /** Elements that start a line of their own in a carrier's text. */
    private static final Set<String> LINE_TAGS = Set.of("br", "p", "div", "li", "option", "text", "tr", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "ul", "ol", "dl", "table");

    private UnshownText() {
    }

    /** The carriers of {@code doc}'s body in page order, each with at least {@link #MIN_LETTERS} letters. */
    static List<Carrier> of(Document doc, SpamPage page) {
        List<Carrier> out = new ArrayList<>();
        if (doc == null || doc.body() == null) {
            return out;
        }
        for (Element el : doc.body().select("template, dialog:not([open]), select, svg, iframe[srcdoc]")) {
            if (out.size() >= MAX_CARRIERS) {
                break;
            }
            Carrier c = carrier(el, page);
            if (c != null && InjectedSpam.letters(c.text(), 0, c.text().length()) >= MIN_LETTERS) {
                out.add(c);
            }
        }
        return out;
    }

    private static Carrier carrier(Element el, SpamPage page) {
        String styled = page.hiding(el);
        switch (el.normalName()) {
            case "template":
                return new Carrier("template", lines(el), el, "inside <template>, which browsers never show");
            case "dialog":
                return new Carrier("dialog", lines(el), el, "inside a <dialog> that is not open");
            case "select":
                return new Carrier("select", lines(el), el, styled);
            case "svg":
                return el.selectFirst("text") == null ? null
                        : new Carrier("svg", lines(el), el, styled != null ? styled : zeroSize(el, "an SVG drawing"));
            default:
                Element doc = Jsoup.parseBodyFragment(el.attr("srcdoc")).body();
                return new Carrier("frame", lines(doc), doc, styled != null ? styled : zeroSize(el, "a frame"));
        }
    }

    /** How an element drawn at no size hides what it holds ({@code width} or {@code height} of 0), or null. */
    private static String zeroSize(Element el, String what) {
        String style = el.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        boolean none = el.attr("width").strip().equals("0") || el.attr("height").strip().equals("0")
                || style.matches("(?:.*;)?(?:width|height):0(?:px)?(?:;.*)?");
        return none ? "inside " + what + " of no size" : null;
    }

    /** The text of {@code el}, a line for each line break, item or block, spaces within a line made single. */
    static String lines(Element el) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && LINE_TAGS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && LINE_TAGS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        }, el);
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().split("\n")) {
            String t = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!t.isEmpty()) {
                out.append(out.length() > 0 ? "\n" : "").append(t);
            }
        }
        return out.toString();
    }
}
