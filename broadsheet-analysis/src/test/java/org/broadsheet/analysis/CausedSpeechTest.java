package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cue in an infinitive under a verb of causing ("The strike led the ferry company to announce that ...", "prompted
 * several traders to argue that ...") is an act that was made, by the one the cause moved (the higher verb's object);
 * under a verb of asking ("urged the board to say that ...") the act is only asked for (the spec's R2) and the
 * statement is the asker's urging. Invented paragraphs.
 */
class CausedSpeechTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The week-long strike led the Fenwick Ferry Company to announce that the winter timetable would be cut.",
                "The closure of the north pier prompted Councillor Ann Reid to argue that the market had been neglected for years.",
                "Residents urged the harbour board to say that the quay would reopen before the summer.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void theOneACauseMovedMakesTheStatement() {
        assertEquals("Fenwick Ferry Company", foundStatement(analysis, "the winter timetable would be cut").speaker().name());
        assertEquals("Ann Reid", foundStatement(analysis, "the market had been neglected for years").speaker().name());
    }

    @Test
    void speechAskedForIsTheAskersNotTheBoards() {
        ReportedSpeech urged = foundStatement(analysis, "the quay would reopen before the summer");
        assertEquals("urged", urged.cue(), "the urging is reported (R1); the board's saying is only asked for (R2)");
        assertEquals("Residents", urged.speaker().name());
    }
}
