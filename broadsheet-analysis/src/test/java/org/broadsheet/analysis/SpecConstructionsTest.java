package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Constructions the attribution spec defines as reported speech, one invented paragraph each, written from the
 * spec's section 5 and general English rather than from any labelled article: published findings ("a survey by
 * X found that ...", R1), beliefs of named sources ("suspects", "expects X to ...", R4), "confirmed" with a noun
 * phrase standing for a proposition (R2's exception), a writer's "I asked / I told", another source's act nested
 * in a statement or inside a direct quote (R6), an indirect question with no named asker (R7), and an attribution
 * set off by commas with the cue first ("The result, say analysts, means ..."), a passive cue's agent as a quote's
 * speaker ("was described as “dire” by the auditors"), the verb "last" and "1994-95" as no dates, "went on to say", "made clear that", "questioned whether", a
 * three-word statement, a time between cue and statement, a capital as its government ("Moscow denied") and a title
 * holding a place ("the acting U.S. attorney"), "The court heard that ..." (unnamed); and what stays out (the writer's
 * "We should note", a conclusion inside someone's statement, an act on a noun phrase).
 */
class SpecConstructionsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "A survey by the Quay Traders Association found that most stallholders expect their rents to rise this year.",
                "A 2025 study of coastal towns found that flood insurance claims had doubled in a decade.",
                "The coastguard suspects the fire on the trawler was started deliberately.",
                "The Fernhollow Transit Workers' Union expects the strike to last at least a week.",
                "Fernhollow Rovers confirmed the departure of its goalkeeper on Tuesday.",
                "I asked the clerk whether the office would reopen after the flood.",
                "We should also note that the figures for the port cover only the winter months.",
                "The Caldmoor Harbour Board met the stallholders on Monday.",
                "Rosa Kell added that the harbour board had told tenants the rents would not rise.",
                "Ewan Tarrant said the council had concluded the sea wall was safe.",
                "\u201CThe harbour board told us the rents would be frozen for two years,\u201D said Marta Quill, who runs a fish stall.",
                "Asked how the fund had been spent, the treasurer declined to comment.",
                "The result, say analysts, means higher fares for commuters.",
                "The council condemned the vandalism at the pier.",
                "Unemployment in the valley rose by 1.5 percentage points to 7.2 percent.",
                "The new strike is expected to last at least a week; the 1994-95 dispute lasted nine months.",
                "The state of the pier was described as \u201Cdire\u201D by the auditors.",
                "Harlan Voss went on to say that the council had been misled.",
                "Voss made clear that he would not resign.",
                "Rosa Kell questioned whether the company could pay its debts.",
                "The operator said Tuesday it would appeal.",
                "Ewan Tarrant told reporters on Monday the strike fund was nearly empty.",
                "Moscow denied that its aircraft had entered Estonian airspace.",
                "Acting U.S. Attorney Dana Whitcombe announced the charges against the operator on Monday.",
                "\u201CThis was a calculated fraud,\u201D the acting U.S. attorney said.",
                "The court heard that the ferry's skipper had been drinking before the crossing.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void aSurveyFindsForItsAuthorAndAnUnauthoredStudyForNobodyNamed() {
        ReportedSpeech survey = foundStatement(analysis, "most stallholders expect their rents");
        assertEquals("Quay Traders Association", survey.speaker().name());
        ReportedSpeech study = foundStatement(analysis, "flood insurance claims had doubled");
        assertEquals(Speaker.Kind.UNNAMED, study.speaker().kind());
    }

    @Test
    void namedSourcesSuspectAndExpect() {
        ReportedSpeech suspects = foundStatement(analysis, "the fire on the trawler was started deliberately");
        assertEquals("suspects", suspects.cue());
        ReportedSpeech expects = foundStatement(analysis, "the strike to last at least a week");
        assertTrue(expects.speaker().name().startsWith("Fernhollow Transit Workers"), expects.speaker()::name);
    }

    @Test
    void confirmingANounPhraseStatesIt() {
        ReportedSpeech r = foundStatement(analysis, "the departure of its goalkeeper");
        assertEquals("Fernhollow Rovers", r.speaker().name());
    }

    @Test
    void aWritersQuestionIsAnUnnamedSourcesButTheWritersNoteIsNoStatement() {
        ReportedSpeech asked = foundStatement(analysis, "whether the office would reopen");
        assertEquals(Speaker.Kind.UNNAMED, asked.speaker().kind());
        assertNull(statement(analysis, "the figures for the port cover only"));
    }

    @Test
    void anotherSourcesActInsideAStatementIsItsOwnItem() {
        ReportedSpeech outer = foundStatement(analysis, "the harbour board had told tenants");
        assertEquals("Rosa Kell", outer.speaker().name());
        ReportedSpeech inner = analysis.reportedSpeech().stream()
                .filter(r -> r.content().text().startsWith("the rents would not rise")).findFirst().orElse(null);
        assertNotNull(inner, () -> "not found: " + analysis.reportedSpeech());
        assertTrue(inner.embedded());
        assertEquals("Caldmoor Harbour Board", inner.speaker().name());
        // a conclusion inside someone's statement is that statement's content
        assertNull(analysis.reportedSpeech().stream().filter(r -> r.content().text().startsWith("the sea wall was safe"))
                .findFirst().orElse(null));
    }

    @Test
    void aSourceQuotedInsideAQuoteSpeaksAndTheQuoteKeepsItsSpeaker() {
        ReportedSpeech r = foundStatement(analysis, "the rents would be frozen for two years");
        assertTrue(r.embedded());
        assertEquals("Caldmoor Harbour Board", r.speaker().name());
        assertFalse(r.content().text().contains("Marta Quill"), r.content()::text);
        Quote q = foundQuote(analysis, "The harbour board told us");
        assertEquals("Marta Quill", q.speaker().name());
    }

    @Test
    void anIndirectQuestionWithNoAskerIsUnattributed() {
        ReportedSpeech r = foundStatement(analysis, "how the fund had been spent");
        assertEquals(Speaker.Kind.UNATTRIBUTED, r.speaker().kind());
    }

    @Test
    void anAttributionSetOffWithTheCueFirst() {
        ReportedSpeech r = foundStatement(analysis, "higher fares for commuters");
        assertEquals("analysts", r.speaker().name());
        assertEquals(Speaker.Kind.GROUP, r.speaker().kind());
    }

    @Test
    void condemningAnActIsNoStatement() {
        assertNull(statement(analysis, "the vandalism at the pier"));
    }

    @Test
    void aPassiveCuesAgentSpeaksTheQuote() {
        Quote q = foundQuote(analysis, "dire");
        assertEquals("the auditors", q.speaker().name());
    }

    @Test
    void theVerbLastAndAOneTokenSpanOfYearsAreNoDates() {
        assertTrue(analysis.dates().stream().noneMatch(d -> d.text().contains("week") || d.text().contains("1994")),
                () -> analysis.dates().toString());
    }

    @Test
    void moreFormsOfReporting() {
        assertEquals("Harlan Voss", statement(analysis, "the council had been misled").speaker().name());
        assertEquals("made clear", statement(analysis, "he would not resign").cue());
        assertNotNull(statement(analysis, "whether the company could pay its debts"), () -> analysis.reportedSpeech().toString());
        assertNotNull(statement(analysis, "it would appeal"), () -> analysis.reportedSpeech().toString());
        ReportedSpeech told = statement(analysis, "the strike fund was nearly empty");
        assertNotNull(told, () -> analysis.reportedSpeech().toString());
        assertFalse(told.content().text().contains("Monday"), told.content()::text);
    }

    @Test
    void aCapitalSpeakingIsItsGovernmentAndATitleWithAPlaceFindsItsHolder() {
        ReportedSpeech denied = statement(analysis, "its aircraft had entered Estonian airspace");
        assertNotNull(denied, () -> analysis.reportedSpeech().toString());
        assertEquals("Russian government", denied.speaker().name());
        Quote q = Attributions.quote(analysis, "This was a calculated fraud");
        assertNotNull(q, () -> analysis.quotes().toString());
        assertEquals("Dana Whitcombe", q.speaker().name());
    }

    @Test
    void whatACourtHeardIsAnUnnamedSourcesEvidence() {
        ReportedSpeech r = statement(analysis, "had been drinking before the crossing");
        assertNotNull(r, () -> analysis.reportedSpeech().toString());
        assertEquals(Speaker.Kind.UNNAMED, r.speaker().kind());
    }

    @Test
    void percentagePointsAreTheirOwnUnit() {
        Figure points = analysis.figures().stream().filter(f -> f.text().startsWith("1.5")).findFirst().orElse(null);
        assertNotNull(points, () -> "not found: " + analysis.figures());
        assertEquals("percentage_points", points.unit());
        Figure level = analysis.figures().stream().filter(f -> f.text().startsWith("7.2")).findFirst().orElse(null);
        assertNotNull(level, () -> "not found: " + analysis.figures());
        assertEquals("percent", level.unit());
    }

    @Test
    void agreeingThatStatesWhatWasAgreedButAgreeingToActDoesNot() {
        Analysis agreed = new Analyzer().analyze(Articles.of(List.of(
                "The two inspectors agreed that the bridge had been neglected for a decade.",
                "The council agreed to pay for the repairs before the winter."), "2027-03-10", "en", List.of(), null),
                null);
        ReportedSpeech r = foundStatement(agreed, "the bridge had been neglected");
        assertEquals("agreed", r.cue());
        assertNull(statement(agreed, "pay for the repairs"));
    }

    @Test
    void researchersAndFirmsPublishFindingsButAPersonsDiscoveryAndAWorksEvidenceAreNoStatements() {
        Analysis found = new Analyzer().analyze(Articles.of(List.of(
                "The polling firm found that most residents opposed the new quay.",
                "A research team at Saltmarsh University found that the harbour seals had returned to the estuary.",
                "The biologist Ewan Tarrant showed in a paper published last year that the eels spawn far offshore.",
                "When she reached the office, Rosa Kell found that the door had been forced.",
                "The survey also shows that fewer families moved to the coast.",
                "A group of Dutch scientists showed that the eels return to the river where they hatched."), "2027-03-10", "en",
                List.of(), null), null);
        assertEquals("found", foundStatement(found, "most residents opposed the new quay").cue());
        foundStatement(found, "the harbour seals had returned to the estuary");
        assertEquals("Ewan Tarrant", foundStatement(found, "the eels spawn far offshore").speaker().name());
        assertNull(statement(found, "the door had been forced"));
        assertNull(statement(found, "fewer families moved to the coast"));
        ReportedSpeech group = foundStatement(found, "the eels return to the river where they hatched");
        assertEquals("A group of Dutch scientists", group.speaker().name());
        assertEquals(Speaker.Kind.GROUP, group.speaker().kind());
    }

    @Test
    void aParticipleClosingTheSentenceIsTheMainSubjectsAct() {
        Analysis a = new Analyzer().analyze(Articles.of(List.of(
                "Shortly after, some of the stallholders took to social media apparently to discredit the audit, claiming that the harbour board had tripled the rents."),
                "2027-03-10", "en", List.of(), null), null);
        ReportedSpeech r = foundStatement(a, "the harbour board had tripled the rents");
        assertEquals("some of the stallholders", r.speaker().name());
    }

    @Test
    void aSpeakerSetOffAfterTheCueWithADescriptionSplitsTheStatement() {
        Analysis a = new Analyzer().analyze(Articles.of(List.of(
                "This system, says Rosa Kell, an engineer at the University of Caldmoor, Port Ellery, helps protect the quay from the winter storms."),
                "2027-03-10", "en", List.of(), null), null);
        ReportedSpeech r = foundStatement(a, "helps protect the quay from the winter storms");
        assertEquals("Rosa Kell", r.speaker().name());
        assertFalse(r.content().text().contains("engineer"), r.content().text());
    }
}
