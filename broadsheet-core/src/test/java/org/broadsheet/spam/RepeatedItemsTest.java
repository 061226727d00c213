package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A keyword list dressed in a layout that makes every line different (times, rating stars, tree lines, "Q:" and "A:"
 * labels), whose phrases under the decoration are a few said again, against honest lists of the same layouts: a
 * live timeline, reviews, a table of contents whose headings come back for every product, a schedule. And capitalised
 * product phrases said again at random, in words the article does not use, against honest lists whose capitalised
 * items come back too: a template's item said with different names, cards whose picture and title repeat each
 * headline, headings that name what the article is about.
 */
class RepeatedItemsTest {

    /** Invented search phrases of a seller of garden ornaments, said again in a time log. */
    private static final String TIME_LOG = """
            08:00 cheap garden gnome delivery
            09:17 painted gnome statues wholesale
            10:34 cheap garden gnome delivery
            11:51 resin birdbath next day shipping
            12:08 painted gnome statues wholesale
            13:25 cheap garden gnome delivery""";

    /** The same kind of list under tree lines. */
    private static final String TREE = """
            ├─ painted gnome statues wholesale
            ├─ resin birdbath next day shipping
            ├─ cheap garden gnome delivery
            ├─ resin birdbath next day shipping
            └─ painted gnome statues wholesale""";

    /** And as questions answered by other phrases of the list. */
    private static final String QUESTIONS = """
            Q: cheap garden gnome delivery?
            A: painted gnome statues wholesale
            Q: resin birdbath next day shipping?
            A: cheap garden gnome delivery
            Q: painted gnome statues wholesale?
            A: resin birdbath next day shipping""";

    /**
     * Invented product searches of the same seller, each starting with its brand's capital, said again at random: a
     * keyword list as well, though capitalised as names are.
     */
    private static final String PRODUCTS = """
            ✅ Gnomify Pro app without subscription
            ✅ PetalCam Gold unlocked for tablets
            ✅ Gnomify Pro app without subscription
            ✅ Birdbath Planner premium cracked edition
            ✅ PetalCam Gold unlocked for tablets
            ✅ Fountainly Deluxe ringtones free forever
            ✅ Gnomify Pro app without subscription""";

    /** The story with two more paragraphs: a text page's prose must be long enough to compare a list's words with. */
    private static final String STORY = LibraryStory.LONGER + """
            <p>The council will publish its plans for the site in the spring, and residents will be able to comment on
            them at two public meetings before a final vote in June.</p>
            <p>The campaign group said it had collected more than two thousand signatures and would present them to the
            county before the end of the month.</p>
            """;

