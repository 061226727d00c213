package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Text the page carries where no block holds it (a template, a dialog that is not open, a drawing of no size, a
 * frame's inline document of no size): planted link runs there are judged as blocks are, and the honest uses of the
 * same places (a comment template, a sign-up box, an edition menu, a chart's labels, a shown embed) stay clean.
 */
class UnshownTextTest {

    /** Invented search phrases, each linked to a made-up site of its own. */
    static final String LINKS = "<a href=\"https://quickcash-one.example/\">same day cash loans no checks</a> "
            + "<a href=\"https://luckyspin-two.example/\">free spins no deposit tonight</a> "
            + "<a href=\"https://followers-three.example/\">buy real followers cheap fast</a> "
            + "<a href=\"https://betwise-four.example/\">sure football tips today free</a> "
            + "<a href=\"https://diplomas-five.example/\">buy a diploma online quickly</a> "
            + "<a href=\"https://slimfast-six.example/\">weight loss pills without prescription</a>";

    private static Article page(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.page(LibraryStory.LONGER, between), InputFormat.HTML);
    }

    @Test
    void plantedLinksWhereNoBlockLooksAreFlagged() throws Exception {
        String svgLinks = LINKS.replaceAll("<a ([^>]*)>([^<]*)</a>", "<a $1><text x=\"0\" y=\"10\">$2</text></a>");
        for (String[] planted : new String[][] {
            {"template", "<template id=\"promo\"><p>" + LINKS + "</p></template>"},
            {"dialog", "<dialog class=\"promo\"><p>" + LINKS + "</p></dialog>"},
            {"svg", "<svg width=\"0\" height=\"0\">" + svgLinks + "</svg>"}}) {
            Article a = page(planted[1]);
            assertTrue(a.injectedSpam().stream().anyMatch(f -> f.location().equals(planted[0])
                    && f.text().contains("free spins") && f.text().contains("without prescription")),
                    () -> planted[0] + " not flagged: " + a.injectedSpam());
            assertTrue(a.text().contains("The mayor said"), a::text);
        }
    }

    @Test
    void aTemplateInTheHeadOrBeforeThePageIsRead() throws Exception {
        String template = "<template id=\"promo\"><p>" + LINKS + "</p></template>";
        String story = LibraryStory.page(LibraryStory.LONGER, "");
        for (String planted : List.of(story.replace("</head>", template + "</head>"),
                "<!DOCTYPE html>\n" + template + "\n" + story)) {
            Article a = LibraryStory.extract(planted, InputFormat.HTML);
            assertTrue(a.injectedSpam().stream().anyMatch(f -> f.location().equals("template")
                    && f.text().contains("free spins")), () -> "not flagged: " + a.injectedSpam());
            assertTrue(a.text().contains("The mayor said"), a::text);
        }
    }

    @Test
    void aWidgetsTemplateInTheHeadStaysClean() throws Exception {
        // a share widget's template a script clones, in the head: the site's own labels and links
        String template = "<template id=\"share-widget\"><div class=\"share\"><p>Share this story</p><ul>"
                + "<li><a href=\"https://www.facebook.com/sharer\">Share on Facebook</a></li>"
                + "<li><a href=\"https://twitter.com/intent/tweet\">Share on X</a></li>"
                + "<li><a href=\"mailto:?subject=Library\">Send by e-mail</a></li>"
                + "<li><a href=\"/newsletters\">Get our morning newsletter</a></li></ul></div></template>";
        Article a = LibraryStory.extract(LibraryStory.page(LibraryStory.LONGER, "").replace("</head>",
                template + "</head>"), InputFormat.HTML);
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }

    @Test
    void aFrameOfNoSizeIsReadFromItsInlineDocument() throws Exception {
        String srcdoc = ("<p>" + LINKS + "</p>").replace("\"", "&quot;");
        Article a = page("<iframe srcdoc=\"" + srcdoc + "\" width=\"0\" height=\"0\" title=\"extra\"></iframe>");
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.location().equals("frame")),
                () -> "not flagged: " + a.injectedSpam());
    }

    @Test
    void honestUsesOfThePlacesStayClean() throws Exception {
        for (String honest : List.of(
                // a comment template a script clones
                "<template id=\"comment\"><div class=\"comment\"><p>Reply</p><p>Report this comment</p>"
                        + "<p>Share on your feed</p><p>Readers' comments are checked by our editors</p></div></template>",
                // a newsletter sign-up box that opens later
                "<dialog id=\"signup\"><p>Get the town's news in your inbox every morning. Sign up to our free "
                        + "newsletter and choose the topics you follow.</p><p>No thanks</p></dialog>",
                // an edition menu
                "<label>Edition <select><option>UK edition</option><option>US edition</option>"
                        + "<option>Australia edition</option><option>International edition</option></select></label>",
                // a chart's labels
                "<svg width=\"400\" height=\"200\" role=\"img\"><text x=\"0\" y=\"190\">2021</text>"
                        + "<text x=\"80\" y=\"190\">2022</text><text x=\"160\" y=\"190\">2023</text>"
                        + "<text x=\"240\" y=\"190\">Visitors, thousands</text><text x=\"320\" y=\"190\">Loans of books, "
                        + "thousands</text></svg>",
                // an embed shown in a frame: a table of the vote
                "<iframe width=\"600\" height=\"240\" srcdoc=\"<table><tr><td>For</td><td>7 councillors</td></tr>"
                        + "<tr><td>Against</td><td>4 councillors</td></tr><tr><td>Abstained</td><td>1 councillor"
                        + "</td></tr></table>\"></iframe>")) {
            Article a = page(honest);
            assertFalse(a.compromised(), () -> honest + " flagged: " + a.injectedSpam());
        }
    }

    @Test
    void aTablesCellsAreItemsOfTheirOwn() {
        // cells glued into one word ("loansfree") would be read as neither the page's words nor phrases
        var doc = Jsoup.parse("<canvas><table><tr><td>quick loans</td><td>free spins</td></tr>"
                + "<tr><th>cheap followers</th></tr></table></canvas>");
        assertEquals("quick loans\nfree spins\ncheap followers", UnshownText.lines(doc.selectFirst("canvas")));
    }

    @Test
    void aCarriersTextKeepsItsLines() {
        var doc = Jsoup.parse("<dialog><p>first line</p>second<br>third <b>still</b> third</dialog>");
        assertEquals("first line\nsecond\nthird still third", UnshownText.lines(doc.selectFirst("dialog")));
    }
}
