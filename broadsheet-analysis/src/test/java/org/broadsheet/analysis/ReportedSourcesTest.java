package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who states something and what counts as a statement (the spec's R1, R2, R4 and section 6), on invented
 * paragraphs, for the kinds of error read on articles the rules were not written from (session 15): perception
 * and evidence taken for sources ("the doctors she first saw", "Those facts suggest"), an object read as a loose
 * clause across "as", one statement read twice from two cues of its sentence, agreement of an unnamed mass;
 * projections, heralding, a denied gerund and a naming verb's loose predicate as statements; the agent of a
 * passive as the source of a participle after it, and a group speaker without its relative pronoun.
 */
class ReportedSourcesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Unfortunately, the doctors she first saw had no idea what caused the rash.",
                "Tom Reyes added a goal as the Rovers beat the Harriers for the third time this season.",
                "\u201CMost tenants never complain,\u201D Carrow said, adding that landlords should inspect the boilers each winter.",
                "Surveys indicate ferry users have a lower risk of delays, says Nina Dalby.",
                "Those facts suggest the port has lost money for a decade.",
                "A survey of 900 tenants found that rents had doubled since 2020.",
                "Separately, the Harbour Budget Office projects that the levy will reduce ferry traffic by 3 percent by 2028.",
                "Experts and teachers heralded tutoring as a proven remedy for lost learning.",
                "The minister flatly denied taking payments from the ferry company.",
                "Carrow called Reyes's speech \u201Cshameful,\u201D and left the chamber.",
                "Many landlords agree that the levy has been a disaster for the town.",
                "Both inspectors agree that the boilers were unsafe.",
                "A letter from the harbour board was rejected by Edith Carrow, hinting that it was a forgery.",
                "Pike and Marlow are among the councillors who said they opposed the levy.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void seeingIsNoStatement() {
        assertNull(statement(analysis, "had no idea"));
    }

    @Test
    void anObjectBeforeAsIsNoLooseClause() {
        assertNull(statement(analysis, "a goal"));
    }

    @Test
    void aStatementReadFromTwoCuesIsOneStatement() {
        assertEquals(1, analysis.reportedSpeech().stream()
                .filter(r -> r.content().text().contains("landlords should inspect the boilers")).count());
        List<ReportedSpeech> delays = analysis.reportedSpeech().stream()
                .filter(r -> r.content().text().contains("ferry users have a lower risk")).toList();
        assertEquals(1, delays.size(), delays::toString);
        assertEquals("Nina Dalby", delays.get(0).speaker().name());
    }

    @Test
    void evidenceIsNoSourceButAPublishedWorkIs() {
        assertNull(statement(analysis, "the port has lost money"));
        assertEquals("rents had doubled since 2020", foundStatement(analysis, "rents had doubled").content().text());
    }

    @Test
    void aProjectionIsAStatement() {
        ReportedSpeech r = foundStatement(analysis, "reduce ferry traffic");
        assertEquals("the levy will reduce ferry traffic by 3 percent by 2028", r.content().text());
        assertEquals("Harbour Budget Office", r.speaker().name());
    }

    @Test
    void heraldingNamesItsObject() {
        assertEquals("tutoring as a proven remedy for lost learning",
                foundStatement(analysis, "a proven remedy").content().text());
    }

    @Test
    void aDeniedGerundIsTheStatement() {
        assertEquals("taking payments from the ferry company", foundStatement(analysis, "taking payments").content().text());
    }

    @Test
    void aNamingVerbsLoosePredicateIsTheStatement() {
        ReportedSpeech r = foundStatement(analysis, "Reyes's speech");
        assertTrue(r.content().text().startsWith("Reyes's speech \u201Cshameful"), r.content().text());
    }

    @Test
    void agreementOfAnUnnamedMassIsNoStatement() {
        assertNull(statement(analysis, "a disaster for the town"));
        assertEquals("Both inspectors", foundStatement(analysis, "the boilers were unsafe").speaker().name());
    }

    @Test
    void aParticipleAfterAPassiveIsItsAgentsAct() {
        assertEquals("Edith Carrow", foundStatement(analysis, "it was a forgery").speaker().name());
    }

    @Test
    void aGroupSpeakerEndsBeforeItsRelativePronoun() {
        assertEquals("the councillors", foundStatement(analysis, "they opposed the levy").speaker().name());
    }
}
