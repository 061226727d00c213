package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * (never shown; a script would clone it), a {@code <dialog>} that is not open, a drop-down menu's options and a
 * field's suggestions ({@code <datalist>}), an SVG drawing's text and what it does not draw and a MathML formula's
 * annotations ({@link Undrawn}), a hidden form field's value written as words, a frame's inline document ({@code srcdoc}), the
 * fallback content of an element that shows something else ({@code <canvas>}, {@code <object>}, {@code <video>},
 * {@code <audio>}, {@code <meter>}, {@code <progress>}, {@code <noembed>}, {@code <noframes>}), a text box's text
 * ({@code <textarea>}), the markup an inline script writes ({@link ScriptWrites}), an image's alternative text, and
 * the text a page keeps for machines only (its structured data: {@link MachineText}). Planted runs are put there because a reader of the page's
 * blocks passes over them; honest pages use the same places for comment templates, sign-up boxes, edition menus,
 * chart labels, embeds, players' notices, embed codes, ad scripts and photo descriptions, so each carrier is judged
 * by the same components as a block, not flagged for where it is.
 */
final class UnshownText {

    /**
     * One carrier's text.
     *
     * @param location what holds it ({@code "template"}, {@code "dialog"}, {@code "select"}, {@code "svg"},
     *        {@code "formula"}, {@code "input"},
     *        {@code "frame"}, {@code "fallback"}, {@code "textarea"}, {@code "script"}, {@code "alt"},
     *        {@code "structured"})
     * @param text its text, a line per item, line break or block
     * @param element the element whose links are its links
     * @param hiding how readers are kept from seeing it, or null when it is shown (an SVG drawing, a frame or a text
     *        box with a size, a menu's options, which show when it is opened, markup a script writes unhidden, an
     *        image's alternative text, which shows where the image does not)
     */
    record Carrier(String location, String text, Element element, String hiding) {
    }

    /**
     * Most carriers of one kind read on one page (elements, scripts' writes, images' texts): a page with more (a
     * shop's hundreds of menus, a gallery's hundreds of photos) is not read further.
     */
    static final int MAX_CARRIERS = 24;
    /** The elements whose text is a carrier's. */
    private static final String CARRIERS = "template, dialog:not([open]), select, datalist, svg, math, iframe[srcdoc], "
            + "canvas, object, video, audio, meter, progress, noembed, noframes, textarea";
    /** Fewest letters a carrier holds to be judged: an icon's label or a two-item menu says nothing. */
    private static final int MIN_LETTERS = 40;
    /** Elements that start a line of their own in a carrier's text (a table's cells too: they are its items). */
    private static final Set<String> LINE_TAGS = Set.of("br", "p", "div", "li", "option", "text", "tr", "td", "th",
            "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "ul", "ol", "dl",
            "table");

    private UnshownText() {
    }

    /**
     * The carriers of {@code doc} in page order, each with at least {@link #MIN_LETTERS} letters. The head is read
     * too: a template may sit there (so may one written before the page's {@code <html>}, which parsers put there),
     * and no block reader looks at it.
     */
    static List<Carrier> of(Document doc, SpamPage page) {
        List<Carrier> out = new ArrayList<>();
        if (doc == null || doc.body() == null) {
            return out;
        }
        List<Carrier> elements = new ArrayList<>();
        for (Element el : doc.select(CARRIERS)) {
            if (elements.size() >= MAX_CARRIERS) {
                break;
            }
            keep(carrier(el, page), elements);
        }
        out.addAll(elements);
        out.addAll(written(doc, page));
        out.addAll(alternatives(doc.body(), page));
        out.addAll(hiddenFields(doc.body()));
        out.addAll(MachineText.structuredData(doc));
        return out;
    }

    /**
     * Adds {@code c} to {@code out} when it holds at least {@link #MIN_LETTERS} letters, letters written in another
     * form (circled, squared) counted too.
     */
    static void keep(Carrier c, List<Carrier> out) {
        if (c != null && c.text().codePoints().filter(Character::isAlphabetic).count() >= MIN_LETTERS) {
            out.add(c);
        }
    }

    /**
     * The markup the page's inline scripts write ({@link ScriptWrites}), each call's as a carrier (a script in the
     * head writes into the body too). It is hidden when the script sits in a hidden element, or when the written
     * markup hides the element that holds its words.
     */
    private static List<Carrier> written(Document doc, SpamPage page) {
        List<Carrier> out = new ArrayList<>();
        for (Element script : doc.select("script:not([src])")) {
            String type = script.attr("type").strip();
            if (!type.isEmpty() && !type.toLowerCase(Locale.ROOT).contains("javascript")) {
                continue; // data (JSON) or a template a script reads, not code that writes
            }
            List<String> writes = ScriptWrites.of(script.data());
            String scriptHiding = writes.isEmpty() ? null : page.hiding(script);
            for (String markup : writes) {
                if (out.size() >= MAX_CARRIERS) {
                    return out;
                }
                Element writ = Jsoup.parseBodyFragment(markup).body();
                String hiding = scriptHiding != null ? scriptHiding : hidingOfWords(writ, page);
                keep(new Carrier("script", lines(writ), writ, hiding == null ? null
                        : "written by a script, " + hiding), out);
            }
        }
        return out;
    }

