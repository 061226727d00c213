package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.SpamFinding;
import org.junit.jupiter.api.Test;

/**
 * How far back a run of planted phrases appended to a line of the page's own reaches: over every phrase of its
 * form, to the line's own text.
 */
class AppendedRunTest {

    /** Invented garden-supply search phrases; a word list knows none of them. */
    private static final String RUN = "raised bed kit cedar cheap · hose reel wall mount deal · "
            + "<a href=\"https://mulchmart7.top/\">bark mulch bulk bag price</a> · seed tray 72 cell pack · "
            + "<a href=\"https://trowelhub.click/go/\">pruning shears bypass sale</a> · compost bin rotating drum · "
            + "<a href=\"https://potpile3.shop/\">terracotta pots set of six</a> · slug pellets organic tub";

    /** Lower-case phrases of two to seven words stand for what the detector counts as spam-like here. */
    private static final Predicate<String> LOWER_CASE_PHRASE = ShapeScore::queryLike;

    @Test
    void theRunReachesBackOverItsFirstPhrasesToTheLinesOwnText() {
        String line = "© 2024 The Daily Example | raised bed kit cedar cheap · hose reel wall mount deal · bark mulch";
        int found = line.indexOf("bark mulch");

        assertEquals(line.indexOf("raised bed"), AppendedRun.start(line, found, LOWER_CASE_PHRASE, t -> t.indexOf('©')));
    }

    @Test
    void aSentenceOrTheSitesOwnLinksStopTheRun() {
        String sentence = "The library closes in May, the council said. | raised bed kit cedar | hose reel wall mount";
        String links = "Home | Privacy Policy | raised bed kit cedar cheap | hose reel wall mount";

        assertEquals(sentence.indexOf("raised"), AppendedRun.start(sentence, sentence.indexOf("hose"),
                LOWER_CASE_PHRASE, t -> -1));
        assertEquals(links.indexOf("raised"), AppendedRun.start(links, links.indexOf("hose"), LOWER_CASE_PHRASE,
                t -> t.indexOf("Privacy Policy")));
    }

    @Test
    void aRunAppendedToTheFooterLineIsFlaggedFromItsFirstPhrase() throws Exception {
        String html = "<html lang=\"en\"><head><title>Library to close</title></head><body><main><article>"
                + "<h1>Library to close after 100 years</h1>" + LibraryStory.PARAGRAPHS + "</article></main>"
                + "<footer><p>© 2024 Daily Example | " + RUN + "</p></footer></body></html>";

        Article a = LibraryStory.extract(html, InputFormat.HTML);

        assertTrue(a.compromised(), "the page should look compromised");
        String flagged = String.join(" ", a.injectedSpam().stream().map(SpamFinding::text).toList());
        assertTrue(flagged.startsWith("raised bed kit cedar cheap"), flagged);
        assertFalse(flagged.contains("Daily Example") || flagged.startsWith("|"), flagged);
    }
}
