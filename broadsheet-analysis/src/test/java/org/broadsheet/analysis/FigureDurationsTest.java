package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Durations of one unit and durations in decades or centuries, on invented sentences: "for a month", "after a week",
 * "within one minute" state how long something lasted, where "a year later", "$2 million a week" and "was a year of"
 * state no duration; "two decades" and "more than a century" keep their stated unit (the guideline since fresh5).
 */
class FigureDurationsTest {

    private static Analysis analysis;
    private static FoundFigures found;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The ferry has run between the islands for nearly two decades, and the lighthouse has stood for more than a century.",
                "The captain stayed aboard for a month, and the crew came back after a week.",
                "The new pumps empty the dry dock within one minute.",
                "The pier reopened a year later, and the port now moves $2 million a week in cargo.",
                "Last season was a year of storms for the fishing fleet.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        found = new FoundFigures(analysis);
    }

    @Test
    void decadesAndCenturiesAreCountedInYears() {
        found.measured("nearly two decades", 20, "years");
        assertEquals("more than", found.measured("a century", 100, "years").qualifier());
        assertTrue(analysis.figures().stream().noneMatch(f -> "decades".equals(f.unit()) || "centuries".equals(f.unit())),
                () -> analysis.figures().toString());
    }

    @Test
    void oneUnitAfterAPrepositionOfExtentIsADuration() {
        found.measured("a month", 1, "months");
        found.measured("a week", 1, "weeks");
        found.measured("one minute", 1, "minutes");
    }

    @Test
    void aLaterYearARateAndANounAreNoDurations() {
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().equals("a year")),
                () -> analysis.figures().toString());
        assertEquals(1, analysis.figures().stream().filter(f -> f.text().equals("a week")).count(),
                () -> analysis.figures().toString()); // "after a week", not the rate's "a week"
    }
}
