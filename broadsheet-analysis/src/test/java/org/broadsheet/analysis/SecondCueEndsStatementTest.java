package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second act of saying joined by "and", with a subject and a clause of its own, is a separate statement and ends the
 * first (the spec's R3: separate cues, separate items), whether its subject is the same speaker's pronoun ("..., and
 * he noted that ...") or another source ("... and the engineers said ..."). Invented paragraphs.
 */
class SecondCueEndsStatementTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Harbour master Ines Calloway spoke after the storm.",
                "She said that the channel had suffered grave damage along its northern wall, and she noted that just "
                        + "last week two dredgers ran aground near the pier.",
                "The ministry told the mayor on Friday that the old bridge was safe and the engineers said it would "
                        + "carry lorries again by the spring.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void theSameSpeakersNextActEndsTheStatement() {
        assertEquals("the channel had suffered grave damage along its northern wall",
                foundStatement(analysis, "grave damage").content().text());
    }

    @Test
    void anotherSourcesActEndsTheStatement() {
        assertEquals("the old bridge was safe", foundStatement(analysis, "old bridge").content().text());
    }
}
