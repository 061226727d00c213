package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A source spelled with a capital inside the word ("eDock"; "OpenAI" opening a sentence, tagged as a common noun) is a
 * name, an organization, even with a small first letter and unknown to the entity tagger (fresh6, fresh10): not an
 * unnamed source with its name left out.
 */
class CamelCaseSourceTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The harbour's new booking system went live on Monday after two years of delays.",
                "As eDock points out in its review, the new app is almost identical to the one the port dropped in 2021.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void aNameWithASmallFirstLetterSpeaksAsAnOrganization() {
        ReportedSpeech r = Attributions.foundStatement(analysis, "the new app is almost identical");
        assertEquals("eDock", r.speaker().name(), r::toString);
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind(), r::toString);
    }
}
