package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped choice of quote speakers ({@link QuoteSpeakerModel}, trained by {@code bench/train_speakers.py}): it
 * loads from the jar, weighs only features the candidates carry, and mends a speaker the rules leave out, on
 * invented paragraphs.
 */
class QuoteSpeakerModelTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Coach Bertil Sandgren has led the club to four titles with the same three players, Dario Fenn, Luka "
                        + "Prasko and Emil Vantongeren.",
                "\u201cIt's a total function of who those three men are,\u201d Sandgren said. \u201cWhat if they were "
                        + "selfish? They are not.\u201d");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-05-02", "en", List.of(), null), null);
    }

    @Test
    void theShippedModelLoadsAndWeighsTheCandidatesFeatures() {
        QuoteSpeakerModel model = QuoteSpeakerModel.bundled();
        assertTrue(model.learned());
        QuoteSpeakerCandidates.Candidate none = new QuoteSpeakerCandidates.Candidate(Speaker.UNATTRIBUTED, false,
                new double[QuoteSpeakerCandidates.NAMES.size()]);
        assertTrue(Double.isFinite(model.score(none)));
    }

    @Test
    void aFeatureTheCandidatesDoNotCarryIsAnError() {
        String text = "bias 0\nthreshold-margin 0.5\nfeature shoe_size 0 1 2\n";
        IOException e = assertThrows(IOException.class,
                () -> QuoteSpeakerModel.read(new BufferedReader(new StringReader(text)), "invented.txt"));
        assertTrue(e.getMessage().contains("shoe_size"), e.getMessage());
    }

    @Test
    void theSecondQuotedStretchAfterTheCueSentenceIsTheSameSpeakers() {
        // the rules give the stretch after "Sandgren said." no speaker; the model takes the speaker of the quote before
        assertEquals("Bertil Sandgren", foundQuote(analysis, "What if they were selfish").speaker().name());
    }

    @Test
    void theQuoteBeforeTheCueKeepsTheRulesSpeaker() {
        assertEquals("Bertil Sandgren", foundQuote(analysis, "a total function of who").speaker().name());
    }
}
