package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying whose subject is a thing ("The curriculum emphasizes ...", "the diet stresses ...") reports no
 * communicative act of a source (the spec's R1 and R2), while a written text speaks for its author ("the harbour
 * guide says ...") and a person for themself; on invented paragraphs of the kind guides and explainers hold.
 */
class ThingSubjectTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The sailing curriculum emphasizes that every pupil should learn to read the tides.",
                "The harbour guide says that visitors must book their moorings a week ahead.",
                "The harbour inspector emphasizes that the old boilers are unsafe.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aThingSaysNothing() {
        assertNull(statement(analysis, "every pupil should learn"));
    }

    @Test
    void aTextAndAPersonSpeak() {
        foundStatement(analysis, "visitors must book their moorings");
        foundStatement(analysis, "the old boilers are unsafe");
    }
}
