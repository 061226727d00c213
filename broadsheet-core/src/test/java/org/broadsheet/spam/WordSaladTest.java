package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.SpamFinding;
import org.junit.jupiter.api.Test;

/**
 * Words of another page in random order (word salad): no sentence, hardly a word of the article's, so neither the
 * page's word pairs nor its prose's grammar can judge them; the language's own word order can.
 */
class WordSaladTest {

    private static final String ARTICLE = LibraryStory.PARAGRAPHS + """
            <p>Some councillors had proposed keeping the library open three days a week with volunteers, but the
            council's finance officer said the heating bill alone would exceed the branch's budget.</p>
            """;

    private static Article page(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.page(ARTICLE, between), InputFormat.HTML);
    }

    @Test
    void wordsOfAnotherPageInRandomOrderAreFlagged() throws Exception {
        // sixty words drawn at random from a gardening column, with a comma and a capital now and then, planted
        // between two paragraphs: none of the article's word pairs, few of its words, no sentence
        String salad = "The in Is enough summer the into in day Main should of, warm in indoors side out sow good "
                + "indoors fruit, the should tie Keep Enough it it, main should, the, main is summer enough, early, and "
                + "Young, helps out, plants the keep, the roots And from, until March main the Is, the, when in fruit "
                + "sow tie, should when";
        Article a = page("<div>" + salad + "</div>");
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        SpamFinding f = a.injectedSpam().stream().filter(s -> s.text().contains("indoors side out sow")).findFirst()
                .orElse(null);
        assertNotNull(f, () -> "no finding holds the salad: " + a.injectedSpam());
        assertTrue(f.reasons().stream().anyMatch(r -> r.contains("language's own word order")), f.reasons().toString());
        assertFalse(a.text().contains("indoors side out sow"), "the salad reached the body");
        assertTrue(a.text().contains("The mayor said"), "the article stays");
    }

    @Test
    void headlinesRunTogetherKeepTheirOrder() throws Exception {
        // a block of other stories' headlines without full stops, in sentence case: as many small words as prose,
        // in the order the language puts them
        String headlines = "Police appeal for witnesses after a crash on the ring road | Council approves the new "
                + "budget for schools in the north of the county | Man charged over the theft of a van from a farm "
                + "near the river | Plans for a new bridge across the valley are put on hold | Hundreds turn out for "
                + "the opening of the market in the old square | Volunteers clear the beach of plastic after the storm";
        assertKeepsTheLanguagesOrder(headlines);
        assertClean(page("<div>" + headlines + "</div>"));
    }

    @Test
    void aNoticeWithoutFullStopsIsNotSalad() throws Exception {
        // a notice typed without full stops: no sentence end, but the order of its words is the language's
        String notice = "we use cookies and similar tools to make this site work for you and to understand how it is "
                + "used so that we can improve it for everyone who visits and you can change your choices at any time "
                + "in the settings at the bottom of every page of the site";
        assertKeepsTheLanguagesOrder(notice);
        assertClean(page("<div>" + notice + "</div>"));
    }

    @Test
    void aFlattenedListOfHeadlinesIsNotSalad() throws Exception {
        // a "most read" box flattened to numbered lines: each headline is in order, but read across the line breaks
        // with the numbers between them the words are not, and headlines drop the small words prose has
        String mostRead = "Most read\n12\nHarrowby has plan to pull Rovers out of long losing streak\n13\nKettering "
                + "woman found guilty of hiding child’s savings in acid jar\n14\nCounty champs to meet in second round "
                + "of HS playoffs\n15\nBurger-bar-B makes pro-LGBTQ announcement\nView Comments";
        String page = "Home / Town / News\n\nLibrary to close after 100 years\n\n" + ARTICLE.replaceAll("</?p>", "")
                .replaceAll("\\s*\n\\s*", " ").replace(". ", ".\n\n") + "\n\n" + mostRead
                + "\n\n© 2024 The Daily Example. All rights reserved.\n";
        assertClean(LibraryStory.extract(page, InputFormat.TEXT));
    }

    @Test
    void theSitesLinksRunTogetherAreNotSalad() throws Exception {
        // a guide site's menu of its own pages without separators: read across its items the words are in no order,
        // but each link's text is
        String[] items = {"The Kitchen Hub", "Best slow cookers", "Best knife sets", "Best bread makers for beginners",
            "Best pasta machines", "Cooking time calculator", "Best rice cookers", "Best stand mixers",
            "Best pressure cookers", "Best food processors", "Best kettles and toasters", "Best spice racks",
            "Best pans and pots"};
        StringBuilder menu = new StringBuilder("<div>");
        for (String item : items) {
            menu.append("<a href=\"/guides/").append(item.toLowerCase().replace(' ', '-')).append("\">").append(item)
                    .append("</a> ");
        }
        assertClean(page(menu.append("</div>").toString()));
    }

    /** The text reaches the order test (enough words, enough frequent ones) and passes it by its order. */
    private static void assertKeepsTheLanguagesOrder(String text) {
        LanguageOrder.Fit fit = LanguageOrder.bundled().fit(text, 40);
        assertNotNull(fit);
        assertTrue(fit.frequent() >= 0.25 && fit.z() > 2, fit.toString());
    }

    private static void assertClean(Article a) {
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
        assertTrue(a.removed().stream().noneMatch(r -> r.kind() == Boilerplate.INJECTED_SPAM));
    }
}
