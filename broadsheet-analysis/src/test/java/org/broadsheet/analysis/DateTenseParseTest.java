package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which way a weekday or a day without a year points, read from the parse rather than from words nearby (the spec's
 * section 9): a word of a plan ("scheduled", "coming") sends a date into the future only when the date hangs from it
 * or from what it modifies, and a weekday that is the subject or the complement of a present "be" is still to come.
 * Kinds from session 25's date misses (several outlets, older and new read parts). Invented sentences of an article
 * dated Wednesday 2026-11-18.
 */
class DateTenseParseTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The harbour master told reporters who asked Monday about the scheduled ferry vote that nothing was decided.",
                "The ferry has broken down three times this autumn, the latest coming November 12.",
                "Council members met late into the night ahead of a levy vote scheduled for Friday.",
                "The regatta final is Sunday night.",
                "Saturday is the 50th anniversary of the harbour's opening.",
                "The semifinal was Tuesday afternoon, the club said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-11-18", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void aPlanWordOfAnotherPhraseDoesNotMoveTheDate() {
        assertEquals("2026-11-16", value("Monday")); // asked Monday, about the scheduled vote
        assertEquals("2026-11-12", value("November 12")); // "coming" as a verb, not "the coming week"
    }

    @Test
    void aDateThePlanWordGovernsIsStillToCome() {
        assertEquals("2026-11-20", value("Friday"));
    }

    @Test
    void aWeekdayAPresentBeNamesIsTheNextOne() {
        assertEquals("2026-11-22", value("Sunday night"));
        assertEquals("2026-11-21", value("Saturday"));
        assertEquals("2026-11-17", value("Tuesday afternoon")); // "was": gone by
    }
}
