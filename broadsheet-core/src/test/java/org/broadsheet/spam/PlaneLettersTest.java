package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Letters of a writing outside Unicode's basic plane (Adlam here) are two chars each in Java: counted as chars, a
 * run of them held no letters, and a run appended to a paragraph was never long enough to be judged alone.
 */
class PlaneLettersTest {

    /** Invented words in Adlam letters, phrases of two words said again as a keyword list is. */
    private static final String ADLAM = "𞤤𞤮𞤼𞤮 𞤦𞤢𞤤𞤤 - 𞤳𞤢𞤧𞤭𞤲𞤮 𞤩𞤫𞤴 - 𞤤𞤮𞤼𞤮 𞤦𞤢𞤤𞤤 - 𞤸𞤫𞤩 𞤳𞤢𞤢𞤤 - "
            + "𞤳𞤢𞤧𞤭𞤲𞤮 𞤩𞤫𞤴 - 𞤤𞤮𞤼𞤮 𞤦𞤢𞤤𞤤 - 𞤸𞤫𞤩 𞤳𞤢𞤢𞤤 - 𞤳𞤢𞤧𞤭𞤲𞤮 𞤩𞤫𞤴";

    @Test
    void lettersOutsideTheBasicPlaneAreCountedOneEach() {
        assertEquals(4, InjectedSpam.letters("𞤤𞤮𞤼𞤮", 0, "𞤤𞤮𞤼𞤮".length()));
        assertEquals(5, InjectedSpam.letters("a 𞤤𞤮𞤼𞤮!", 0, "a 𞤤𞤮𞤼𞤮!".length()));
    }

    @Test
    void phrasesInAWritingOutsideTheBasicPlaneAppendedToAParagraphAreFlagged() throws Exception {
        String page = LibraryStory.text(LibraryStory.LONGER, "The council will meet again in March to decide what "
                + "happens to the building and its collection of local maps. | " + ADLAM);
        Article a = LibraryStory.extract(page, InputFormat.TEXT);
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("𞤳𞤢𞤧𞤭𞤲𞤮")), a.injectedSpam()::toString);
        assertTrue(a.injectedSpam().stream().noneMatch(f -> f.text().contains("local maps")), a.injectedSpam()::toString);
        assertTrue(a.text().contains("local maps"), a::text);
    }
}
