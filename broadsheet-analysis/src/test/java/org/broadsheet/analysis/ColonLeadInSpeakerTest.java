package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that is only a quote, after a paragraph ending in a colon right after a speech verb and its subject
 * ("the auditors noted:", "As the inspectors put it:") or a noun for what was said and its owner ("Their verdict:"),
 * is that source's (the spec's section 4, D6: a quote with no cue of its own, after a sentence naming the speaker);
 * so are the quote paragraphs that follow it. A colon that closes anything else ("Here are the highlights:") names
 * no source. A kind from the read parts' misses (session 18). Invented paragraphs.
 */
class ColonLeadInSpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Harbour Board hired Kestrel Audit to test the new ferry booking system over three weeks in May.",
                "The testers tried every route through the payment pages. Kestrel Audit noted:",
                "\u201cThe booking pages keep card numbers out of the logs at every step we tried.\u201d",
                "\u201cNo serious weakness was found in the parts of the system we were allowed to test.\u201d",
                "They also looked at how quickly faults are repaired. As Kestrel Audit put it:",
                "\u201cRepairs arrive within a week of a report, which is faster than most ports manage.\u201d",
                "The testers also read the code that sends the tickets by email. Their verdict:",
                "\u201cThe ticket emails carry no more personal data than a printed ticket would.\u201d",
                "The board published the report on its website on Friday. Here are the main points:",
                "\u201cThe ferry timetable will be printed in four languages from next spring onwards.\u201d");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-06-10", "en", List.of(), null), null);
    }

    @Test
    void aQuoteParagraphAfterASpeechVerbAndAColonIsItsSubjects() {
        assertEquals("Kestrel Audit", foundQuote(analysis, "keep card numbers out of the logs").speaker().name());
    }

    @Test
    void theQuoteParagraphAfterThatContinuesTheSameSource() {
        assertEquals("Kestrel Audit", foundQuote(analysis, "No serious weakness was found").speaker().name());
    }

    @Test
    void asTheSourcePutItIntroducesTheQuote() {
        assertEquals("Kestrel Audit", foundQuote(analysis, "Repairs arrive within a week").speaker().name());
    }

    @Test
    void theOwnerOfAVerdictIsTheSourceQuotedBefore() {
        assertEquals("Kestrel Audit", foundQuote(analysis, "carry no more personal data").speaker().name());
    }

    @Test
    void aColonClosingNoSpeechNamesNoSource() {
        assertEquals(Speaker.Kind.UNATTRIBUTED, foundQuote(analysis, "timetable will be printed").speaker().kind());
    }
}