    private static Article html(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.page(STORY, between), InputFormat.HTML);
    }

    private static Article text(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.text(STORY, between), InputFormat.TEXT);
    }

    /** The lines as the items of a list. */
    private static String listItems(String lines) {
        return "<ul>" + lines.lines().map(l -> "<li>" + l + "</li>").reduce("", String::concat) + "</ul>";
    }

    /** The lines as one paragraph broken into lines. */
    private static String brokenLines(String lines) {
        return "<p>" + String.join("<br>", lines.lines().toList()) + "</p>";
    }

    @Test
    void theDecorationIsTakenAwayBeforeItemsAreCompared() {
        assertEquals("cheap garden gnome delivery", RepeatedItems.undecorated("08:00 cheap garden gnome delivery"));
        assertEquals("painted gnome statues", RepeatedItems.undecorated("├─ painted gnome statues"));
        assertEquals("resin birdbath shipping", RepeatedItems.undecorated("Q: resin birdbath shipping?"));
        assertEquals("gnome sale", RepeatedItems.undecorated("★★★★☆ [gnome sale]"));
        RepeatedItems list = RepeatedItems.of(TIME_LOG);
        assertNotNull(list);
        assertEquals(2, list.saidAgain());
        assertTrue(list.keywordList());
    }

    @Test
    void aKeywordListUnderADecorationIsFlagged() throws Exception {
        for (String list : new String[] {TIME_LOG, TREE}) {
            for (Article a : new Article[] {html(listItems(list)), html(brokenLines(list)), text(list)}) {
                assertFlagged(list, a);
            }
        }
        // flattened, a line that ends on a question mark is not joined to the lines around it: a list's items only
        assertFlagged(QUESTIONS, html(listItems(QUESTIONS)));
    }

    private static void assertFlagged(String list, Article a) {
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("painted gnome statues")),
                () -> list + " not flagged: " + a.injectedSpam());
        assertFalse(a.text().contains("gnome"), "the list reached the body");
        assertTrue(a.text().contains("The mayor said"), a::text);
    }

    @Test
    void honestListsOfTheSameLayoutsStayClean() throws Exception {
        for (String shown : new String[] {
            // a live timeline: each entry once, times and relative times before them
            """
            08:00 Polls open across the county
            09:17 Turnout higher than expected in the north
            10:34 The council leader casts her vote
            11:51 Queues reported at two schools
            12:08 Turnout figures due at noon""",
            """
            1 hour ago
            Library campaign delivers petition to the council
            2 hours ago
            Library campaign meets the mayor
            1 day ago
            Council to decide on the library budget in March
            2 days ago
            Volunteers offer to run the reading room""",
            // reviews under stars, each its own
            """
            ★★★★★ a lovely quiet reading room
            ★★★★☆ friendly staff and good coffee
            ★★★☆☆ the heating was broken again
            ★★★★★ great children's corner on weekends""",
            // a table of contents: the same headings for every product, capitalised as headings are
            """
            Best library apps for children
            Why we chose Readly
            Monthly pricing
            Key features
            Why we chose Bookwise
            Monthly pricing
            Key features
            Why we chose Pagely
            Monthly pricing
            Key features""",
            // a schedule: a programme said again at different hours, as names
            """
            08:00 Morning News and Weather
            09:00 Homes Under the Hammer
            12:00 Morning News and Weather
            13:00 Homes Under the Hammer
            18:00 Evening News"""}) {
            for (Article a : new Article[] {html(listItems(shown)), html(brokenLines(shown)), text(shown)}) {
                assertFalse(a.compromised(), () -> shown + " flagged: " + a.injectedSpam());
            }
        }
    }

    @Test
    void capitalisedPhrasesSaidAgainAtRandomAreKeptApart() {
        RepeatedItems list = RepeatedItems.of(PRODUCTS);
        assertNotNull(list);
        assertTrue(list.capitalisedList(), list::toString);
        assertFalse(list.keywordList(), "capitalised phrases are not typed searches");
        // a template's item said with different names, and a run written twice, are no keyword list
        assertTrue(RepeatedItems.template(List.of("Share this with Facebook", "Share this with Twitter")));
        assertFalse(RepeatedItems.template(List.of("Gnomify Pro app without subscription",
                "PetalCam Gold unlocked for tablets")));
    }

    @Test
    void capitalisedProductPhrasesSaidAgainAreFlagged() throws Exception {
        for (Article a : new Article[] {html(listItems(PRODUCTS)), text(PRODUCTS)}) {
            assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("PetalCam Gold")),
                    () -> "not flagged: " + a.injectedSpam());
            assertFalse(a.text().contains("Gnomify"), "the list reached the body");
            assertTrue(a.text().contains("The mayor said"), a::text);
        }
    }

    @Test
    void honestCapitalisedListsThatComeBackStayClean() throws Exception {
        for (String shown : new String[] {
            // share links: one item said with different names, the bar shown twice
            """
            Share this with Facebook
            Share this with Messenger
            Share this with Email
            Share this with Facebook
            Share this with Messenger
            Share this with Email""",
            // cards: each headline under its picture and again as its title
            """
            Volunteers repaint the old bandstand
            Volunteers repaint the old bandstand
            Bakery on Mill Lane wins regional prize
            Bakery on Mill Lane wins regional prize
            Cyclists call for safer crossing at school
            Cyclists call for safer crossing at school""",
            // headings that come back for each option the article weighs, in the article's own words
            """
            Keeping the library open
            Who would pay for the roof
            What residents said
            Keeping the library open
            Who would pay for the roof
            Moving books to the community centre
            What residents said"""}) {
            for (Article a : new Article[] {html(listItems(shown)), html(brokenLines(shown)), text(shown)}) {
                assertFalse(a.compromised(), () -> shown + " flagged: " + a.injectedSpam());
            }
        }
    }
}
