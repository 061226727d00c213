package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped choice of reported speakers ({@link QuoteSpeakerModel#reported()}, trained by {@code
 * bench/train_speakers.py} on {@code QuoteSpeakerBench --reported}): it loads from the jar and gives a statement to
 * the person who makes it where the rules take a word of the sentence for its source, on invented paragraphs.
 */
class ReportedSpeakerModelTest {

    private static Analysis critic;
    private static Analysis argument;

    @BeforeAll
    static void analyse() {
        String first = "Councillor Maren Holt said the harbour bridge would take five years to build.";
        String second = "Holt told the council that the contractor had never built a bridge of that size.";
        critic = new Analyzer().analyze(Articles.of(List.of(first, second,
                "One of the plan's critics, Councillor Maren Holt, said she expected the bridge to cost twice as much as "
                        + "the estimate. Holt predicts the council will vote again."),
                "2026-05-02", "en", List.of(), null), null);
        argument = new Analyzer().analyze(Articles.of(List.of(first, second,
                "Holt made the argument that the bridge would cost twice as much as the estimate. She used the old "
                        + "ferry as an example."),
                "2026-05-02", "en", List.of(), null), null);
    }

    @Test
    void theShippedModelLoads() {
        assertTrue(QuoteSpeakerModel.reported().learned());
    }

    @Test
    void oneOfAGroupNamedInApposition() {
        // the rules give the statement to "One"; the councillor named beside it, who speaks throughout, makes it
        assertEquals("Maren Holt", foundStatement(critic, "expected the bridge to cost twice").speaker().name());
    }

    @Test
    void theArgumentSomeoneMadeIsTheirs() {
        // the rules take "the argument" for the source of what it states
        assertEquals("Maren Holt", foundStatement(argument, "the bridge would cost twice").speaker().name());
    }

    @Test
    void statementsWithANamedSubjectKeepIt() {
        assertEquals("Maren Holt", foundStatement(critic, "take five years to build").speaker().name());
        assertEquals("Maren Holt", foundStatement(critic, "never built a bridge").speaker().name());
    }
}
