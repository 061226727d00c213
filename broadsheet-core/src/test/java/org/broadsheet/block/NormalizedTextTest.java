package org.broadsheet.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
