package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A measure written as one hyphenated word with its number in words ("a three-foot cable") is a measure like "a
 * 150-foot fence", and a height in feet and inches ("the 6-foot-4 keeper") is one measure in feet, not six feet.
 * Invented sentences.
 */
class CompoundMeasuresTest {

    private static FoundFigures found;
    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The harbour crew said a three-foot rope will hold the dinghy better than a ten-foot one.",
                "The 6-foot-4 goalkeeper signed for the island club on Tuesday, its manager said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        found = new FoundFigures(analysis);
    }

    @Test
    void aMeasureInWordsIsMeasured() {
        found.measured("three-foot", 3, "feet");
        found.measured("ten-foot", 10, "feet");
    }

    @Test
    void feetAndInchesAreOneHeightInFeet() {
        assertTrue(analysis.figures().stream().anyMatch(f -> f.text().equals("6-foot-4") && "feet".equals(f.unit())
                && Math.abs(f.value() - (6 + 4 / 12.0)) < 1e-9), () -> analysis.figures().toString());
        assertTrue(found.none("6-foot"), () -> analysis.figures().toString());
    }
}
