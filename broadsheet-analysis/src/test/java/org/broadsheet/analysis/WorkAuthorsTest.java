package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A published work speaks for its named author (the spec's R1 and section 6), on invented paragraphs: "the research"
 * taking up "New research from X" two sentences before, "a piece from X"; guards: "a survey conducted by X" (so
 * before this change too), and an outlet that only obtained a statement is not its author.
 */
class WorkAuthorsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Harbour towns on the east coast had a quiet winter.",
                "New research from the Harbour Traders Association was published on Monday.",
                "Shop owners on the quay have cut their opening hours.",
                "The research says that ferry fares to the islands rose by a third.",
                "A piece from the Kestrel Policy Institute notes that the ferry timetable was cut twice last year.",
                "According to a 2026 survey conducted by the Saltmarsh Institute, most harbour towns have lost half their newsrooms.",
                "The Dunmore Rovers issued a statement on Friday.",
                "The statement, which was obtained by the Caldmoor Courier, says the stadium will stay shut.",
                "\u201cWe will reopen next year,\u201d the statement read.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void theResearchIsItsAuthorsNamedBefore() {
        ReportedSpeech r = foundStatement(analysis, "ferry fares to the islands rose by a third");
        assertEquals("Harbour Traders Association", r.speaker().name(), r.speaker()::toString);
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind());
    }

    @Test
    void aPieceFromAnInstituteIsTheInstitutes() {
        ReportedSpeech r = foundStatement(analysis, "the ferry timetable was cut twice last year");
        assertEquals("Kestrel Policy Institute", r.speaker().name(), r.speaker()::toString);
    }

    @Test
    void aSurveyConductedByAnInstituteIsTheInstitutes() {
        ReportedSpeech r = foundStatement(analysis, "most harbour towns have lost half their newsrooms");
        assertEquals("Saltmarsh Institute", r.speaker().name(), r.speaker()::toString);
    }

    @Test
    void anOutletThatObtainedAStatementDidNotMakeIt() {
        Quote q = foundQuote(analysis, "We will reopen next year");
        assertEquals("Dunmore Rovers", q.speaker() == null ? null : q.speaker().name(), () -> String.valueOf(q.speaker()));
    }
}