    /** How markup read on its own hides the element that holds most of its words, or null. */
    private static String hidingOfWords(Element doc, SpamPage page) {
        int all = InjectedSpam.letters(doc.text(), 0, doc.text().length());
        for (Element e : doc.getAllElements()) {
            if (e != doc && page.hidesItself(e)) {
                String text = e.text();
                if (2 * InjectedSpam.letters(text, 0, text.length()) >= all) {
                    return page.hiding(e);
                }
            }
        }
        return null;
    }

    /**
     * The alternative texts of the body's images, each a carrier: a reader sees one only where its image does not
     * show, so it is judged as shown text (its words or writing must say what it is) unless the image is hidden.
     */
    private static List<Carrier> alternatives(Element body, SpamPage page) {
        List<Carrier> out = new ArrayList<>();
        for (Element img : body.select("img[alt], area[alt], input[type=image][alt]")) {
            if (out.size() >= MAX_CARRIERS) {
                break;
            }
            keep(new Carrier("alt", img.attr("alt").strip(), img, page.hiding(img)), out);
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
            case "datalist":
                // a field's suggestions, shown while one types in it as a menu's options are when it is opened;
                // they are written as values, not text
                return new Carrier("select", suggestions(el), el, styled);
            case "svg":
                return el.selectFirst("text") != null
                        ? new Carrier("svg", lines(el), el, styled != null ? styled : zeroSize(el, "an SVG drawing"))
                        : Undrawn.ofDrawing(el, styled);
            case "math":
                return Undrawn.ofFormula(el, styled);
            case "canvas", "object", "video", "audio", "meter", "progress":
                // shown only by a browser that cannot draw, load or play what the element shows
                return new Carrier("fallback", lines(el), el, styled != null ? styled
                        : "the fallback content of <" + el.normalName()
                                + ">, which browsers that can show it never show");
            case "noembed", "noframes": {
                // the parser keeps their content as raw text: read it as the markup it is
                String raw = el.data().isEmpty() ? el.wholeText() : el.data();
                Element doc = el.children().isEmpty() ? Jsoup.parseBodyFragment(raw).body() : el;
                return new Carrier("fallback", lines(doc), doc, "inside <" + el.normalName()
                        + ">, which browsers with embeds and frames never show");
            }
            case "textarea":
                return new Carrier("textarea", lines(el), el, styled != null ? styled : zeroSize(el, "a text box"));
            default:
                Element doc = Jsoup.parseBodyFragment(el.attr("srcdoc")).body();
                return new Carrier("frame", lines(doc), doc, styled != null ? styled : zeroSize(el, "a frame"));
        }
    }

    /** Most hidden form fields read on one page. */
    private static final int MAX_FIELDS = 8;
    /** Fewest words a hidden field's value holds to be read as text for people, not a token or an identifier. */
    private static final int MIN_FIELD_WORDS = 4;

    /**
     * The values of the body's hidden form fields ({@code <input type=hidden>}) that are written as words, each a
     * carrier: a form sends them, no browser shows them. Honest values are tokens, identifiers and addresses,
     * written without spaces; a value of several words is text put where nobody reads it.
     */
    private static List<Carrier> hiddenFields(Element body) {
        List<Carrier> out = new ArrayList<>();
        for (Element input : body.select("input[type=hidden][value]")) {
            if (out.size() >= MAX_FIELDS) {
                break;
            }
            String value = input.attr("value").replaceAll("[\\s\\u00A0]+", " ").strip();
            if (value.split(" ").length >= MIN_FIELD_WORDS) {
                keep(new Carrier("input", value, input, "in a hidden form field's value, which browsers never "
                        + "show"), out);
            }
        }
        return out;
    }

    /** The suggestions of a {@code <datalist>}, a line each: an option's label or text, else its value. */
    private static String suggestions(Element datalist) {
        StringBuilder sb = new StringBuilder();
        for (Element option : datalist.select("option")) {
            String label = option.hasAttr("label") ? option.attr("label") : option.text();
            String t = (label.isBlank() ? option.attr("value") : label).replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!t.isEmpty()) {
                sb.append(sb.length() > 0 ? "\n" : "").append(t);
            }
        }
        return sb.toString();
    }

    /** How an element drawn at no size hides what it holds ({@code width} or {@code height} of 0), or null. */
    private static String zeroSize(Element el, String what) {
        return noSize(el) ? "inside " + what + " of no size" : null;
    }

    /** Whether an element's attributes give it no width or no height. */
    static boolean noSize(Element el) {
        String style = el.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return el.attr("width").strip().equals("0") || el.attr("height").strip().equals("0")
                || style.matches("(?:.*;)?(?:width|height):0(?:px)?(?:;.*)?");
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
