package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several people of a named body who speak together ("Harbour Authority officials said", "officials in Veskaria
 * said", "Kestrel Freight executives said") are a group named by the article's phrase (the spec's section 6: "Three
 * port officials"), not the body or the place that modifies them; a spokeswoman for a body still speaks for it. A kind
 * of miss seen in the read parts of session 23 in several articles of several outlets, old and new. Invented
 * paragraphs.
 */
class PeopleOfABodySpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Fernhollow Harbour Authority closed the north quay on Tuesday after a crane collapsed.",
                "Harbour Authority officials said the quay would stay shut until the crane had been inspected.",
                "Officials in Veskaria said the crane had been shipped from their port in March.",
                "Kestrel Freight, which leased the crane, said its crews had stopped work at the quay.",
                "Kestrel Freight executives said the company would pay for the repairs.",
                "A spokeswoman for Kestrel Freight said the crane had passed its last inspection.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-06-10", "en", List.of(), null), null);
    }

    @Test
    void officialsOfABodyAreAGroupNamedByTheirPhrase() {
        ReportedSpeech quay = foundStatement(analysis, "the quay would stay shut");
        assertEquals("Harbour Authority officials", quay.speaker().name());
        assertEquals(Speaker.Kind.GROUP, quay.speaker().kind());
        ReportedSpeech repairs = foundStatement(analysis, "would pay for the repairs");
        assertEquals("Kestrel Freight executives", repairs.speaker().name());
        assertEquals(Speaker.Kind.GROUP, repairs.speaker().kind());
    }

    @Test
    void officialsOfAPlaceAreAGroupNotThePlace() {
        ReportedSpeech shipped = foundStatement(analysis, "had been shipped from their port");
        assertEquals("Officials in Veskaria", shipped.speaker().name());
        assertEquals(Speaker.Kind.GROUP, shipped.speaker().kind());
    }

    @Test
    void aSpokeswomanStillSpeaksForHerBody() {
        ReportedSpeech inspection = foundStatement(analysis, "passed its last inspection");
        assertEquals("Kestrel Freight", inspection.speaker().name());
        assertEquals(Speaker.Kind.ORGANIZATION, inspection.speaker().kind());
    }
}
