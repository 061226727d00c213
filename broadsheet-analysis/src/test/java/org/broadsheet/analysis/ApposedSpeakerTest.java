package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The speaker of a cue whose subject is a title written with capitals and followed by the holder's name in
 * apposition ("says Co-Founder, Marisol Vantrees") is the named person, not the title taken for an organization
 * (the spec's section 6: a description resolves to the named referent). A kind from the misses of parts nobody had
 * tuned on (session 17). Invented paragraphs.
 */
class ApposedSpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Vantrees Kitchen opened its second dining room on the quay in March.",
                "\u201cWe begin every booking with a long conversation about the menu,\u201d says Co-Founder, Marisol Vantrees.",
                "\u201cThe wind turned to the south-east overnight,\u201d Odile Marsh, a research analyst at the Kestrel Policy think tank told the Harbour Gazette.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aCapitalizedTitleWithTheNameApposedGivesThePerson() {
        assertEquals("Marisol Vantrees", foundQuote(analysis, "a long conversation about the menu").speaker().name());
    }

    @Test
    void theSubjectCutFromAnAppositionGivesThePerson() {
        assertEquals("Odile Marsh", foundQuote(analysis, "The wind turned to the south-east").speaker().name());
    }
}
