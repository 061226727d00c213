package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subject written as a description with the name set off after it ("The town's finance director, Lewis Harmon,
 * said ...") makes the person named the one a following "he" or "she" stands for, not a person who was the subject
 * of an earlier sentence; on paragraphs written to stress it.
 */
class PronounAfterApposedNameTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Mayor Tom Riggs said on Monday that he would close the Elm Street library in June.",
                "The town's finance director, Lewis Harmon, said the closure would save $400,000 a year.",
                "\u201CThese savings are needed to balance the budget,\u201D he said.",
                "Governor Ellen Marsh signed the budget on Friday.",
                "Her chief of staff, Nora Quist, said the state would hire 200 teachers. She added that the money would"
                        + " come from a tax on sports betting.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void pronounAfterTheQuoteIsTheApposedName() {
        assertEquals("Lewis Harmon", foundQuote(analysis, "These savings are needed").speaker().name());
    }

    @Test
    void pronounInTheNextSentenceIsTheApposedName() {
        assertEquals("Nora Quist", foundStatement(analysis, "the money would come from a tax").speaker().name());
    }

    @Test
    void earlierSubjectKeepsItsOwnWords() {
        assertEquals("Tom Riggs", foundStatement(analysis, "he would close the Elm Street library").speaker().name());
    }
}
