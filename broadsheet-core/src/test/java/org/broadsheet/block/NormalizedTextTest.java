package org.broadsheet.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text as readers see it: spaces collapsed, invisible characters gone, no word changed. */
class NormalizedTextTest {

    @Test
    void collapsesEveryKindOfSpaceAndTrims() {
        assertEquals("Prime Minister said", NormalizedText.of("\n\t Prime\u00A0\u00A0Minister \u2009 said \u3000"));
    }

    @Test
    void dropsInvisibleCharactersWithoutSplittingOrJoiningWords() {
        assertEquals("re-election campaign", NormalizedText.of("\u200Bre-elec\u00ADtion\uFEFF campaign\u200B"));
        // an invisible character between two spaces leaves one space, not two and not none
        assertEquals("a b", NormalizedText.of("a \u00AD b"));
        // joiners change spelling in some scripts: kept
        assertEquals("क्\u200Dष", NormalizedText.of("क्\u200Dष"));
    }

    @Test
    void readsBuildersAsWellAsStrings() {
        assertEquals("one two", NormalizedText.of(new StringBuilder("  one\r\n\r\ntwo  ")));
        assertEquals("", NormalizedText.of(" \u00AD\u200B "));
    }

    @Test
    void agreesWithTheRuleOnRandomMixesOfLettersSpacesAndInvisibles() {
        // the rule written plainly: drop what never shows, collapse every space run to one, trim
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\u00A0', '\u2009', '\u00AD', '\u200B', '\u200D', 'é'};
        Random random = new Random(17);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                raw.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String expected = raw.toString().replaceAll("[\u00AD\u200B]", "")
                    .replaceAll("[ \n\u00A0\u2009]+", " ").strip();
            assertEquals(expected, NormalizedText.of(raw), () -> "for " + raw.toString().codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
            assertEquals(expected, NormalizedText.of(raw.toString()));
        }
    }

    @Test
    void aSpaceIsWhatJavaCallsWhitespaceOrASpaceCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertEquals(expected, NormalizedText.isSpace(c), String.format("U+%04X", (int) c));
        }
    }
}
