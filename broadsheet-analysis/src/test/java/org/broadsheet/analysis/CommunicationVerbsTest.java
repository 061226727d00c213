package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verbs of communication with a clause (the spec's R1: a communication verb with a that, zero-that or wh-clause)
 * beyond "say" and its kin: "mentioned that", "recommends that", "wondered why", "details how"; and a statement made
 * in a subordinate clause that opens the sentence ends where the main clause begins. Invented paragraphs.
 */
class CommunicationVerbsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Councillor Nina Dalby mentioned that the ferry had been late twice this week.",
                "The harbour board recommends that all passengers wear life jackets on the crossing.",
                "Several residents wondered why the evening ferry had been cancelled without notice.",
                "In her report, the inspector detailed how the boilers failed during the storm.",
                "And once the pilot mentioned that he and his crew had recently switched from diesel to electric engines, Reyes "
                        + "quickly came up with a plan that was later approved by the board.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void mentioningAndRecommendingAreStatements() {
        assertEquals("Nina Dalby", foundStatement(analysis, "had been late twice").speaker().name());
        foundStatement(analysis, "all passengers wear life jackets");
    }

    @Test
    void wonderingAndDetailingReportTheirQuestion() {
        foundStatement(analysis, "the evening ferry had been cancelled");
        foundStatement(analysis, "the boilers failed during the storm");
    }

    @Test
    void aStatementInAnOpeningSubordinateClauseEndsAtTheMainClause() {
        ReportedSpeech r = foundStatement(analysis, "switched from diesel to electric");
        assertFalse(r.content().text().contains("Reyes"), r.content().text());
    }
}
