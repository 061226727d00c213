package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement with no "that" whose subject is followed by an adverb before its verb ("said the pilots typically were
 * not told ..."), which the parser reads as the cue's object with a loose complement: the spec's R1, a communication
 * verb with a zero-that clause. Guards: an adverb after the cue's object with no verb after it states nothing.
 */
class AdverbBeforeStatementVerbTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Marlow said the harbour pilots typically were not aware that the channel had been dredged.",
                "Fenwick said the ferry operators usually were the last to hear of any closure.",
                "Councillor Ambrose said the same words again at the evening meeting.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void anAdverbBetweenTheSubjectAndItsVerbKeepsTheStatement() {
        assertEquals("the harbour pilots typically were not aware that the channel had been dredged",
                foundStatement(analysis, "pilots typically").content().text());
        assertEquals("the ferry operators usually were the last to hear of any closure",
                foundStatement(analysis, "operators usually").content().text());
    }

    @Test
    void anAdverbAfterTheObjectWithNoVerbStatesNothing() {
        assertNull(statement(analysis, "same words again"));
    }
}
