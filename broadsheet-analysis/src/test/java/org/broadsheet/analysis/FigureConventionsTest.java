package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figure units in the spec's conventions (section 8) on invented sentences: a share written without its
 * "percent" in a list of percentages, and an index level beside a percentage, which stays a number; percentage
 * points the tagger reads as a plain number; the first bound of a range of percentages; "20m long" in metres,
 * "200k dollars" and "1.5m euros" in thousands and millions.
 */
class FigureConventionsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Of those riders, 65 percent were local, 11.9 percent were students, 15.36 percent commuters, and 7.3 of another group.",
                "The harbour index rose 0.5 percent to 2,934.02.",
                "Unemployment in the valley rose 2.3 percentage points.",
                "Between 30 and 40 percent of the boats are idle.",
                "The new ferry is 20m long.",
                "The port spent 200k dollars on cranes.",
                "The quay deal is worth 1.5m euros.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static Figure figure(String text) {
        Figure f = analysis.figures().stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertNotNull(f, () -> "not found: " + text + " in " + analysis.figures());
        return f;
    }

    @Test
    void aShareWithoutItsWordAmongPercentagesIsAPercentage() {
        Figure f = figure("7.3");
        assertEquals(Figure.Kind.PERCENT, f.kind());
        assertEquals("percent", f.unit());
    }

    @Test
    void anIndexLevelBesideAPercentageStaysANumber() {
        assertEquals(Figure.Kind.COUNT, figure("2,934.02").kind());
    }

    @Test
    void percentagePointsWithoutASignAreTheirOwnUnit() {
        Figure f = figure("2.3 percentage points");
        assertEquals(Figure.Kind.PERCENT, f.kind());
        assertEquals("percentage_points", f.unit());
    }

    @Test
    void theFirstBoundOfARangeOfPercentagesIsAPercentage() {
        assertEquals(Figure.Kind.PERCENT, figure("30").kind());
    }

    @Test
    void metresAreNotMillions() {
        Figure f = figure("20m");
        assertEquals(20.0, f.value());
        assertEquals("m", f.unit());
    }

    @Test
    void thousandsAndMillionsWrittenShortAreMoney() {
        Figure thousands = figure("200k dollars");
        assertEquals(Figure.Kind.MONEY, thousands.kind());
        assertEquals(200_000.0, thousands.value());
        Figure millions = figure("1.5m euros");
        assertEquals(Figure.Kind.MONEY, millions.kind());
        assertEquals("EUR", millions.unit());
        assertEquals(1_500_000.0, millions.value());
    }
}
