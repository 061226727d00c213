package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.Boilerplate;
import org.junit.jupiter.api.Test;

/**
 * Which unit of a page is judged, and what hiding it carries: a hidden container is judged whole with its hiding,
 * however it is hidden, and a hidden run that is all of a shown line's words is judged as hidden. Honest hidden
 * furniture stays clean.
 */
class HiddenUnitsTest {

    /** Invented pet-supply search phrases, some linked to other sites: no word list knows them. */
    private static final String[][] PHRASES = {
        {"grain free kibble bulk sack", "https://kibblebox41.click/"}, {"cat tree tall cheap", null},
        {"dog crate foldable xl deal", "https://cratecity7.top/go/"}, {"aquarium heater 100w sale", null},
        {"bird cage stand wooden", "https://perchmart.lol/"}, {"hamster wheel silent big", null},
        {"puppy pads 200 pack price", "https://padpile22.shop/"}, {"flea collar cats vet cheap", null},
        {"reptile lamp uvb kit", "https://lizardglow.bond/link/"}, {"dog bed orthopedic large", null},
        {"cat fountain filter refill", "https://purrflow3.click/"}, {"rabbit hutch double deck", null},
        {"horse fly mask mesh sale", "https://neighgear.top/"}, {"fish flakes tropical bulk", null},
        {"pet stroller three wheel", "https://rollpaw9.shop/go/"}, {"dog harness no pull cheap", null},
    };

    /** The phrases as cells of a table, three to a row. */
    private static String table() {
        StringBuilder t = new StringBuilder("<table>");
        for (int i = 0; i < PHRASES.length; i += 3) {
            t.append("<tr>");
            for (int k = i; k < Math.min(i + 3, PHRASES.length); k++) {
                String[] p = PHRASES[k];
                t.append("<td>").append(p[1] == null ? p[0] : "<a href=\"" + p[1] + "\">" + p[0] + "</a>")
                        .append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</table>").toString();
    }

    /** The library story's page with {@code headStyle} in its head and {@code afterFooter} after its footer. */
    private static Article page(String headStyle, String afterFooter) throws Exception {
        String html = "<html lang=\"en\"><head><title>Library to close</title><style>" + headStyle + "</style></head>"
                + "<body><main><article><h1>Library to close after 100 years</h1>" + LibraryStory.PARAGRAPHS
                + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + afterFooter + "</body></html>";
        return LibraryStory.extract(html, InputFormat.HTML);
    }

    private static void assertAllFlagged(Article a) {
        assertTrue(a.compromised(), "the page should look compromised");
        for (String[] p : PHRASES) {
            assertFalse(a.text().contains(p[0]), "spam reached the body: " + p[0]);
            assertTrue(a.removed().stream().anyMatch(r -> r.kind() == Boilerplate.INJECTED_SPAM
                    && r.text().contains(p[0])), () -> "not flagged: " + p[0] + " in " + a.injectedSpam());
        }
    }

    private static void assertClean(Article a) {
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }

    @Test
    void aTableHiddenByARuleForAnAttributeIsJudgedWhole() throws Exception {
        // a style sheet rule for a made-up attribute hides the table: judged a cell at a time, each cell is a few
        // words with nothing to tell; judged whole with its hiding, it is hidden phrases linking to other sites
        assertAllFlagged(page("[data-qvx]{display:none!important}", "<div class=\"box\" data-qvx=\"1\">" + table()
                + "</div>"));
    }

    @Test
    void aTableInAClosedDisclosureWithNoLabelIsJudgedWhole() throws Exception {
        // a <details> whose summary has no words gives a reader nothing to open
        assertAllFlagged(page("", "<details><summary></summary><div class=\"box\">" + table() + "</div></details>"));
    }

    @Test
    void aTablePushedFarBelowThePageIsJudgedWhole() throws Exception {
        assertAllFlagged(page("", "<div aria-hidden=\"true\" style=\"position:fixed;bottom:-4000px;left:0\">"
                + table() + "</div>"));
    }

    @Test
    void aHiddenSpanThatIsAllOfAListItemIsJudgedAsHidden() throws Exception {
        // planted as one more item of the site's own list, hidden by a span inside the item, without links: the
        // item's words are all hidden, so it is judged apart from the list, with the span's hiding, which is what
        // says that words without a sentence are planted
        StringBuilder spam = new StringBuilder();
        for (String[] p : PHRASES) {
            spam.append(p[0]).append(" | ");
        }
        assertAllFlagged(page(".pz{opacity:0}", "<div class=\"related\"><h3>More news</h3><ul>"
                + "<li><a href=\"/news/1\">Council sets budget for the coming year</a></li>"
                + "<li><a href=\"/news/2\">New bus route to the hospital opens</a></li>"
                + "<li><a href=\"/news/3\">School wins county chess title</a></li>"
                + "<li><span class=\"pz\">" + spam + "</span></li></ul></div>"));
    }

    @Test
    void aLineHiddenByARunInsideItLosesOnlyTheRun() throws Exception {
        // the byline with a hidden run planted after the author's name: the run holds nearly all of the line's
        // words, so the line is judged as hidden, but the name is the site's and is not flagged
        StringBuilder spam = new StringBuilder();
        for (String[] p : PHRASES) {
            spam.append(p[0]).append(" | ");
        }
        Article a = LibraryStory.extract("<html lang=\"en\"><head><title>Library to close</title></head><body><main>"
                + "<article><h1>Library to close after 100 years</h1><p class=\"byline\">By Ann Lee <span style=\""
                + "display:inline-block;width:0;height:0;overflow:hidden\">" + spam + "</span></p>"
                + LibraryStory.PARAGRAPHS + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved."
                + "</p></footer></body></html>", InputFormat.HTML);
        assertTrue(a.compromised(), "the page should look compromised");
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains(PHRASES[5][0])), a.injectedSpam()::toString);
        assertTrue(a.injectedSpam().stream().noneMatch(f -> f.text().contains("Ann Lee")),
                () -> "the author's name was flagged: " + a.injectedSpam());
    }

