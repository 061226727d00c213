package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A month or day that names when a noun's event is, in a clause told in the past (session 26), on invented sentences of
 * an article dated Wednesday 2026-07-15: an event announced for the article's month or the next is still to come ("the
 * August issue"); one further ahead is the last one before ("a record in October").
 */
class DateNamedEventTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = new Analyzer().analyze(Articles.of(List.of(
                "The study, published online on Monday and in the August issue of the Harbour Review, drew on ten years of records.",
                "Shares in the yard have fallen 20 percent from a record in October."),
                "2026-07-15", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void aNounsEventSoonToComeIsNotPutBehindTheArticle() {
        assertEquals("2026-08", value("August"), analysis.dates().toString());
    }

    @Test
    void aNounsEventFurtherAheadIsTheLastOneBefore() {
        assertEquals("2025-10", value("October"), analysis.dates().toString());
    }
}
