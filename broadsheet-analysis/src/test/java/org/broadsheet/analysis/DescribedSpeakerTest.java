package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers named only by a description, resolved as the spec's section 6 asks, on invented paragraphs: "the
 * actor" a few sentences after the actor's name, a person's rep, "the statement continued" after the
 * organization that issued it, an unnamed office holder of a named organization, a company's name that the
 * tagger may take for a person's, initials standing alone ("says the FSA"), and a bare "the authors" after "The
 * authors of the harbour survey" (the group named before), a blog post an organization published and its website.
 */
class DescribedSpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Tomas Reinholt has left the cast of \u201CHarbour Lights.\u201D",
                "\u201CI am grateful for every year on that set. I will miss the crew,\u201D Reinholt said. \u201CThey were family.\u201D",
                "\u201CYou never know what comes next. You keep going anyway,\u201D said the actor.",
                "Reinholt's rep told the Ledger that the actor was already reading new scripts.",
                "The veteran actor will return to the stage next spring.",
                "On Friday, Caldmoor Ferry Company issued a statement about the delays.",
                "\u201CWe regret the disruption to passengers and will refund every ticket,\u201D the statement read.",
                "\u201CSailings will resume on Monday,\u201D the statement continued.",
                "The chairman of the Fernhollow Rowing Club said the regatta would go ahead.",
                "Bellweather Productions said it would film the regatta.",
                "The Food Standards Agency inspected the stalls. Most stalls passed, says FSA.",
                "\u201CWhy would anyone sign that deal?\u201D He Jianxiong, a former adviser to the central bank, said at a forum.",
                "The Harbour Board rejected the reports as \u201Centirely false,\u201D and residents told reporters the road was closed.",
                "The authors of the harbour survey, published by the port trust in May, counted 40 empty berths.",
                "Most of the berths had been empty for a year, the authors wrote.",
                "Lindqvist Marine published a blog post that said its ferry timetables would change in June.",
                "The Fernhollow Port Authority inspects every pier in the bay.",
                "The authority's website says the inspections take place twice a year.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aBareGroupDescriptionIsTheGroupNamedBefore() {
        ReportedSpeech r = foundStatement(analysis, "berths had been empty for a year");
        assertEquals("The authors of the harbour survey", r.speaker().name());
    }

    @Test
    void whatAnOrganizationPublishesSpeaksForIt() {
        assertEquals("Lindqvist Marine", foundStatement(analysis, "timetables would change in June").speaker().name());
    }

    @Test
    void anOrganizationsWebsiteSpeaksForIt() {
        assertEquals("Fernhollow Port Authority", foundStatement(analysis, "inspections take place twice a year").speaker().name());
    }

    @Test
    void theActorIsThePersonTheArticleIsAbout() {
        Quote q = foundQuote(analysis, "You never know what comes next");
        assertEquals("Tomas Reinholt", q.speaker().name());
    }

    @Test
    void aPersonsRepSpeaksForThePerson() {
        ReportedSpeech r = foundStatement(analysis, "already reading new scripts");
        assertEquals("Tomas Reinholt", r.speaker().name());
    }

    @Test
    void theStatementIsWhoeverIssuedIt() {
        for (String words : List.of("We regret the disruption", "Sailings will resume")) {
            Quote q = quote(analysis, words);
            assertNotNull(q, () -> "not found: " + analysis.quotes());
            assertEquals("Caldmoor Ferry Company", q.speaker().name(), words);
            assertEquals(Speaker.Kind.ORGANIZATION, q.speaker().kind());
        }
    }

    @Test
    void anUnnamedChairmanSpeaksForTheClub() {
        ReportedSpeech r = foundStatement(analysis, "the regatta would go ahead");
        assertEquals("Fernhollow Rowing Club", r.speaker().name());
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind());
    }

    @Test
    void aCompanysNameIsNoPerson() {
        ReportedSpeech r = foundStatement(analysis, "it would film the regatta");
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind());
        assertEquals("Bellweather Productions", r.speaker().name());
    }

    @Test
    void aDescriptionIsARoleOfThePersonItRefersTo() {
        Person p = analysis.people().stream().filter(x -> x.name().equals("Tomas Reinholt")).findFirst().orElse(null);
        assertNotNull(p, () -> "not found: " + analysis.people());
        assertTrue(p.roles().stream().anyMatch(r -> r.stated().equals("veteran actor")), () -> p.roles().toString());
    }

    @Test
    void theSurnameHeIsNoPronoun() {
        Quote q = foundQuote(analysis, "Why would anyone sign that deal?");
        assertEquals("He Jianxiong", q.speaker().name());
    }

    @Test
    void aVerdictInQuotesIsTheRejectersWording() {
        Quote q = foundQuote(analysis, "entirely false");
        assertEquals("Harbour Board", q.speaker().name());
        ReportedSpeech r = foundStatement(analysis, "the reports as");
        assertEquals("Harbour Board", r.speaker().name());
    }

    @Test
    void initialsStandingAloneNameTheAgency() {
        ReportedSpeech r = foundStatement(analysis, "Most stalls passed");
        assertEquals("Food Standards Agency (FSA)", r.speaker().name());
    }
}
