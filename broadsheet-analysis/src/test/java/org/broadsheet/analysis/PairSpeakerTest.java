package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Both workers said ..." after two people named together ("Ruth Keller and Amos Brandt were held ...") is those two, as a
 * group named by their names in the order written (the spec's group speakers). On paragraphs written to stress it.
 */
class PairSpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Two aid workers, Ruth Keller and Amos Brandt, were freed on Sunday after eleven months in captivity.",
                "Keller and Brandt were seized by armed men near the border town in March last year.",
                "Both workers said they had been treated well and thanked the villagers who sheltered them.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-05-12", "en", List.of(), null), null);
    }

    @Test
    void bothWorkersAreThePairJustNamed() {
        assertEquals("Ruth Keller; Amos Brandt", foundStatement(analysis, "they had been treated well").speaker().name());
    }
}
