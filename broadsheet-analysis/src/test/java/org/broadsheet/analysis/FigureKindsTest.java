package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kinds of numbers sorted from pages of articles of many genres (session 17), on invented sentences: multipliers
 * ("25 to 30 times your expenses", "4x", "multiplied by 10") are in the spec's unit {@code times}, while "four times a
 * week" stays a count; torque in pound-feet and "80-percent" keep their units; a year after "in" is no ratio ("Tern 2 in
 * 2028"); and what is no figure by the spec's section 8: footnote marks ("per shift[1]"), a number joined to a part of a
 * thing naming its design ("a two-stroke engine", "a four-door coupe", "a six-figure salary", "a 360-degree camera"), the
 * text counting its own points ("three big reasons", "two examples", "top 12 trends"), ages after "at" ("At 16,"), a
 * year before its noun ("2027 tours"), a version ("our 2.0 release") and a display mode ("1440p").
 */
class FigureKindsTest {

    private static Analysis analysis;
    private static FoundFigures found;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "A skipper should save at least 25 to 30 times her annual costs before she sells the boat.",
                "\"We saw 4x faster loading,\" the harbourmaster said, and bookings have multiplied by 10 in 2026 compared to 2025.",
                "The crew trains four times a week at the quay.",
                "The tug promises 355 horsepower and 414 lb-ft of torque, and its battery tops up to 80-percent in an hour.",
                "The first launch is Tern 1, then Tern 2 in 2028, the agency said.",
                "Deckhands hear up to 1,000 alarms per shift[1], the report said.",
                "Old ferries run on two-stroke engines, the new one is a four-door model with a 360-degree camera, and the "
                        + "skipper earns a six-figure salary.",
                "There are three big reasons for this, and two examples show it. The guide lists its top 12 trends.",
                "At 16, Varga went to sea. Pensions kick in at 65, the union said.",
                "The choir announced its 2027 tours, and our 2.0 release of the tide app plays video at 1440p.",
                "The port employs 420 pilots.",
                "A pint at the quay now costs 350p.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        found = new FoundFigures(analysis);
    }

    @Test
    void multipliersAreTimesAndAFrequencyIsACount() {
        assertEquals("times", found.figure("25").unit(), () -> analysis.figures().toString());
        assertEquals("times", found.figure("30").unit());
        assertEquals("times", found.figure("4x").unit());
        assertEquals(4.0, found.figure("4x").value());
        assertEquals("times", found.figure("10").unit()); // "multiplied by 10", and no ratio "10 in 2026"
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().contains(" in 20")), () -> analysis.figures().toString());
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().startsWith("four") && "times".equals(f.unit())),
                () -> analysis.figures().toString()); // "four times a week": how often
    }

    @Test
    void torqueAndAHyphenatedPercentKeepTheirUnits() {
        assertEquals("lb-ft", found.figure("414").unit());
        assertEquals(Figure.Kind.PERCENT, found.figure("80-percent").kind());
    }

    @Test
    void aYearAfterInIsNoRatio() {
        assertTrue(found.none("2 in 2028"), () -> analysis.figures().toString());
    }

    @Test
    void footnoteMarksAndDesignWordsAreNoFigures() {
        assertTrue(found.none("1"), () -> analysis.figures().toString());
        assertEquals("alarms", found.figure("1,000").unit());
        assertTrue(found.none("two-stroke") && found.none("four-door") && found.none("360-degree") && found.none("six-figure"),
                () -> analysis.figures().toString());
    }

    @Test
    void theTextCountingItsOwnPointsIsNoFigure() {
        assertTrue(found.none("three") && found.none("two") && found.none("12"), () -> analysis.figures().toString());
        assertEquals("pilots", found.figure("420").unit());
    }

    @Test
    void agesYearsVersionsAndDisplayModesAreNoFigures() {
        assertTrue(found.none("16") && found.none("65") && found.none("2027") && found.none("2.0") && found.none("1440p") && found.none("1440"),
                () -> analysis.figures().toString());
    }

    @Test
    void penceAreNoVideoMode() {
        // only the standard video modes are names: "350p" is a price in pence
        assertTrue(analysis.figures().stream().anyMatch(f -> f.text().startsWith("350")), () -> analysis.figures().toString());
    }
}
