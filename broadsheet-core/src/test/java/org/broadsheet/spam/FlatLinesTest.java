package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Planted lines that a flattener ran into the site's menu, cut out by their form: short lines in a writing the page
 * does not use (each under a line's letters, together over them), and search phrases behind a rank or a time. The
 * menu's names around them stay out of the finding; a language menu and a ranked list of headlines stay clean.
 */
class FlatLinesTest {

    /** The story flattened to text, with the site's menu of short lines before it and {@code lines} inside the menu. */
    private static Article menuPage(String lines) throws Exception {
        String menu = "Skip to main content\nSubscribe\nSearch\nHome\nNews\nBusiness\nSport\n" + lines
                + "Opinion\nPodcasts\nPuzzles\nObituaries\nClassifieds\nAbout Us\nContact\n";
        return LibraryStory.extract(menu + LibraryStory.text(LibraryStory.LONGER, ""), InputFormat.TEXT);
    }

    private static void assertRunFlagged(Article a, String planted) {
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains(planted)), a.injectedSpam()::toString);
        assertTrue(a.injectedSpam().stream().noneMatch(f -> f.text().contains("Opinion") || f.text().contains("Sport")),
                a.injectedSpam()::toString);
        assertTrue(a.text().contains("The mayor said"), a::text);
    }

    @Test
    void shortLinesInAnotherWritingRunIntoTheMenuAreCutOut() throws Exception {
        // gambling phrases in Thai, a few words a line: no line holds the letters to say which writing it is in
        assertRunFlagged(menuPage("สล็อตแตกง่าย\nหวยออนไลน์\nบาคาร่าออนไลน์\nหวยออนไลน์\nคาสิโนออนไลน์\n"
                + "สล็อตแตกง่าย\nบาคาร่าออนไลน์\n"), "บาคาร่าออนไลน์");
    }

    @Test
    void rankedSearchPhrasesRunIntoTheMenuAreCutOut() throws Exception {
        // seven words a phrase, behind a rank: the rank is decoration, not a word of the phrase
        assertRunFlagged(menuPage("#1 cheap instant loans approved in one hour\n#2 buy real followers for your page "
                + "today\n#3 cheap instant loans approved in one hour\n#4 best casino bonus with no deposit needed\n"
                + "#5 buy real followers for your page today\n"), "best casino bonus");
    }

    @Test
    void aLanguageMenuAndRankedHeadlinesStayClean() throws Exception {
        for (String honest : List.of(
                "English\nРусский\nΕλληνικά\nالعربية\nไทย\n中文\nTürkçe\n",
                "1. Council approves new cycle lanes\n2. Schools to close early on Friday\n3. Storm warning for the "
                        + "coast\n4. Library campaign reaches its target\n5. Market hall to reopen in spring\n",
                "08:00 Polls open across the county\n09:30 Turnout high in the town centre\n11:00 Queues at the "
                        + "library polling station\n13:15 Candidates tour the market\n")) {
            Article a = menuPage(honest);
            assertFalse(a.compromised(), () -> honest + " flagged: " + a.injectedSpam());
        }
    }

    @Test
    void questionsAndAnswersOfSearchPhrasesCutApartByTheirQuestionMarksAreJudgedAsOneRun() throws Exception {
        // each question ends a "sentence", so no list holds more than one answer: the run is read across them
        assertRunFlagged(menuPage("Q: cheap loans without a credit check?\nA: casino bonus with no deposit\n"
                + "Q: buy real followers for your page?\nA: cheap loans without a credit check\n"
                + "Q: casino bonus with no deposit?\nA: buy real followers for your page\n"
                + "Q: slimming pills that work fast?\nA: casino bonus with no deposit\n"), "casino bonus");
    }

    @Test
    void anItemThatIsNoSearchDoesNotCutARankedListInTwo() throws Exception {
        // the third item is capitalised as a title: it wears the list's rank, so the list goes on through it
        assertRunFlagged(menuPage("#1 cheap instant loans today\n#2 buy real followers fast\n"
                + "#3 Payday Loans Approved In One Hour\n#4 cheap instant loans today\n#5 buy real followers fast\n"),
                "buy real followers fast");
    }

    @Test
    void rankedHeadlinesWithAFewLowerCaseOnesStayClean() throws Exception {
        String ranked = "#1 Council approves new cycle lanes\n#2 how to renew your bus pass\n#3 Storm warning for the "
                + "coast\n#4 where to vote on Thursday\n#5 Market hall to reopen in spring\n";
        Article a = menuPage(ranked);
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }

    @Test
    void aLinesDecorationIsReadAsItsForm() {
        assertEquals("#9", FlatLines.decoration("#12 cheap loans"));
        assertEquals("*****", FlatLines.decoration("★★★★☆ cheap loans"));
        assertEquals("", FlatLines.decoration("cheap loans"));
    }

    @Test
    void aSitesQuestionsAndAnswersStayClean() throws Exception {
        String faq = "Q: When does the library close?\nA: At the end of the year, the council said.\n"
                + "Q: Where will the books go?\nA: To the new community centre on Mill Street.\n"
                + "Q: Can I still renew my loans online?\nA: Yes, until the last day of December.\n";
        Article a = menuPage(faq);
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }

    @Test
    void aOneLetterLabelIsDecorationToo() {
        assertEquals("cheap loans without a credit check?", FlatLines.undecorated("Q: cheap loans without a credit check?"));
        assertEquals("casino bonus", FlatLines.undecorated("  A:  casino bonus"));
        assertEquals("Answers to readers", FlatLines.undecorated("Answers to readers"));
    }

    @Test
    void aLinesRankTimeOrStarsAreSetAsideButItsWordsKept() {
        // the rank's digits are decoration too: "2 buy ..." would not read as a search phrase
        assertEquals("buy real followers for your page", FlatLines.undecorated("  #2 buy real followers for your page"));
        assertEquals("Polls open across the county", FlatLines.undecorated("08:15 Polls open across the county"));
        assertEquals("best casino bonus", FlatLines.undecorated("★★★ 3. best casino bonus"));
        assertEquals("", FlatLines.undecorated("12:00 — 14:30"));
    }
}
