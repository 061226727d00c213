package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start of a year and the end or start of a quarter are days (the spec's section 9: "month's end" is the month's
 * last day): "since the start of the year" is January 1, "by the end of the second quarter" June 30, as "the end of
 * the year" was December 31 already. Invented sentences of an article dated Wednesday 2027-03-10.
 */
class PeriodBoundsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Ferry bookings have risen by a fifth since the start of the year, the operator said.",
                "The harbour board expects the dredging to be finished by the end of the second quarter.",
                "The pier will reopen by the end of the year, the council said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static String value(String words) {
        DateMention d = analysis.dates().stream().filter(m -> m.text().contains(words)).findFirst().orElse(null);
        assertNotNull(d, () -> "no date " + words + " in " + analysis.dates());
        return d.value();
    }

    @Test
    void theStartOfTheYearIsItsFirstDay() {
        assertEquals("2027-01-01", value("start of the year"));
    }

    @Test
    void theEndOfAQuarterIsItsLastDay() {
        assertEquals("2027-06-30", value("end of the second quarter"));
        assertEquals("2027-12-31", value("end of the year"));
    }
}
