package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Text a drawing or a formula holds besides what it draws (an icon's description, an object of no size inside it, a
 * formula's annotation) and a hidden form field's value: no browser shows them and no block holds them. Planted runs
 * there are flagged with where they were; the honest uses of the same places (an icon's name, a chart's description
 * and title, a formula's TeX source, a form's tokens and its subject line) stay clean.
 */
class UndrawnTextTest {

    /** Invented search phrases in a writing the English story does not use. */
    private static final String FOREIGN_PHRASES = FallbackTextTest.FOREIGN_PHRASES;
    /** A drawn icon, as share bars and menus draw them. */
    private static final String ICON = "<svg class=\"icon\" width=\"24\" height=\"24\" viewBox=\"0 0 24 24\">"
            + "<path d=\"M4 12h16\"/>";

    private static void assertFlaggedAt(String location, String html) throws Exception {
        Article a = FallbackTextTest.page(html);
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.location().equals(location)
                && f.text().contains("казино")), () -> location + " not flagged in " + html + ": " + a.injectedSpam());
        assertTrue(a.text().contains("The mayor said"), a::text);
    }

    @Test
    void plantedTextADrawingDoesNotDrawIsFlagged() throws Exception {
        assertFlaggedAt("svg", ICON + "<desc>" + FOREIGN_PHRASES + "</desc></svg>");
        assertFlaggedAt("svg", ICON + "<foreignObject width=\"0\" height=\"0\"><div xmlns=\"http://www.w3.org/1999/"
                + "xhtml\"><p>" + FOREIGN_PHRASES + "</p></div></foreignObject></svg>");
    }

    @Test
    void plantedTextInAFormulasAnnotationIsFlagged() throws Exception {
        assertFlaggedAt("formula", "<p>The new rate is <math><semantics><mi>r</mi><annotation-xml "
                + "encoding=\"application/xhtml+xml\"><p>" + FOREIGN_PHRASES + "</p></annotation-xml></semantics>"
                + "</math> a year.</p>");
    }

    @Test
    void plantedWordsInAHiddenFieldAreFlagged() throws Exception {
        assertFlaggedAt("input", "<form action=\"/subscribe\"><input type=\"hidden\" name=\"ref\" value=\""
                + FOREIGN_PHRASES + "\"><input type=\"email\" name=\"email\"><button>Sign up</button></form>");
    }

    /** A hidden drawing that only defines icons for the page to use, each named by its title. */
    private static String sprite() {
        StringBuilder svg = new StringBuilder("<svg style=\"position:absolute;top:-9999px;visibility:hidden\">");
        for (String name : List.of("bookmark", "bookmark filled", "camera", "check", "chevron down", "chevron up",
                "close", "comment", "email", "facebook", "menu", "play", "print", "search", "share", "user")) {
            svg.append("<symbol id=\"icon-").append(name.replace(' ', '-')).append("\" viewBox=\"0 0 24 24\"><title>")
                    .append("icon ").append(name).append("</title><path d=\"M4 12h16\"/></symbol>");
        }
        return svg.append("</svg>").toString();
    }

    @Test
    void honestDrawingsFormulasAndFieldsStayClean() throws Exception {
        for (String honest : List.of(
                // icons named for screen readers
                ICON + "<title>Share this story on Facebook</title></svg>" + ICON + "<title>Share this story by "
                        + "email with a friend</title></svg>",
                // a sprite of icons, hidden, each symbol named
                sprite(),
                // a chart described for readers who cannot see it, with its title drawn in HTML at its size
                "<svg width=\"600\" height=\"300\" role=\"img\"><title>Library visits, 2019 to 2023</title><desc>A "
                        + "bar chart: visits to the central library fell in 2020 and 2021, when it was closed for "
                        + "months, and rose to a record in 2023.</desc><foreignObject x=\"0\" y=\"0\" width=\"600\" "
                        + "height=\"40\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><h4>Visits to the central "
                        + "library by year, in thousands</h4></div></foreignObject><rect width=\"40\" height=\"120\"/>"
                        + "</svg>",
                // a formula with its TeX source
                "<p>Compound growth: <math><semantics><mrow><mi>P</mi><msup><mrow><mo>(</mo><mn>1</mn><mo>+</mo>"
                        + "<mi>r</mi><mo>)</mo></mrow><mi>t</mi></msup></mrow><annotation encoding=\"application/"
                        + "x-tex\">P\\left(1 + \\frac{rate}{periods}\\right)^{periods \\cdot years} \\displaystyle"
                        + "</annotation></semantics></math>.</p>",
                // a form's tokens and the subject line its letters are sent with
                "<form action=\"/letters\"><input type=\"hidden\" name=\"token\" value=\"a8f0c2e19b7d4f6a8c0e2b4d6f8a"
                        + "0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4\"><input type=\"hidden\" name=\"subject\" value=\"A "
                        + "letter to the editor sent from the website's letters page\"><textarea name=\"letter\">"
                        + "</textarea></form>")) {
            Article a = FallbackTextTest.page(honest);
            assertFalse(a.compromised(), () -> honest + " flagged: " + a.injectedSpam());
        }
    }
}
