package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speech supposed rather than made (the spec's R2: planned and imagined speech do not count), on invented paragraphs
 * of the kind explainers and guides are full of: a cue under a modal ("any pilot will tell you ...", "some might
 * argue ..."), under "let" ("Let's say ...", "let me explain why ...") or in a condition ("If the minister confirms
 * that ..."); beside them, the same cues as made speech.
 */
class SupposedSpeechTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Any harbour pilot will tell you that the tides off Quayside are treacherous in winter.",
                "Some critics might argue that the ferry levy is far too low for a town this size.",
                "Let's say the crossing costs $40 and the return fare is twice that.",
                "Before we start, let me explain why the old harbour closed its gates.",
                "Nina Dalby, a harbour pilot, told reporters that the tides off Quayside were treacherous.",
                "Councillor Pike argued that the ferry levy was far too low.",
                "If the harbour minister confirms that the old ferry will be sold, Pike will resign from the board.",
                "The harbour minister confirmed that the new ferry would be leased.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aCueUnderAModalIsNoStatement() {
        assertNull(statement(analysis, "are treacherous in winter"));
        assertNull(statement(analysis, "is far too low for a town"));
    }

    @Test
    void aCueUnderLetIsNoStatement() {
        assertNull(statement(analysis, "the crossing costs"));
        assertNull(statement(analysis, "the old harbour closed"));
    }

    @Test
    void aCueInAConditionIsNoStatement() {
        assertNull(statement(analysis, "the old ferry will be sold"));
    }

    @Test
    void theSameCuesMadeAreStatements() {
        foundStatement(analysis, "were treacherous");
        foundStatement(analysis, "was far too low");
        foundStatement(analysis, "the new ferry would be leased");
    }
}
