package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An attribution opened by "as" and set off by commas inside the statement ("The levy, as the finance minister noted
 * last week, is the lowest in the region") reports the statement's main part, what follows the aside (the spec's
 * R1, parenthetical attributions, and R3); an "as" of comparison after no comma reports nothing. Invented paragraphs.
 */
class AsAsideTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Finance minister Carla Moreno presented the harbour levy on Monday.",
                "The levy, as Moreno noted last week, is the lowest charged by any port in the region.",
                "The ferry carried twice as many passengers as the operator had predicted in its first winter.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void theStatementAroundAnAsAsideIsTheSourcesWords() {
        ReportedSpeech noted = foundStatement(analysis, "the lowest charged by any port in the region");
        assertEquals("Carla Moreno", noted.speaker().name());
        assertEquals("noted", noted.cue());
    }

    @Test
    void anAsOfComparisonReportsNothing() {
        assertNull(statement(analysis, "many passengers"), "a comparison, not an attribution");
    }
}
