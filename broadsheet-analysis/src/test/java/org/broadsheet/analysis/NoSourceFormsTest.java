package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forms with a verb of saying that attribute nothing (the spec's R2): a relative clause on a person ("..., who wrote
 * as Tom Fable") is no trailing attribution of the clause before it; a past participle on a noun ("a deal announced
 * on Monday") names the thing announced, not a source; an infinitive of saying after a noun of refusal is speech not
 * made, however parsed; a demonstrative standing for the facts just told ("This suggests that ...") is the writer's
 * inference, not a source. Invented paragraphs.
 */
class NoSourceFormsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "His debts were paid by his friend and her husband, the late Tom Reed, who wrote as Tom Fable.",
                "Coty bought the boatyard, a deal announced at the start of the week.",
                "His refusal to say which side he would take was also met with laughter.",
                "Tide gauges along the coast recorded higher peaks every winter. This suggests that the sea is rising faster every year.",
                "The harbour will close next week, Tom Reed wrote.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aRelativeClauseOrAParticipleOnANounAttributesNothing() {
        assertNull(statement(analysis, "His debts were paid"));
        assertNull(statement(analysis, "Coty bought the boatyard"));
        // a trailing attribution by the main verb stays
        assertEquals("Tom Reed", foundStatement(analysis, "The harbour will close next week").speaker().name());
    }

    @Test
    void speechRefusedOrInferredIsNoStatement() {
        assertNull(statement(analysis, "which side he would take"));
        assertNull(statement(analysis, "the sea is rising faster"));
    }
}
