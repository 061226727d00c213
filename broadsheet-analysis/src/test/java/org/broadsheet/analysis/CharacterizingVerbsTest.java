package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Naming and judging by any verb of characterizing (the spec's R1: "called/described/rated/dismissed X (as) Y"): the
 * object with its "as" phrase ("defines success as ...", "ranks the harbour as ...", "eulogized X as ..."), a
 * comparison with "to" ("compares the bridge to a cathedral"), "points to X as Y", and the same in an infinitive of
 * purpose ("turned to the radio to describe X as Y"); a dash ends the name. Without an "as" phrase these verbs name
 * nothing ("defined the rules"), and a view held by an unnamed mass is not reported (R4). Invented paragraphs.
 */
class CharacterizingVerbsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Councillor Ames eulogized the ferryman as a true friend of the town.",
                "The Pilots' Guild ranks the harbour as the third busiest in the region.",
                "Many retired skippers define success as owning a boat of their own \u2014 a dream for most \u2014 but few manage it.",
                "Fenwick compares the new bridge to a cathedral of steel.",
                "Still, Odile Marlow points to the rising rents as the main cause of the exodus.",
                "Ines Kolb turned to the radio last week to describe the quay as a disgrace.",
                "The committee defined the rules of the regatta in March.",
                "More visitors view the old pier as unsafe these days.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void anAsPhraseAfterTheObjectNamesIt() {
        ReportedSpeech eulogy = foundStatement(analysis, "the ferryman as a true friend");
        assertEquals("Ames", eulogy.speaker().name().replaceAll(".* ", ""));
        assertEquals("the harbour as the third busiest in the region",
                foundStatement(analysis, "the harbour as the third busiest").content().text());
        ReportedSpeech defined = foundStatement(analysis, "success as owning a boat");
        assertEquals(Speaker.Kind.GROUP, defined.speaker().kind());
        // a dash ends the name: what follows is the writer's
        assertEquals("success as owning a boat of their own", defined.content().text());
    }

    @Test
    void comparingAndPointingToName() {
        assertEquals("Fenwick", foundStatement(analysis, "the new bridge to a cathedral").speaker().name());
        ReportedSpeech cause = foundStatement(analysis, "the rising rents as the main cause");
        assertEquals("Odile Marlow", cause.speaker().name());
        assertEquals("Ines Kolb", foundStatement(analysis, "the quay as a disgrace").speaker().name());
    }

    @Test
    void noAsPhraseOrAnUnnamedMassNamesNothing() {
        assertNull(statement(analysis, "the rules of the regatta"));
        assertNull(statement(analysis, "the old pier as unsafe"));
    }
}
