package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

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

    @Test
    void hostNamesWrittenOutAreAddressesNotBrandNames() {
        // a reader's list of mirror addresses, written out as markdown, BBCode and bare addresses
        assertEquals(0, KeywordFarm.brandDigits("[cheap flights](http://flyer2024.example/deals) "
                + "[url=https://www.travelhub77.example]travel deals[/url] mirror: bookings365.example/offers"));
        assertEquals(0, KeywordFarm.brandDigits("write to desk99@newsroom.example"));
        // the same names on their own are still brand names with digits
        assertEquals(3, KeywordFarm.brandDigits("flyer2024 travelhub77 bookings365"));
        // a sentence end after a brand name is no host name
        assertEquals(1, KeywordFarm.brandDigits("play at slot88. then win"));
    }

    @Test
    void phrasesSplitAtSeparatorsDashesLineBreaksAndWideSpaces() {
        assertEquals(List.of("slot gacor", "judi bola", "togel", "rtp live", "maxwin", "a-b"),
                KeywordFarm.segments(" slot gacor | judi bola,togel - rtp live\n maxwin  a-b "));
        assertEquals(List.of(), KeywordFarm.segments(" | , \n "));
    }

    /** The splitter is written out for speed; it must split exactly as this expression did. */
    @Test
    void phrasesSplitAsTheSeparatorExpressionDoes() {
        Pattern separator = Pattern.compile("\\s*(?:[" + KeywordFarm.SEPARATORS + "]|\\s[-–—]\\s|\\s{2,}|\\n)\\s*");
        String[] pieces = {"a", "bc", " ", "  ", "\n", "\t", "\r", "-", "–", "—", "|", ",", "·", "、", "»", "é", "中",
            "\u00A0", "\u3000", "x-y"};
        Random random = new Random(12);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> expected = new ArrayList<>();
            for (String s : separator.split(text)) {
                if (!s.isBlank()) {
                    expected.add(s.strip());
                }
            }
            assertEquals(expected, KeywordFarm.segments(text), "split of \"" + text + "\"");
        }
    }
}
