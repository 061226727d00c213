package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers as the spec names them, on paragraphs written to stress one behaviour each: an organization with
 * the initials the article uses for it, a group by its whole phrase, a description resolved to the person
 * named just before, and the clause a cue reports when the parser hangs two on it.
 */
class SpeakerEntitiesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Harbour Safety Administration inspected the pier on Monday.",
                "That said, the HSA says that the pier will reopen next month after repairs.",
                "The authors of the survey said rents in the district had doubled since 2019.",
                "Some said they would leave the town before the winter.",
                "Marta Kowalczyk sold her first house in 2004.",
                "The real estate agent said buyers were returning to the market this spring.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void organizationCarriesTheInitialsTheArticleUses() {
        ReportedSpeech r = foundStatement(analysis, "the pier will reopen next month");
        assertEquals("Harbour Safety Administration (HSA)", r.speaker().name());
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind());
    }

    @Test
    void groupIsNamedByItsWholePhrase() {
        ReportedSpeech r = foundStatement(analysis, "rents in the district had doubled");
        assertEquals("The authors of the survey", r.speaker().name());
        assertEquals(Speaker.Kind.GROUP, r.speaker().kind());
        ReportedSpeech some = foundStatement(analysis, "they would leave the town");
        assertEquals(Speaker.Kind.GROUP, some.speaker().kind());
    }

    @Test
    void descriptionIsThePersonNamedJustBefore() {
        ReportedSpeech r = foundStatement(analysis, "buyers were returning to the market");
        assertEquals("Marta Kowalczyk", r.speaker().name());
    }
}