    @Test
    void honestHiddenFurnitureStaysClean() throws Exception {
        // questions and answers in disclosures with their questions as labels
        assertClean(page("", "<section class=\"faq\"><details><summary>When will the library close?</summary>"
                + "<p>At the end of the year, once the books have moved.</p></details><details><summary>Where will "
                + "the books go?</summary><p>To the new community centre on Mill Lane.</p></details></section>"));
        // the site's menu in a disclosure opened by an icon
        assertClean(page("", "<details class=\"menu\"><summary><svg aria-hidden=\"true\" width=\"20\" height=\"20\">"
                + "</svg></summary><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
                + "<li><a href=\"/weather\">Weather</a></li><li><a href=\"/letters\">Letters</a></li></ul></details>"));
        // tab panels hidden by a rule for their attribute until a tab is chosen
        assertClean(page("[data-tab-panel]{display:none}", "<div class=\"tabs\"><div data-tab-panel=\"read\"><ul>"
                + "<li><a href=\"/news/4\">Most read: Council sets budget</a></li><li><a href=\"/news/5\">Bus route to "
                + "the hospital opens</a></li><li><a href=\"/news/6\">Chess title for local school</a></li></ul></div>"
                + "<div data-tab-panel=\"shared\"><ul><li><a href=\"/news/7\">Most shared: Library to close</a></li>"
                + "<li><a href=\"/news/8\">Park cafe reopens</a></li><li><a href=\"/news/9\">Rail fares to rise</a>"
                + "</li></ul></div></div>"));
        // a cookie notice parked below the page until it slides up, and screen-reader words inside links
        assertClean(page(".sr-only{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}",
                "<div aria-hidden=\"true\" style=\"position:fixed;bottom:-2000px;left:0\"><p>We use cookies to "
                        + "remember your settings and to count visits. You can choose which ones we use.</p>"
                        + "<p><a href=\"/cookies\">Cookie settings</a> Accept all</p></div><ul>"
                        + "<li><a href=\"https://www.facebook.com/dailyexample\">Facebook <span class=\"sr-only\">"
                        + "opens in a new window</span></a></li><li><a href=\"https://twitter.com/dailyexample\">"
                        + "Twitter <span class=\"sr-only\">opens in a new window</span></a></li></ul>"));
        // a headline painted with a gradient through transparent text
        assertClean(page("", "<h2 style=\"background:linear-gradient(90deg,#c00,#00c);background-clip:text;"
                + "color:transparent\">Read more about the library's hundred years</h2>"));
    }
}
