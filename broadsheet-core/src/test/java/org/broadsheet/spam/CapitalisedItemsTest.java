package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A keyword list of capitalised product phrases (app and brand names typed into searches) said again at random, in
 * words the article does not use, against honest lists whose capitalised items come back too: a template's item said
 * with different names, cards whose picture and title repeat each headline, headings that name what the article is
 * about.
 */
class CapitalisedItemsTest {

    /** Invented product searches of a seller of garden ornaments, each starting with its brand's capital. */
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

    private static String listItems(String lines) {
        return "<ul>" + lines.lines().map(l -> "<li>" + l + "</li>").reduce("", String::concat) + "</ul>";
    }

    private static String brokenLines(String lines) {
        return "<p>" + String.join("<br>", lines.lines().toList()) + "</p>";
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
