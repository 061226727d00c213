package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comparisons in a quarterly report are told from the quarter reported (session 30): "the same period last year" is that
 * quarter a year before, "the previous quarter" the one before it, and "a year earlier" after "the three months ended
 * June 30" the quarter a year before, not a day. Invented sentences of an article dated Thursday 2027-07-22.
 */
class DateReportedQuarterTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Harbour Lines said on Thursday that its ferry ticket sales rose in the second quarter.",
                "Ticket sales were up 8 percent on the same period last year.",
                "Bookings filled 40 percent of the seats, up from 35 percent the previous quarter.",
                "The company earned $12 million in the three months ended June 30. That compares with $9 million a year earlier.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-07-22", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void theSamePeriodLastYearIsTheReportedQuarterAYearBefore() {
        assertEquals("2026-Q2", value("the same period last year"), analysis.dates().toString());
    }

    @Test
    void thePreviousQuarterIsTheOneBeforeTheReportedQuarter() {
        assertEquals("2027-Q1", value("the previous quarter"), analysis.dates().toString());
    }

    @Test
    void aYearEarlierThanTheQuartersLastDayIsTheQuarterAYearBefore() {
        assertEquals("2026-Q2", value("a year earlier"), analysis.dates().toString());
    }
}
