package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a reported statement's content starts and ends (the spec's R3: the reported clause, verbatim, minus
 * speaker and cue), on invented paragraphs: a statement before an attribution set off by commas whose verb the
 * tagger reads as a participle, a subject holding a money sign and a "that" determiner after "announced", and a
 * naming verb's verdict followed by the writer's "as" clause.
 */
class ReportedContentTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The harbour engineers isolated the leak, Tarrant said, and \u201Cpatched\u201D the pipe as the ferry company continued to sell tickets throughout the week.",
                "In March 2024, the Department of Harbours announced the $2.5/tonne levy of that plan had been collected two years early.",
                "Aviation analysts called it the \u201Cend of an era,\u201D as the airline\u2019s symbol of luxury travel was retired for smaller planes.");
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
}
