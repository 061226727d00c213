package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Disputing or recognising a clause states a position, as denying and acknowledging do ("disputed that the dredging
 * had damaged the beds", "recognised that the budget was drawn up in haste"); with a noun phrase they state nothing,
 * and an unnamed mass's recognising is a view, not reported (the spec's R4). Session 20 found statements of this form
 * on the read parts that no rule kept. Invented paragraphs.
 */
class DisputedAndRecognisedTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Fenwick Port Authority disputed that the dredging had damaged the oyster beds off the north quay.",
                "Councillor Ann Reid recognised that the harbour budget had been drawn up in haste.",
                "Councillor Ann Reid recognised the volunteers who cleared the beach after the storm.",
                "A growing number of residents recognise that the ferry timetable no longer suits commuters.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aDisputedClauseIsTheSourcesStatement() {
        assertEquals("Fenwick Port Authority",
                foundStatement(analysis, "the dredging had damaged the oyster beds off the north quay").speaker().name());
    }

    @Test
    void aRecognisedClauseIsTheSourcesStatement() {
        assertEquals("Ann Reid", foundStatement(analysis, "the harbour budget had been drawn up in haste").speaker().name());
    }

    @Test
    void recognisingPeopleOrAMassRecognisingIsNoStatement() {
        assertNull(statement(analysis, "the volunteers who cleared the beach after the storm"), "a noun phrase (R2)");
        assertNull(statement(analysis, "the ferry timetable no longer suits commuters"), "an unnamed mass's view (R4)");
    }
}
