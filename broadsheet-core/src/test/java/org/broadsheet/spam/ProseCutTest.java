package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Search phrases made of the article's own words, cut out of its sentences at random places ("roof and the", "asked
 * the council"): every word and pair of words is the article's, so neither its vocabulary nor its word order tells
 * them; where they start and end does.
 */
class ProseCutTest {

    private static final String ARTICLE = LibraryStory.PARAGRAPHS + """
            <p>Some councillors had proposed keeping the library open three days a week with volunteers, but the
            council's finance officer said the heating bill alone would exceed the branch's budget.</p>
            <p>The library's reading room, with its tall windows and oak shelves, was used by students from the
            college on the other side of the hill until the college built its own library in the nineties.</p>
            <p>The council said it would hold a second meeting in the spring to hear from residents about the future
            of the building and of the garden behind it.</p>
            """;

    private static Article page(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.page(ARTICLE, between), InputFormat.HTML);
    }

    private static String list(String... items) {
        StringBuilder sb = new StringBuilder("<ul>");
        for (String item : items) {
            sb.append("<li>").append(item).append("</li>");
        }
        return sb.append("</ul>").toString();
    }

    @Test
    void phrasesCutOutOfTheArticlesSentencesAreFlagged() throws Exception {
        Article a = page(list("roof and the", "asked the council", "the heart of the", "moved to the new",
                "packed the meeting", "the building was", "volunteers but the", "reading room with",
                "the hill until", "said it would"));
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("packed the meeting")
                && f.reasons().stream().anyMatch(r -> r.contains("cut out of the article"))),
                () -> a.injectedSpam().toString());
        assertFalse(a.text().contains("packed the meeting\n"), "the phrases reached the body");
        assertTrue(a.text().contains("The mayor said"), "the article stays");
    }

    @Test
    void aLinkTextSaidOnEveryItemIsATemplate() throws Exception {
        // a site's list of its own reviews, each item followed by the same link text, whose last word ("the") the
        // article never ends a clause with
        String items = "";
        for (String name : new String[] {"Oak shelves", "Reading lamps", "Heating bills", "Library cards",
                "Roof repairs", "Garden benches"}) {
            items += "<li>" + name + " reviewed (<a href=\"/r/" + name.length() + "\">more of the</a>)</li>";
        }
        assertFalse(page("<ul>" + items + "</ul>").compromised());
    }

    @Test
    void linesOfCodeAreNotPhrases() throws Exception {
        // a listing whose names are the article's words: its lines end on anything, as code does
        assertFalse(page("<pre>ask(county.list to the)\nkeep(it.open to.the)\nmoved(books.to the)\n"
                + "close(library.on the)\nrepairing(its.roof and.the)</pre>").compromised());
    }

    @Test
    void tagsOfTheArticlesOwnWordsStayClean() throws Exception {
        // a site's tags: lower-case words of the article, but each a name of a topic, not a run cut anywhere
        assertFalse(page(list("town council", "library", "heating bill", "volunteers", "reading room",
                "finance officer", "oak shelves", "community centre")).compromised());
    }
}
