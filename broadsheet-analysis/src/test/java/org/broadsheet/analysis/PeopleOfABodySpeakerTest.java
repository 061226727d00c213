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
                "A spokeswoman for Kestrel Freight said the crane had passed its last inspection.",
                "The crane had been bought second-hand in 2019, according to Kestrel Freight officials.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-06-10", "en", List.of(), null), null);
    }

    /** Asserts the speaker's name and kind of the statement holding {@code words}. */
    private static void assertSpeaker(String words, String name, Speaker.Kind kind) {
        Speaker speaker = foundStatement(analysis, words).speaker();
        assertEquals(name, speaker.name(), words);
        assertEquals(kind, speaker.kind(), words);
    }

    @Test
    void officialsOfABodyAreAGroupNamedByTheirPhrase() {
        assertSpeaker("the quay would stay shut", "Harbour Authority officials", Speaker.Kind.GROUP);
        assertSpeaker("would pay for the repairs", "Kestrel Freight executives", Speaker.Kind.GROUP);
    }

    @Test
    void officialsOfAPlaceAreAGroupNotThePlace() {
        assertSpeaker("had been shipped from their port", "Officials in Veskaria", Speaker.Kind.GROUP);
    }

    @Test
    void accordingToOfficialsOfABodyIsTheGroup() {
        assertSpeaker("bought second-hand", "Kestrel Freight officials", Speaker.Kind.GROUP);
    }

    @Test
    void aSpokeswomanStillSpeaksForHerBody() {
        assertSpeaker("passed its last inspection", "Kestrel Freight", Speaker.Kind.ORGANIZATION);
    }
}
