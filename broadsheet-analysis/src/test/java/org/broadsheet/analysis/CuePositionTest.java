package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attributions read from where the words stand when the tagger or the parser misreads them, on invented
 * paragraphs: "states NAME" right after a closing mark or after a statement's comma (the verb read as a plural
 * noun or hung elsewhere), a quote-only paragraph continuing such a quote, an age standing for the person just
 * named, a sentence-initial capital before "analysts", "asked X to ...", "denied both allegations", and a
 * statement whose verb the parser made the head of its cue ("The study found the mass could be ..."), "say the
 * authors" after the article named them, and "told X to ..." without the writer's "as ..." clause.
 */
class CuePositionTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Drinking tea has several advantages, according to two dietitians, Marta Quill and Sylvia Brandt.",
                "\u201CTea does count toward hydration and is not as dehydrating as people think,\u201D states Brandt.",
                "These antioxidants can reduce oxidative stress, cites Sylvia Brandt, founder of Harbour Food Studies, and support the heart.",
                "\u201CWe worked on the design of the vessel and its logistics,\u201D comments Ewan Tarrant of the Caldmoor Design Office.",
                "\u201CWe looked at how a crew could be rested on a long voyage and what to do in an emergency.\u201D",
                "Odile Fenwick has agreed a deal to manage Fernhollow Rovers until the end of the season.",
                "The club had been without a manager since the spring.",
                "The 48-year-old said after her appointment: \u201CI am excited to join a club with such passionate supporters.\u201D",
                "Aviation analysts called the decision the \u201Cend of an era\u201D for the port.",
                "Harlan Voss later asked the council to unwind the agreement and returned the money.",
                "Voss has denied both allegations.",
                "The study found the vessel mass could be reduced by a third by removing the crew quarters.",
                "The harbour study is co-authored by Ines Marlowe and Peter Holm, two lecturers at Caldmoor College.",
                "\u201CThe quays are used at half their capacity,\u201D say the authors.",
                "Rosa Kell told the ferry crews to stop selling tickets on board as the strike began.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aVerbAfterTheClosingMarkBeforeANameIsTheCue() {
        Quote q = foundQuote(analysis, "Tea does count toward hydration");
        assertEquals("Sylvia Brandt", q.speaker().name());
    }

    @Test
    void aNameWithItsWorkplaceAfterTheVerbSpeaksAndTheNextParagraphContinues() {
        Quote first = foundQuote(analysis, "We worked on the design of the vessel");
        assertEquals("Ewan Tarrant", first.speaker().name());
        Quote next = foundQuote(analysis, "We looked at how a crew could be rested");
        assertEquals("Ewan Tarrant", next.speaker().name());
    }

    @Test
    void aTrailingCueAfterAStatementGivesItsSpeaker() {
        ReportedSpeech r = foundStatement(analysis, "These antioxidants can reduce oxidative stress");
        assertEquals("Sylvia Brandt", r.speaker().name());
        assertEquals("These antioxidants can reduce oxidative stress", r.content().text());
    }

    @Test
    void anAgeStandsForThePersonJustNamed() {
        Quote q = foundQuote(analysis, "I am excited to join a club");
        assertEquals("Odile Fenwick", q.speaker().name());
        assertEquals(Speaker.Kind.PERSON, q.speaker().kind());
    }

    @Test
    void aCapitalOpeningTheSentenceIsNoOrganization() {
        Quote q = foundQuote(analysis, "end of an era");
        assertEquals(Speaker.Kind.GROUP, q.speaker().kind());
        assertEquals("Aviation analysts", q.speaker().name());
    }

    @Test
    void aRequestAndADenialAreReportedSpeech() {
        ReportedSpeech asked = foundStatement(analysis, "the council to unwind the agreement");
        assertEquals("Harlan Voss", asked.speaker().name());
        ReportedSpeech denied = foundStatement(analysis, "both allegations");
        assertEquals("both allegations", denied.content().text());
        assertEquals("Harlan Voss", denied.speaker().name());
    }

    @Test
    void theAuthorsAreThePeopleNamedAsAuthors() {
        Quote q = foundQuote(analysis, "The quays are used at half their capacity");
        assertEquals("Ines Marlowe; Peter Holm", q.speaker().name());
    }

    @Test
    void anInstructionIsReportedWithoutTheWritersContext() {
        ReportedSpeech r = foundStatement(analysis, "to stop selling tickets on board");
        assertEquals("Rosa Kell", r.speaker().name());
        assertEquals("the ferry crews to stop selling tickets on board", r.content().text());
    }

    @Test
    void aStatementTheParserHungAboveItsCueIsStillTheStatement() {
        ReportedSpeech r = foundStatement(analysis, "mass could be reduced by a third");
        assertEquals("the vessel mass could be reduced by a third by removing the crew quarters", r.content().text());
        assertNull(analysis.reportedSpeech().stream().filter(x -> x.content().text().startsWith("could be reduced"))
                .findFirst().orElse(null));
    }
}
