package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a reported statement's content starts and ends (the spec's R3: the reported clause, verbatim, minus
 * speaker and cue), on invented paragraphs: a statement before an attribution set off by commas whose verb the
 * tagger reads as a participle, a subject holding a money sign and a "that" determiner after "announced", and a
 * naming verb's verdict followed by the writer's "as" clause, a noun of saying whose "that" the parser left loose
 * ("a declaration by X that ...", R1's nominal forms), and such a noun denied ("no argument
 * that ...", R2), a second cue joined to the statement's verb ("said she never used ... and added, ..."), "threatened
 * to" with its infinitive, "reported" with a clause and no "that", a closing apposition after a dash (the writer's
 * gloss), "suggested" with a loose clause inside an "Although ..." clause, and a "that" right after the cue before a
 * long subject, and a "who" clause inside a statement ("the number of young people who have reported using heroin was ...")
 * that reports nothing of its own; the "that" clause after the medium of a statement ("in a statement emailed to the
 * Gazette that ..."), which the parser hangs on the medium.
 */
class ReportedContentTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The harbour engineers isolated the leak, Tarrant said, and \u201Cpatched\u201D the pipe as the ferry company continued to sell tickets throughout the week.",
                "In March 2024, the Department of Harbours announced the $2.5/tonne levy of that plan had been collected two years early.",
                "Aviation analysts called it the \u201Cend of an era,\u201D as the airline\u2019s symbol of luxury travel was retired for smaller planes.",
                "The closure comes despite an earlier declaration by the county's health inspectors that the risk of an outbreak of the disease was minimal.",
                "There is no serious argument that without repairs, the old pier could not be saved.",
                "Rosa Kell said she never used the word \"strike\" and added, \"I regret the confusion.\"",
                "Officers had earlier threatened to use water cannon if the barricades stayed up.",
                "The Caldmoor Gazette reported the grant had been paused.",
                "Tarrant said he first raised the delay with the ministry at the end of August, after the Gazette reported the ferry subsidy had been frozen.",
                "She recalled that it looked just like a lamprey \u2014 a fish most often associated with the rivers of the north.",
                "Although members of the Kell family suggested the skipper may have been drugged, the coroner told the inquest no evidence supports anything other than an accident.",
                "But Holm cautioned that the sudden arrival of tuft cells in organs like the lungs, where they are not always present, might also cause its own troubles.",
                "In 2017, the North Dakota's Department of Social Services reported that the number of young people in the state who have reported using heroin was 2.1 percent, compared to the national average of 2 percent.",
                "A spokesperson said in a statement emailed to the Caldmoor Gazette that the agency never administered vaccines.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aStatementBeforeACommaAttributionEndsThere() {
        ReportedSpeech r = foundStatement(analysis, "isolated the leak");
        assertEquals("The harbour engineers isolated the leak", r.content().text());
    }

    @Test
    void aSubjectWithAMoneySignAfterAnnouncedStartsTheStatement() {
        ReportedSpeech r = foundStatement(analysis, "collected two years early");
        assertEquals("the $2.5/tonne levy of that plan had been collected two years early", r.content().text());
    }

    @Test
    void aNamingVerdictEndsBeforeTheWritersAsClause() {
        ReportedSpeech r = foundStatement(analysis, "end of an era");
        assertEquals("it the \u201Cend of an era", r.content().text());
    }

    @Test
    void aNounOfSayingWithItsThatClauseIsAStatementUnlessDenied() {
        ReportedSpeech declaration = foundStatement(analysis, "the risk of an outbreak");
        assertEquals("the risk of an outbreak of the disease was minimal", declaration.content().text());
        assertEquals("the county's health inspectors", declaration.speaker().name());
        assertNull(statement(analysis, "could not be saved"));
    }

    @Test
    void aSecondCueJoinedToTheStatementEndsIt() {
        ReportedSpeech r = foundStatement(analysis, "she never used the word");
        assertTrue(r.content().text().startsWith("she never used the word \"strike"), r.content().text());
        assertFalse(r.content().text().contains("added"), r.content().text());
    }

    @Test
    void aThreatToActIsAStatementOfItsInfinitive() {
        ReportedSpeech r = foundStatement(analysis, "to use water cannon");
        assertEquals("to use water cannon if the barricades stayed up", r.content().text());
    }

    @Test
    void reportedWithAClauseAndNoThatStatesTheClause() {
        for (String content : List.of("the grant had been paused", "the ferry subsidy had been frozen")) {
            assertTrue(analysis.reportedSpeech().stream().anyMatch(r -> r.content().text().equals(content)),
                    () -> content + " not in " + analysis.reportedSpeech());
        }
    }

    @Test
    void aClosingAppositionAfterADashIsTheWritersGloss() {
        ReportedSpeech r = foundStatement(analysis, "it looked just like a lamprey");
        assertEquals("it looked just like a lamprey", r.content().text());
    }

    @Test
    void aStatementInAnAlthoughClauseEndsAtItsComma() {
        ReportedSpeech r = foundStatement(analysis, "the skipper may have been drugged");
        assertEquals("the skipper may have been drugged", r.content().text());
    }

    @Test
    void aThatRightAfterTheCueOpensTheStatementHoweverLongItsSubject() {
        ReportedSpeech r = foundStatement(analysis, "the sudden arrival of tuft cells");
        assertEquals("the sudden arrival of tuft cells in organs like the lungs, where they are not always present, "
                + "might also cause its own troubles", r.content().text());
        assertEquals("Holm", r.speaker().name());
    }

    @Test
    void aWhoClauseInsideAStatementReportsNothingOfItsOwn() {
        ReportedSpeech r = foundStatement(analysis, "the number of young people in the state");
        assertEquals("the number of young people in the state who have reported using heroin was 2.1 percent, compared to "
                + "the national average of 2 percent", r.content().text());
        assertTrue(analysis.reportedSpeech().stream().noneMatch(o -> o.content().text().startsWith("using heroin")),
                () -> analysis.reportedSpeech().toString());
    }

    @Test
    void theStatementAfterItsMediumStartsAfterThat() {
        ReportedSpeech r = foundStatement(analysis, "never administered vaccines");
        assertEquals("the agency never administered vaccines", r.content().text());
    }
}
