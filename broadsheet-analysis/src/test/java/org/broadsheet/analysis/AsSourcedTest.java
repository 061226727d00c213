package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An "as" clause that names its source only inside the agent or the work it cites ("As reported by Reuters, ...",
 * "..., as noted by the Labour Department.", "As highlighted in a Deloitte survey, ...", "As a Bloomberg article
 * explains, ...") attributes the rest of the sentence to that source (the spec's R1, parenthetical attributions),
 * as "As Reuters reported, ..." does. An "as" clause citing no named source ("as shown in the chart below") reports
 * nothing. Invented paragraphs.
 */
class AsSourcedTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "As reported by Reuters, the regulator fined the bank $20 million over the outages.",
                "Union membership rose for the first time in a decade, as noted by the Labour Department.",
                "As highlighted in a Deloitte survey of retailers, shoppers are cutting back on clothing this winter.",
                "As a Bloomberg article on the deal explains, the two banks have been in talks since March.",
                "The ferry operator cut its winter timetable to four sailings a day, as reported by Coast + Country.",
                "Prices rose faster than in any month since 2008, as shown in the chart below.",
                "As described in the manual, the pump must be primed before use.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void anAgentNamesTheSourceOfTheRestOfTheSentence() {
        ReportedSpeech opening = foundStatement(analysis, "fined the bank");
        assertEquals("the regulator fined the bank $20 million over the outages", opening.content().text());
        assertEquals("Reuters", opening.speaker().name());
        ReportedSpeech closing = foundStatement(analysis, "Union membership");
        assertEquals("Union membership rose for the first time in a decade", closing.content().text());
        assertEquals("Labour Department", closing.speaker().name());
        ReportedSpeech outlet = foundStatement(analysis, "winter timetable");
        assertEquals("The ferry operator cut its winter timetable to four sailings a day", outlet.content().text());
        assertEquals("Coast + Country", outlet.speaker().name());
    }

    @Test
    void aCitedWorkSpeaksForItsNamedAuthor() {
        assertEquals("Deloitte", foundStatement(analysis, "shoppers are cutting back").speaker().name());
        ReportedSpeech explained = foundStatement(analysis, "the two banks");
        assertEquals("the two banks have been in talks since March", explained.content().text());
        assertEquals("Bloomberg", explained.speaker().name());
    }

    @Test
    void anAsClauseCitingNoNamedSourceReportsNothing() {
        assertNull(statement(analysis, "Prices rose"), "a chart is no source");
        assertNull(statement(analysis, "the pump must be primed"), "a manual with no named maker is no source");
    }
}
