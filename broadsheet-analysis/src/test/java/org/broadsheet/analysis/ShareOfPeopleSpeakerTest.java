package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A share of people who say something ("62 percent of ferry users say ...", "41% said ...") is a group source named by
 * the article's phrase from the number on (the spec's section 6: plural non-organisation sources are groups), not one
 * unnamed source. A kind from the misses of parts nobody had tuned on (session 17). Invented paragraphs.
 */
class ShareOfPeopleSpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The harbour board surveyed 900 ferry users in May.",
                "An overwhelming 62 percent of ferry users say the evening crossings should run every hour.",
                "Nearly 30% of the respondents said they would pay more for a quieter boat.",
                "Another 41% said they never take the late boat.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-06-10", "en", List.of(), null), null);
    }

    @Test
    void aShareOfPeopleIsAGroupNamedFromItsNumber() {
        ReportedSpeech crossings = foundStatement(analysis, "the evening crossings should run every hour");
        assertEquals("62 percent of ferry users", crossings.speaker().name());
        assertEquals(Speaker.Kind.GROUP, crossings.speaker().kind());
        assertEquals("Nearly 30% of the respondents", foundStatement(analysis, "would pay more for a quieter boat").speaker().name());
        assertEquals("41%", foundStatement(analysis, "never take the late boat").speaker().name());
    }
}
