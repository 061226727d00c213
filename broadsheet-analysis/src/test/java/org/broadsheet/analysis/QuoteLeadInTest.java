package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A trailing attribution that closes a quote opening after the writer's lead-in (a phrase with no finite verb and a
 * comma, a clause and a dash): what was said is wholly quoted, so it is a quote only (the spec's R5); narrative words
 * inside the statement ("The new levy is “...”", "During the call, he asked about X and said, “...”") still make it
 * reported speech too. Invented paragraphs.
 */
class QuoteLeadInTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "In the meantime, \u201Cferry users should not panic about the winter delays,\u201D Nina Dalby said.",
                "For the harbour industry, \u201C2027 will be about fixing the old piers and little else,\u201D Tom Reyes says.",
                "The board has changed its account twice \u2014 \u201CI now recall the meeting,\u201D Edith Carrow said.",
                "The new levy is \u201Ca disaster for the town and its ferries,\u201D Councillor Pike said.",
                "During the meeting, he asked about the ferry timetable and said, \u201Cthe pier will close,\u201D the harbour board said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aQuoteAfterTheWritersLeadInIsAQuoteOnly() {
        assertNull(statement(analysis, "should not panic"));
        assertNull(statement(analysis, "fixing the old piers"));
        assertNull(statement(analysis, "I now recall"));
        foundQuote(analysis, "should not panic");
    }

    @Test
    void narrativeWordsOutsideTheMarksStillMakeAStatement() {
        foundStatement(analysis, "a disaster for the town");
        foundStatement(analysis, "asked about the ferry timetable");
    }
}
