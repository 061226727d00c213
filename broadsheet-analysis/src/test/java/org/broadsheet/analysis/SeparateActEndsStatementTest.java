package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a source said ends where the sentence goes on to something else (the spec's R3: separate acts are separate
 * items, the writer's own words are left out): a later verb of the series the cue belongs to ("phoned ..., announced
 * that ..., and hung up") is the speaker's next act, and a clause joined after "..., according to X," is the writer's
 * when the clause before the attribution is finished. Invented paragraphs.
 */
class SeparateActEndsStatementTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Police in Harwick are looking for a man who set a barn alight on Sunday night.",
                "Shortly after midnight the man phoned the fire station, announced that he had set fire to the old barn, "
                        + "and hung up before the call could be traced.",
                "The harbour's income fell by a third last year, according to the port authority, and the quay has "
                        + "been quiet since.",
                "Ticket sales dropped sharply in the spring, according to the theatre's annual report, which blamed the "
                        + "long closure of the bridge.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void theSpeakersNextActIsNoPartOfTheStatement() {
        assertEquals("he had set fire to the old barn", foundStatement(analysis, "old barn").content().text());
    }

    @Test
    void aClauseJoinedAfterTheSourceIsTheWriters() {
        assertEquals("The harbour's income fell by a third last year",
                foundStatement(analysis, "income fell").content().text());
        assertEquals("Ticket sales dropped sharply in the spring", foundStatement(analysis, "Ticket sales").content().text());
    }
}
