package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kinds of reported speech that unseen articles use and the rules missed (session 17, sorted from the misses of two
 * parts nobody had read): "say" with an infinitive is an instruction (the spec's R1 counts infinitives, as in "urged
 * her to resign"); a present participle of saying that modifies a noun has that noun for its speaker ("with engineers
 * warning that ..."); a participle after a cue whose speaker is set off after it ("“...,” replied the harbour master,
 * noting that ...") is that speaker's. Invented paragraphs.
 */
class InstructionsAndParticiplesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "For a small dinner, the caterer Odile Marlow says to set the table the night before.",
                "Marlow says not to worry about matching plates.",
                "Marlow says the tables were too small last year.",
                "The harbour board approved the budget, with engineers warning that the north pier would need repairs by spring.",
                "The ferry will have faster charging, with Fenwick Marine suggesting that a full charge should take under an hour.",
                "\u201cIt depends on the tide,\u201d replied harbour master Ines Kolb, noting that there was no money for dredging.",
                "The crew spent 45 seconds explaining how the winch works.",
                "The board is said to be close to a deal.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void sayWithAnInfinitiveIsAnInstruction() {
        ReportedSpeech set = foundStatement(analysis, "set the table the night before");
        assertEquals("Odile Marlow", set.speaker().name());
        assertTrue(set.content().text().startsWith("to set"), set.content().text());
        assertEquals("not to worry about matching plates", foundStatement(analysis, "worry about matching").content().text());
        // a clause after "say" stays a clause; "is said to" stays a passive report, not an instruction
        assertEquals("the tables were too small last year", foundStatement(analysis, "tables were too small").content().text());
        ReportedSpeech said = statement(analysis, "close to a deal");
        assertTrue(said == null || !said.content().text().startsWith("to "), () -> said.content().text());
    }

    @Test
    void aParticipleModifyingANounHasThatNounForSpeaker() {
        ReportedSpeech warned = foundStatement(analysis, "the north pier would need repairs by spring");
        assertEquals("engineers", warned.speaker().name());
        assertEquals("Fenwick Marine", foundStatement(analysis, "a full charge should take under an hour").speaker().name());
        assertNull(statement(analysis, "the winch works"), "a stretch of time does not speak");
    }

    @Test
    void aParticipleAfterAnInvertedCueIsItsSpeakers() {
        assertEquals("Ines Kolb", foundStatement(analysis, "there was no money for dredging").speaker().name());
    }
}
