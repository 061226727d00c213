package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A run of hashtags read as the phrases it is: planted runs draw their tags from a bank, so the same tags come back,
 * in words the article does not use; an article's own tags are a few names of its topic, each said once.
 */
class HashtagRunTest {


    /** The story flattened to text, with {@code between} as a line after its second paragraph. */
    private static Article text(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.text(LibraryStory.LONGER, between), InputFormat.TEXT);
    }

    /** Invented Greek tags of quick loans, betting and cheap pills, three of them said again in another case. */
    private static final String GREEK_TAGS = "#ΓρήγοραΔάνεια #ΚαζίνοΜεΜπόνους #γρήγοραδάνεια #ΣτοίχημαΧωρίςΚατάθεση "
            + "#ΦθηνάΧάπια #καζίνομεμπόνους #ΑγοράΑκολούθων #στοίχημαχωρίςκατάθεση #ΔωρεάνΠεριστροφές";

    /** Invented Spanish-looking tags of the same trades, glued, three said again. */
    private static final String LATIN_TAGS = "#prestamosrapidossinaval #ApuestasConBono #pastillasadelgazantes "
            + "#CasinoDineroReal #apuestasconbono #comprarseguidoresbaratos #prestamosrapidossinaval "
            + "#TragamonedasGratis #casinodineroreal";

    @Test
    void tagsSaidAgainAreTheRunsPhrasesSaidAgain() {
        HashtagRun run = HashtagRun.of(GREEK_TAGS);
        assertEquals(9, run.tags().size());
        assertEquals(3, run.saidAgain());
        // a caption's tags shown twice by a flattener: said again in the same order, a copy, not a bank drawn again
        String caption = "#townhall #library #books #reading #localnews #heritage";
        assertEquals(0, HashtagRun.of(caption + " " + caption).saidAgain());
        assertNull(HashtagRun.of("#Library #Books #Town"), "an article's few tags are no run");
        assertNull(HashtagRun.of("Residents said #SaveOurLibrary was trending on Tuesday as the council met"));
    }

    @Test
    void tagsInAnotherWritingSaidAgainAreFlagged() throws Exception {
        Article a = text(GREEK_TAGS);
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("#ΓρήγοραΔάνεια")
                && f.reasons().stream().anyMatch(r -> r.contains("hashtags") && r.contains("said again"))),
                () -> a.injectedSpam().toString());
        assertTrue(a.text().contains("The mayor said"), a::text);
    }

    @Test
    void tagsOfAnotherVocabularySaidAgainAreFlagged() throws Exception {
        Article a = text(LATIN_TAGS);
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("#ApuestasConBono")
                && f.reasons().stream().anyMatch(r -> r.contains("another vocabulary"))),
                () -> a.injectedSpam().toString());
    }

    @Test
    void theArticlesOwnTagsStayClean() throws Exception {
        for (String tags : List.of(
                // a long line of the story's own tags, none said again
                "#library #council #TownCouncil #SaveTheLibrary #books #heritage #architect #community #LocalNews",
                // the tags of a reader's photo post quoted in the story: not its words, but each said once
                "#sunset #beach #summer #travel #photography #instagood #nofilter #wanderlust #goldenhour",
                "#SummerVibes #BeachLife #TravelGram #PhotoOfTheDay #GoldenHour #Wanderlust #NoFilter #InstaGood",
                // the story's tags said again in the same order: a caption shown twice
                "#library #council #books #heritage #community #townhall #library #council #books #heritage "
                        + "#community #townhall")) {
            Article a = text(tags);
            assertFalse(a.compromised(), () -> tags + ": " + a.injectedSpam());
        }
    }

    @Test
    void hiddenTagsOfAnotherVocabularyAreFlaggedAndTheSitesHiddenTagsAreNot() throws Exception {
        String planted = "<div style=\"display:none\">" + LATIN_TAGS.replace(" #apuestasconbono", "")
                .replace(" #prestamosrapidossinaval #Tragamonedas", " #Tragamonedas").replace(" #casinodineroreal", "")
                + "</div>";
        Article a = LibraryStory.extract(LibraryStory.page(LibraryStory.LONGER, planted), InputFormat.HTML);
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        String own = "<div style=\"display:none\">#library #council #TownCouncil #SaveTheLibrary #books #heritage "
                + "#architect #community</div>";
        Article b = LibraryStory.extract(LibraryStory.page(LibraryStory.LONGER, own), InputFormat.HTML);
        assertFalse(b.compromised(), () -> b.injectedSpam().toString());
    }
}
