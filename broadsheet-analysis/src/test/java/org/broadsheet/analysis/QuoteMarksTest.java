package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotation marks as pages really type them: a quote running over paragraphs whose continuing paragraphs lost their
 * opening mark, a closing curly mark typed where a quote opens, a mark typed twice, straight single quotes as a
 * paragraph's only marks, and quotations inside a quote (the spec's D3, D4 and D5). Invented paragraphs.
 */
class QuoteMarksTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Ines Falk, who led the harbour survey, told the council:",
                "\"The harbour survey is the first in forty years and it changed what we know about the piers.",
                "We found the old pier is sinking faster than anyone on the council expected.",
                "The east wall will need a new footing before the winter storms come back.\"",
                "The council did not answer her.",
                "\u201DFerry fares will rise in March for everyone who crosses daily,\u201D said Tom Reyes, the harbour master.",
                "\"\"The night crossings are over for this year and the crews know it,\" Reyes said.",
                "Nina Dalby, chair of the ferry users' group, said: 'The winter timetable is a disgrace and we will fight it in court.'",
                "\u201CWhen the inspector came by in October, I said, \u2018Close the pier tonight.\u2019 He did not listen,\u201D Reyes said.",
                "\u201CSome people in the town called us \u201Cvandals\u201D. We only painted the old pier, and everyone knows it was"
                        + " falling apart anyway,\u201D Dalby said.",
                "\u201CPeople say, \u2018Oh, the ferry was always late.\u2019 It was not, and the records show it,\u201D Reyes said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void paragraphsOfAQuoteThatLostTheirOpeningMarkAreQuotes() {
        // the middle paragraph has no mark at all, the last one only the closing mark
        assertTrue(foundQuote(analysis, "We found the old pier is sinking").text().startsWith("We found"));
        assertTrue(foundQuote(analysis, "The east wall will need a new footing").text().startsWith("The east wall"));
        assertNull(quote(analysis, "The council did not answer"));
    }

    @Test
    void aClosingMarkTypedWhereAQuoteOpensOpensIt() {
        Quote q = foundQuote(analysis, "Ferry fares will rise in March");
        assertTrue(q.text().startsWith("Ferry fares"));
        assertEquals("Tom Reyes", q.speaker().name());
    }

    @Test
    void aMarkTypedTwiceIsOneMark() {
        assertTrue(foundQuote(analysis, "The night crossings are over").text().startsWith("The night crossings"));
    }

    @Test
    void straightSingleQuotesAreAParagraphsMarksWhenItHasNoOthers() {
        Quote q = foundQuote(analysis, "The winter timetable is a disgrace");
        assertTrue(q.text().startsWith("The winter timetable"));
        assertEquals("Nina Dalby", q.speaker().name());
    }

    @Test
    void wordsQuotedAfterASpeechVerbInsideAQuoteAreTheirOwnQuote() {
        Quote inner = analysis.quotes().stream().filter(q -> q.text().equals("Close the pier tonight.")).findFirst()
                .orElseThrow(() -> new AssertionError("no inner quote: " + analysis.quotes()));
        assertEquals("Tom Reyes", inner.speaker().name());
        // the outer quote keeps its inner marks
        assertTrue(foundQuote(analysis, "When the inspector came by").text().contains("\u2018Close the pier tonight.\u2019"));
        // a generic "people say" imagines the words: no quote of its own
        assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().startsWith("Oh, the ferry was always late")));
    }

    @Test
    void aDoubleQuotedTermInsideAQuoteLeavesTheQuoteWhole() {
        Quote outer = foundQuote(analysis, "We only painted the old pier");
        assertTrue(outer.text().startsWith("Some people in the town"));
    }
}
