package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words of the day inside a quote count from the day the quote was said (session 26), on invented sentences of
 * articles dated Wednesday 2026-12-23: a report of the morning after whose story is told on Tuesday quotes Tuesday's
 * "today" and "tonight"; a quote after a story told long before is said on the article's day, and so is one its
 * sentence dates to that day. A possessive date keeps its marker as written ("Tuesday's vote", "this year's budget").
 */
class DateSpeakersDayTest {

    private static Analysis morningAfter;
    private static Analysis sameDay;

    @BeforeAll
    static void analyse() {
        Analyzer analyzer = new Analyzer();
        morningAfter = analyzer.analyze(Articles.of(List.of(
                "The harbour council met on Tuesday night to vote on the new ferry contract.",
                "\"We made the right call today, and the town will thank us for it,\" the council leader said after the vote.",
                "\"I think the harbourmaster spoke for everyone tonight,\" a councillor added.",
                "Fishermen who watched Tuesday's vote from the gallery were not surprised.",
                "The treasurer said this year's budget left little room for a second ferry."),
                "2026-12-23", "en", List.of(), null), null);
        sameDay = analyzer.analyze(Articles.of(List.of(
                "The rowing club first opened its boathouse on March 3, 2011.",
                "\"We open the new hall today, and everyone is welcome,\" the club's chairman said.",
                "On Tuesday, the club signed a new coach.",
                "\"The crews race today for the first time,\" the coach said on Wednesday."),
                "2026-12-23", "en", List.of(), null), null);
    }

    @Test
    void quotedTodayOfAStoryToldTheDayBeforeIsThatDay() {
        assertEquals("2026-12-22", FoundDates.valueOf(morningAfter, "today"), morningAfter.dates().toString());
        assertEquals("2026-12-22", FoundDates.valueOf(morningAfter, "tonight"), morningAfter.dates().toString());
    }

    @Test
    void quotedTodayAfterAStoryToldLongBeforeIsTheArticlesDay() {
        assertEquals("2026-12-23", FoundDates.valueOf(sameDay, "today"), sameDay.dates().toString());
    }

    @Test
    void aQuoteItsSentenceDatesToTheArticlesDayKeepsIt() {
        assertEquals("2026-12-23", sameDay.dates().stream().filter(d -> d.text().equals("today")).skip(1).findFirst()
                .orElseThrow(() -> new AssertionError(sameDay.dates().toString())).value());
    }

    @Test
    void aPossessiveDateKeepsItsMarker() {
        assertEquals("2026-12-22", FoundDates.valueOf(morningAfter, "Tuesday's"), morningAfter.dates().toString());
        assertEquals("2026", FoundDates.valueOf(morningAfter, "this year's"), morningAfter.dates().toString());
    }
}
