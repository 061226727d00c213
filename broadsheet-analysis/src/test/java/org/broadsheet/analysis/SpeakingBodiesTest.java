package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who speaks when a body is referred to by a description, on paragraphs written to stress one behaviour each: a
 * leader's administration is the body, not the leader; a bare "the commission" or "the government" takes up the body
 * the article described before rather than the organization named last; and a saying verb the tagger read as a
 * plural noun after a name ("Pellwood shares") leaves the person speaking.
 */
class SpeakingBodiesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Harlan administration said on Friday that it would appeal the ruling.",
                "A man was taken to hospital in the city of Vardon, the news agency said, citing the regional health commission.",
                "None of his contacts have shown symptoms so far, the commission said.",
                "The Norwegian government said the fund would sell its stake in the miner.",
                "\u201CThe fund has clear ethical rules,\u201D the government said.",
                "Wedding planner Erica Pellwood has seen every trend come and go.",
                "\u201CCouples want their guests to do something, not just watch,\u201D Pellwood shares, noting that live"
                        + " painters are in demand.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void administrationSpeaksForItsLeader() {
        ReportedSpeech r = foundStatement(analysis, "it would appeal the ruling");
        assertEquals("Harlan administration", r.speaker().name());
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind());
    }

    @Test
    void bareBodyNounTakesUpTheBodyDescribedBefore() {
        assertEquals("regional health commission", foundStatement(analysis, "None of his contacts").speaker().name());
        Quote q = foundQuote(analysis, "The fund has clear ethical rules");
        assertEquals("Norwegian government", q.speaker().name());
        assertEquals(Speaker.Kind.ORGANIZATION, q.speaker().kind());
    }

    @Test
    void sayingVerbReadAsNounLeavesThePersonSpeaking() {
        assertEquals("Erica Pellwood", foundQuote(analysis, "Couples want their guests").speaker().name());
        assertEquals("Erica Pellwood", foundStatement(analysis, "live painters are in demand").speaker().name());
    }
}
