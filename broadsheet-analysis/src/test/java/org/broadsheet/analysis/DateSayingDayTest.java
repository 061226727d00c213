package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words of the day inside a quote count from the day the narrative says it was said (session 30): a day the verb of
 * saying is given in the quote's paragraph ("said at a briefing on Monday night"); else, in a report of the morning
 * after, the latest day the story tells, by date rather than by place (a story of Tuesday that recalls a day of 2011 is
 * still Tuesday's); "last week" counts from that day as "today" does. Invented sentences of articles dated Wednesday
 * 2026-12-23 and Monday 2026-12-21.
 */
class DateSayingDayTest {

    private static Analysis wednesday;
    private static Analysis monday;

    @BeforeAll
    static void analyse() {
        Analyzer analyzer = new Analyzer();
        wednesday = analyzer.analyze(Articles.of(List.of(
                "The harbour council voted on Tuesday to sell the old ferry.",
                "The ferry had been bought from a Norwegian yard on March 3, 2011.",
                "\"We made the right call today,\" the council leader said after the vote.",
                "The harbourmaster spoke to reporters at a briefing on Monday night. \"Nobody sails tonight,\" he said."),
                "2026-12-23", "en", List.of(), null), null);
        monday = analyzer.analyze(Articles.of(List.of(
                "Thousands of fishermen marched through the port on Sunday evening.",
                "\"We marched here last week too, and nobody listened,\" one of them said."),
                "2026-12-21", "en", List.of(), null), null);
    }

    @Test
    void aQuoteIsSaidOnTheDayItsParagraphGivesTheSaying() {
        assertEquals("2026-12-21", FoundDates.valueOf(wednesday, "tonight"), wednesday.dates().toString());
    }

    @Test
    void theStorysLatestDayCountsByDateNotByPlace() {
        assertEquals("2026-12-22", FoundDates.valueOf(wednesday, "today"), wednesday.dates().toString());
    }

    @Test
    void lastWeekCountsFromTheSpeakersDay() {
        assertEquals("2026-W50", FoundDates.valueOf(monday, "last week"), monday.dates().toString());
    }
}
