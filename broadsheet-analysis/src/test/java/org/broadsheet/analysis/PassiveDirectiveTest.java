package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instruction reported in the passive ("were told to stop ...", "was invited to compete ...") is reported speech:
 * the infinitive is what was asked (the spec's R1, as "urged her to resign"), its source nobody named when no agent is
 * given (the guideline's passive with no agent). A standing offer in the present ("Diners are invited to ..."), a
 * planned request ("will be asked to") and one denied ("were not told to") are none. Invented paragraphs.
 */
class PassiveDirectiveTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Once the harbour reopened, the fishermen in the scheme were told to stop using the old nets.",
                "Skippers in the second group were instructed to keep logging their catch, about six times a day, and "
                        + "report any damage.",
                "On Monday, Hale was invited to compete for a place on the national sailing team.",
                "Diners are invited to take a tray and help themselves at the counter.",
                "The wardens will be asked to patrol the beach every evening.",
                "The crew were not told to leave the ship before the storm.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void theInfinitiveIsWhatWasAskedOfNobodyNamed() {
        ReportedSpeech nets = foundStatement(analysis, "stop using the old nets");
        assertEquals("to stop using the old nets", nets.content().text());
        assertEquals(Speaker.Kind.UNATTRIBUTED, nets.speaker().kind());
        assertEquals("to keep logging their catch, about six times a day, and report any damage",
                foundStatement(analysis, "keep logging").content().text());
        assertEquals("to compete for a place on the national sailing team",
                foundStatement(analysis, "compete for a place").content().text());
    }

    @Test
    void standingPlannedOrDeniedRequestsAreNone() {
        assertNull(statement(analysis, "take a tray"), "a standing offer in the present is no instruction given");
        assertNull(statement(analysis, "patrol the beach"), "a planned request is not yet made");
        assertNull(statement(analysis, "leave the ship"), "an instruction denied was not given");
    }
}
