package org.broadsheet.spam;

import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * The text a drawing or a formula holds besides what it draws: an SVG drawing's description ({@code <desc>},
 * {@code <metadata>}) and the HTML of its {@code <foreignObject>}s, and a MathML formula's annotations (a
 * {@code <semantics>} element draws its first child only). Browsers draw none of the first two, and a foreign object
 * only at its size; planted runs are put there because readers of the page's blocks skip drawings and formulas
 * whole. Honest pages use the same places for a chart's description, a chart's HTML title and a formula's source, so
 * each is a carrier judged like a block (see {@link UnshownText}), hidden only when most of its letters are in a part
 * that is not drawn. A drawing's {@code <title>}s are not read: they name icons (a sprite's symbols: hundreds of
 * names in one hidden drawing), which is what a drawing's title is for.
 */
final class Undrawn {

    /** Parts of a drawing never drawn. */
    private static final String UNDRAWN_PARTS = "desc, metadata";
    /** Parts of a drawing that hold text for people besides its name: never drawn, or drawn at their size. */
    private static final String TEXT_PARTS = "desc, metadata, foreignObject";

    private Undrawn() {
    }

    /**
     * The text of an SVG drawing that has no {@code <text>} of its own, or null when none of its parts holds any.
     *
     * @param styled how the page's styles hide the drawing, or null
     */
    static UnshownText.Carrier ofDrawing(Element svg, String styled) {
        StringBuilder text = new StringBuilder();
        int all = 0;
        int undrawn = 0;
        for (Element part : svg.select(TEXT_PARTS)) {
            if (insidePart(part, svg)) {
                continue; // counted with the part that holds it
            }
            String lines = UnshownText.lines(part);
            text.append(text.length() > 0 && !lines.isEmpty() ? "\n" : "").append(lines);
            int letters = letters(lines);
            all += letters;
            undrawn += part.is(UNDRAWN_PARTS) || UnshownText.noSize(part) ? letters : 0;
        }
        if (all == 0) {
            return null;
        }
        String hiding = styled != null ? styled
                : UnshownText.noSize(svg) ? "inside an SVG drawing of no size"
                : 2 * undrawn >= all ? "in an SVG drawing's description or an object of no size in it, which "
                        + "browsers do not draw"
                : null;
        return new UnshownText.Carrier("svg", text.toString(), svg, hiding);
    }

    /**
     * The annotations of a MathML formula, a line per item or block of their markup, or null when it has none. A
     * formula's source in TeX is the formula written another way, not text for people: it is left.
     *
     * @param styled how the page's styles hide the formula, or null
     */
    static UnshownText.Carrier ofFormula(Element math, String styled) {
        StringBuilder text = new StringBuilder();
        for (Element note : math.select("semantics > annotation, semantics > annotation-xml")) {
            if (note.attr("encoding").toLowerCase(Locale.ROOT).contains("tex")) {
                continue;
            }
            String lines = UnshownText.lines(note);
            if (!lines.isEmpty()) {
                text.append(text.length() > 0 ? "\n" : "").append(lines);
            }
        }
        if (text.length() == 0) {
            return null;
        }
        return new UnshownText.Carrier("formula", text.toString(), math, styled != null ? styled
                : "in a MathML formula's annotation, which browsers do not draw");
    }

    /** Whether {@code part} lies inside another text part of {@code svg}. */
    private static boolean insidePart(Element part, Element svg) {
        for (Element p = part.parent(); p != null && p != svg; p = p.parent()) {
            if (p.is(TEXT_PARTS)) {
                return true;
            }
        }
        return false;
    }

    private static int letters(String text) {
        return InjectedSpam.letters(text, 0, text.length());
    }
}
