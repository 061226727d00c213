package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What makes a number money, a measure or no figure (session 18), on invented sentences: an amount the tagger reads as
 * money with no currency written near it ("some 120 billion tide readings") is a count of what follows; a speed from
 * standstill names an acceleration test ("zero to 60 mph (97 kph) in 3.9 seconds", "0-62 mph"), whose time is the figure;
 * a footnote mark set apart from its word ("per shift [1]") is no figure.
 */
class FigureMarksTest {

    private static Analysis analysis;
    private static FoundFigures found;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The harbour's gauge is among the busiest in the country, logging some 120 billion tide readings a year.",
                "The new pilot launch can go from zero to 60 mph (97 kph) in about 3.9 seconds, the yard said.",
                "The smaller launch should do 0-62 mph in 6.6 seconds.",
                "Deckhands hear up to 1,000 alarms per shift [1], even though up to 99% of them need no action [2].",
                "The yard was paid $4.5 million for the launch.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        found = new FoundFigures(analysis);
    }

    @Test
    void anAmountWithNoCurrencyIsACount() {
        Figure readings = found.figure("120 billion");
        assertEquals(1.2e11, readings.value(), 1e6);
        assertTrue(readings.kind() != Figure.Kind.MONEY && !"USD".equals(readings.unit()), readings::toString);
        assertEquals("USD", found.figure("$4.5 million").unit(), () -> analysis.figures().toString());
    }

    @Test
    void aSpeedFromStandstillNamesTheTest() {
        assertTrue(analysis.figures().stream().noneMatch(f -> f.value() == 60 || f.value() == 97 || f.value() == 62
                || f.value() == 0), () -> analysis.figures().toString());
        assertEquals(3.9, found.figure("about 3.9 seconds").value());
        assertEquals(6.6, found.figure("6.6 seconds").value());
    }

    @Test
    void aFootnoteMarkSetApartIsNoFigure() {
        assertTrue(analysis.figures().stream().noneMatch(f -> f.value() == 1 || f.value() == 2), () -> analysis.figures().toString());
        assertEquals(1000, found.figure("1,000").value());
    }
}
