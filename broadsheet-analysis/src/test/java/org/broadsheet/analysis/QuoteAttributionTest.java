package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who said a quote or a statement, on paragraphs written to stress one behaviour each: a cue after the closing
 * mark with the speaker after it, a verb that is no speech verb standing alone as the attribution, a one-word
 * answer before its cue and the quote that continues it, a quote continuing reported speech in its paragraph,
 * and statements the parser reads as the cue's object.
 */
class QuoteAttributionTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The ferry service to Inishmore was cancelled for a third day on Tuesday.",
                "\"The overall cost is now over 4 million euros per month in lost bookings,\" said Daniel Anthony, "
                        + "vice president of the Island Traders Association, a business group in Galway.",
                "\"Two weeks after the storm, I still could not reach my mother on the island,\" wrote 43-year-old "
                        + "Martin Hale of Leeds in a letter to the ferry company.",
                "\"Yoga on the pier is a quiet way to start the day,\" Siobhan Wilgus clarifies.",
                "\"Terrible,\" Ciaran Davis said. \"To lose the whole summer season like this is something no one here expected.\"",
                "Sometimes the engines fail in the winter, the engineer Lena Ortiz said. \"But does that mean the whole "
                        + "fleet should stay in the harbour until March?\"",
                "Nomura said the closure favoured the airline and identified Aer Arann as its main winner.",
                "The island council called the cancellation a disaster.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    private static void assertSpeaker(String expected, Quote q, String words) {
        assertNotNull(q, () -> "no quote with \"" + words + "\": " + analysis.quotes());
        assertEquals(expected, q.speaker().name(), () -> q.toString());
    }

    @Test
    void speakerAfterTheCueThoughTheParserFoundASubjectInsideTheQuote() {
        assertSpeaker("Daniel Anthony", quote(analysis, "4 million euros"), "4 million euros");
        assertSpeaker("Martin Hale", quote(analysis, "reach my mother"), "reach my mother");
    }

    @Test
    void anyVerbStandingAloneAfterTheClosingMarkAttributesTheQuote() {
        assertSpeaker("Siobhan Wilgus", quote(analysis, "quiet way to start"), "quiet way to start");
    }

    @Test
    void oneWordAnswerCountsAndTheNextQuoteContinuesIt() {
        assertSpeaker("Ciaran Davis", quote(analysis, "Terrible"), "Terrible");
        assertSpeaker("Ciaran Davis", quote(analysis, "whole summer season"), "whole summer season");
    }

    @Test
    void quoteWithoutCueContinuesTheStatementBeforeIt() {
        assertSpeaker("Lena Ortiz", quote(analysis, "whole fleet should stay"), "whole fleet should stay");
    }

    @Test
    void statementTheParserReadAsAnObject() {
        ReportedSpeech r = foundStatement(analysis, "the closure favoured the airline");
        assertEquals("Nomura", r.speaker().name());
        assertEquals("the closure favoured the airline", r.content().text());
        foundStatement(analysis, "the cancellation a disaster");
    }
}
