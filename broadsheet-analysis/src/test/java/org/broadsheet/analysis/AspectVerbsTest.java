package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cue in an infinitive under a verb of aspect ("continued to insist that ...", "began to warn that ...") is speech
 * made, going on or begun, the subject's own act, as with "went on to say"; under a verb of planning or wanting it is
 * still no statement (the spec's R2). A construction, not a word from a miss: session 19 sorted where the read parts'
 * statements are lost and found this form dropped for want of a subject. Invented paragraphs.
 */
class AspectVerbsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Councillor Ann Reid continued to insist that the harbour budget was balanced despite the shortfall.",
                "Weeks later, the Fenwick Ferry Company began to warn that the north pier could close by spring.",
                "The harbour board plans to announce that the ferry timetable will change in May.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aCueUnderAVerbOfAspectIsTheSubjectsStatement() {
        ReportedSpeech insisted = foundStatement(analysis, "the harbour budget was balanced");
        assertEquals("Ann Reid", insisted.speaker().name());
        assertEquals("Fenwick Ferry Company", foundStatement(analysis, "the north pier could close by spring").speaker().name());
    }

    @Test
    void aCueUnderAVerbOfPlanningIsStillNoStatement() {
        assertNull(statement(analysis, "the ferry timetable will change in May"), "planned speech (R2)");
    }
}
