package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shape measures alone: a keyword list against prose, and the tricks spammers use. */
class KeywordFarmTest {

    private static KeywordFarm.Shape shape(String text) {
        return KeywordFarm.measure(text, MatchText.of(text));
    }

    @Test
    void aKeywordListIsAListWithoutSentences() {
        KeywordFarm.Shape s = shape("slot gacor | slot online | judi bola | togel hari ini | maxwin terpercaya"
                + " | daftar slot | bonus member baru | rtp live");
        assertTrue(s.isList(), s.toString());
        assertTrue(s.noSentences(), s.toString());
    }

    @Test
    void proseHasSentencesAndFunctionWords() {
        KeywordFarm.Shape s = shape("The council voted on Tuesday to approve the new bridge across the river."
                + " Construction is expected to begin next spring, and it will last about three years.");
        assertFalse(s.isList(), s.toString());
        assertFalse(s.noSentences(), s.toString());
        assertTrue(s.functionWordRate() > 0.2, s.toString());
    }

    @Test
    void brandNamesWithDigitsAndSpacedLettersAreCounted() {
        assertEquals(2, KeywordFarm.brandDigits("daftar slot88 dan mpo4d sekarang slot88"));
        assertEquals(0, KeywordFarm.brandDigits("the 2024 budget of 300 million"));
        assertTrue(KeywordFarm.obfuscations("main s l o t sekarang") > 0);
    }
}
