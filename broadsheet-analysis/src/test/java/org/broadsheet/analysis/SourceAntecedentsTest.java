package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a repeated pronoun stands for, on paragraphs written for it: "they" as the subject of sentence after sentence
 * stays the source that said the first thing, not a plural inside what it said ("They pointed out that older locks
 * need ...").
 */
class SourceAntecedentsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Rennick Labs tested the lock for three months last year.",
                "They said the lock could be opened with a magnet. They also warned that spare keys were easy to copy.",
                "They pointed out that older locks need better protection, and they said older models should be replaced.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void repeatedTheyStaysTheFirstSource() {
        assertEquals("Rennick Labs", foundStatement(analysis, "spare keys were easy to copy").speaker().name());
        assertEquals("Rennick Labs", foundStatement(analysis, "older locks need better protection").speaker().name());
        assertEquals("Rennick Labs", foundStatement(analysis, "older models should be replaced").speaker().name());
    }
}
