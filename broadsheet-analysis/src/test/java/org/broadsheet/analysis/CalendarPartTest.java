package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A date the tagger joins to a stretch of time next to it is the calendar words alone, valued as written: "a year since
 * 2000" is 2000, "per month from July" July, "in its third year in January" January, "on Wednesday, following weeks of
 * unrest" that Wednesday. Invented sentences of an article dated Wednesday 2026-05-13.
 */
class CalendarPartTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Ferry fares have risen nearly 3 percent a year since 2004 and are rising faster among day trippers.",
                "The yard was expected to deliver two hulls per month from July.",
                "The harbour festival, which will be in its third year in September, draws crowds from the islands.",
                "Protesters blocked the quay at Port Ellery on Wednesday, following weeks of unrest over fares.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-05-13", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void aYearSinceIsTheYearWritten() {
        assertEquals("2004", value("2004"), analysis.dates().toString());
    }

    @Test
    void aMonthJoinedToARateOrAnAgeIsTheMonthWritten() {
        assertEquals("2026-07", value("July"), analysis.dates().toString());
        assertEquals("2026-09", value("September"), analysis.dates().toString());
    }

    @Test
    void aWeekdayJoinedToTheWeeksBeforeItIsThatDay() {
        assertEquals("2026-05-13", value("Wednesday"), analysis.dates().toString());
    }
}
