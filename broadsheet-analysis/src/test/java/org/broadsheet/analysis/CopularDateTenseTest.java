package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A month without a year in a clause whose predicate is an adjective or a noun ("will be final until after
 * February", "was busy in December") takes its tense from the clause's "be" and auxiliaries, as a verb's clause does
 * (the spec's section 9): to come after "will be", gone by after "was". Before, such a clause counted as having no
 * verb and the month was placed in the past. A kind from session 21's date misses. Invented sentences of an
 * article dated Wednesday 2026-11-18.
 */
class CopularDateTenseTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Nothing will be final until after February, when the harbour board counts the postal votes.",
                "The new ferry timetable will be ready in January, the harbour master said.",
                "The quay was unusually busy in December, the harbour board said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-11-18", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void aMonthAfterWillBeIsTheNextOne() {
        assertEquals("2027-02", value("February"));
        assertEquals("2027-01", value("January"));
    }

    @Test
    void aMonthAfterWasIsTheLastOne() {
        assertEquals("2025-12", value("December"));
    }
}
