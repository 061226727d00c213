package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sources that are documents or stand behind one, as the spec's sections 5 (R1) and 6 name them, on invented
 * paragraphs: documents in the plural with no author ("according to court records") are an unnamed source, not a
 * group; a survey's author speaks, not the body the author works for ("a survey by X of Y University"); a group's
 * name leaves out "both"; a company named for a person ("Harlan Capital") keeps its name when the article
 * shortens it to the person's ("Harlan announced ..."); "the Pentagon" is not "VOA Pentagon", an outlet and its beat
 * that the tagger ran into one name before "correspondent".
 */
class DocumentSourcesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Two ferry inspectors were suspended on Monday.",
                "The inspectors skipped three safety rounds in March, according to court records.",
                "According to a 2025 survey by Marisol Penhallow of the University of Dunmore, the harbour towns have lost half their newsrooms.",
                "The port board called the report flawed, and both independent economists and traders in the market told the Ledger the figures are wrong.",
                "The investment firm Harlan Capital owns the Dunmore Gazette and twelve other papers.",
                "Harlan on Tuesday announced that it had bought the Caldmoor Post for $4 million.",
                "According to the Pentagon, the desert depot serves as a supply base for the coalition.",
                "A navy spokesman, Cmdr. Ray Holt, told VOA Pentagon correspondent Dana Pike on Friday that the claim was false.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void documentsWithNoAuthorAreAnUnnamedSource() {
        ReportedSpeech r = foundStatement(analysis, "skipped three safety rounds");
        assertEquals(Speaker.Kind.UNNAMED, r.speaker().kind(), r.speaker()::toString);
    }

    @Test
    void aSurveysAuthorSpeaksNotTheBodyTheAuthorWorksFor() {
        ReportedSpeech r = foundStatement(analysis, "lost half their newsrooms");
        assertEquals("Marisol Penhallow", r.speaker().name());
    }

    @Test
    void aGroupsNameLeavesOutBoth() {
        ReportedSpeech r = foundStatement(analysis, "the figures are wrong");
        assertEquals(Speaker.Kind.GROUP, r.speaker().kind(), r.speaker()::toString);
        assertEquals("independent economists and traders in the market", r.speaker().name());
    }

    @Test
    void anOutletsBeatBeforeACorrespondentDoesNotSwallowTheBody() {
        ReportedSpeech r = foundStatement(analysis, "serves as a supply base");
        assertEquals("Pentagon", r.speaker().name());
    }

    @Test
    void aCompanyShortenedToThePersonItIsNamedForIsTheCompany() {
        ReportedSpeech r = foundStatement(analysis, "bought the Caldmoor Post");
        assertEquals("Harlan Capital", r.speaker().name());
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind());
    }
}
