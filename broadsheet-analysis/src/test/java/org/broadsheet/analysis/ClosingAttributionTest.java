package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying set off by a comma at the end of a sentence, with its speaker after it ("..., said Dr Pryce from the University of Leeds.",
 * "..., said one of the people.") attributes the sentence before it (the spec's R1 and R3), also where the parser
 * hangs the verb on the statement and its speaker as the verb's object. A verb after a comma that goes on with the
 * narrative ("said nothing, and left", "noted the tides and set off") attributes nothing. Invented paragraphs.
 */
class ClosingAttributionTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "That the bridge stood for a century is a remarkable record, said Dr Owen Pryce from the University of "
                        + "Leeds, who was not involved with the survey.",
                "The ferry will resume sailing next week, said one of the people.",
                "He walked to the podium, said nothing, and left.",
                "The committee met on Tuesday, said to be its longest session in years.",
                "The captain checked the charts, noted the tides and set off.",
                "The pilots boarded at dawn, wrote their names in the log, and sailed.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aNamedSpeakerAndItsDescriptionAfterTheVerbTakeTheSentenceBefore() {
        ReportedSpeech bridge = foundStatement(analysis, "the bridge stood");
        assertEquals("That the bridge stood for a century is a remarkable record", bridge.content().text());
        assertEquals("Owen Pryce", bridge.speaker().name());
    }

    @Test
    void anUnnamedSpeakerAfterTheVerbStillAttributes() {
        ReportedSpeech ferry = foundStatement(analysis, "The ferry will resume");
        assertEquals("The ferry will resume sailing next week", ferry.content().text());
        assertEquals(Speaker.Kind.UNNAMED, ferry.speaker().kind());
    }

    @Test
    void aVerbGoingOnWithTheNarrativeAttributesNothing() {
        assertNull(statement(analysis, "walked to the podium"), "saying nothing states nothing");
        assertNull(statement(analysis, "The committee met"), "a passive participle is a description");
        assertNull(statement(analysis, "checked the charts"), "noting the tides is an act of the captain's");
        assertNull(statement(analysis, "boarded at dawn"), "writing names in a log states nothing");
    }
}
