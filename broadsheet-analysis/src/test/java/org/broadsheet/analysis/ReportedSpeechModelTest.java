package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The reported-speech model's file format and its choice among candidates, on invented candidates: a file naming a
 * feature the code does not compute is refused; the threshold for the rules' candidates is their own; of two broad
 * readings of one statement only the likelier is kept; the rules alone keep exactly what they made.
 */
class ReportedSpeechModelTest {

    private static final Span SENTENCE = new Span("The mayor said the bridge would reopen in May.", 0, 46);

    /** A model that trusts the rules (weight 4 on "rules") and, among the rest, a clause after the cue (weight 2). */
    private static ReportedSpeechModel model() throws IOException {
        return ReportedSpeechModel.read(new BufferedReader(new StringReader(String.join("\n",
                "# invented weights",
                "bias -3",
                "threshold-rules 0.5",
                "threshold 0.5",
                "feature rules 0 1 4",
                "feature form.clause 0 1 2",
                "feature content.tokens 0 1 0.5"))));
    }

    private static SpeechCandidate candidate(String content, int at, boolean byRules, boolean clause, double tokens) {
        double[] x = new double[SpeechFeatures.NAMES.size()];
        x[SpeechFeatures.NAMES.indexOf("rules")] = byRules ? 1 : 0;
        x[SpeechFeatures.NAMES.indexOf("form.clause")] = clause ? 1 : 0;
        x[SpeechFeatures.NAMES.indexOf("content.tokens")] = tokens;
        ReportedSpeech r = new ReportedSpeech(new Speaker("the mayor", Speaker.Kind.UNNAMED, null), "said",
                new Span(content, at, at + content.length()), SENTENCE);
        return new SpeechCandidate(r, byRules, x);
    }

    @Test
    void aFeatureTheCodeDoesNotComputeIsRefused() {
        assertThrows(IOException.class, () -> ReportedSpeechModel.read(new BufferedReader(new StringReader(
                "bias 0\nfeature outlet.reuters 0 1 3\n"))));
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedFeatures() throws IOException {
        SpeechCandidate c = candidate("the bridge would reopen in May", 15, true, true, 2);
        // -3 + 4 + 2 + 0.5 * 2 = 4
        assertEquals(1 / (1 + Math.exp(-4)), model().probability(c.features()), 1e-9);
    }

    @Test
    void ofTwoReadingsOfOneStatementOnlyTheLikelierIsKept() throws IOException {
        SpeechCandidate shorter = candidate("the bridge would reopen", 15, false, true, 0.5);
        SpeechCandidate longer = candidate("the bridge would reopen in May", 15, false, true, 2);
        List<ReportedSpeech> kept = model().choose(List.of(shorter, longer));
        assertEquals(List.of(longer.statement()), kept);
    }

    @Test
    void aBroadReadingBelowTheThresholdIsDropped() throws IOException {
        SpeechCandidate object = candidate("the bridge plan and its costs", 15, false, false, 1);
        assertTrue(model().choose(List.of(object)).isEmpty(), "p = " + model().probability(object.features()));
    }

    @Test
    void theRulesAloneKeepWhatTheyMadeAndNothingElse() {
        SpeechCandidate rules = candidate("the bridge would reopen in May", 15, true, false, 2);
        SpeechCandidate broad = candidate("reporters at the town hall", 60, false, true, 2);
        assertEquals(List.of(rules.statement()), ReportedSpeechModel.RULES.choose(List.of(rules, broad)));
    }
}
