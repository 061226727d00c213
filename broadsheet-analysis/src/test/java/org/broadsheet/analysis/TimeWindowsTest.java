package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stretch of time counted from the present ("over the past two years", "for the last 40 years") is a duration with
 * its number, though the tagger reads most such phrases as a date; "last year" and "the past few months" state no
 * number and stay out. Invented sentences.
 */
class TimeWindowsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Over the past 15 years, the ferry company has carried most of the island's freight, the harbour master said.",
                "Every survey of the estuary conducted over the last 40 years found the same silt, the council said.",
                "While some berths have been offered to the fishing fleet over the past two years, all were turned down.",
                "The port lost money last year and has cut staff over the past few months.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void aCountedStretchBackFromNowIsADuration() {
        stretch("15 years", 15);
        stretch("40 years", 40);
        stretch("two years", 2);
    }

    /** Asserts one duration in years ends with these words (with or without "the past" before them). */
    private static void stretch(String words, double years) {
        assertTrue(analysis.figures().stream().anyMatch(f -> f.kind() == Figure.Kind.DURATION && f.text().endsWith(words)
                && f.value() == years && "years".equals(f.unit())), () -> words + " in " + analysis.figures());
    }

    @Test
    void aStretchWithNoNumberIsNoFigure() {
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().contains("few") || f.text().contains("last year")),
                () -> analysis.figures().toString());
    }
}
