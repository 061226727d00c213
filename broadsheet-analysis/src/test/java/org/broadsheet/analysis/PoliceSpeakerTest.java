package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Police said", with no force named, is the officers speaking together: a group in the article's words (the spec's
 * section 6), not one anonymous source whose name is left out; on an invented wire story with a trailing and an
 * opening attribution to the police (fresh15, fresh16). A single officer stays an unnamed source.
 */
class PoliceSpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "A lorry overturned on the coast road near Marrowby on Tuesday evening, blocking both lanes for six hours,"
                        + " police said.",
                "Police said three drivers had been taken to hospital with minor injuries.",
                "A police officer said the road had been reopened shortly after midnight.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void aTrailingPoliceSaidIsTheGroupPolice() {
        ReportedSpeech r = Attributions.foundStatement(analysis, "A lorry overturned on the coast road");
        assertEquals(Speaker.Kind.GROUP, r.speaker().kind(), r::toString);
        assertEquals("police", r.speaker().name(), r::toString);
    }

    @Test
    void anOpeningPoliceSaidIsTheGroupPolice() {
        ReportedSpeech r = Attributions.foundStatement(analysis, "three drivers had been taken to hospital");
        assertEquals(Speaker.Kind.GROUP, r.speaker().kind(), r::toString);
        assertEquals("Police", r.speaker().name(), r::toString);
    }

    @Test
    void oneOfficerStaysAnUnnamedSource() {
        ReportedSpeech r = Attributions.foundStatement(analysis, "the road had been reopened");
        assertEquals(Speaker.Kind.UNNAMED, r.speaker().kind(), r::toString);
    }
}
