package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A "he" or "she" that says a quote stands for the person the sentence before names, even as an object ("sent its
 * coach, Dana Ortiz, to ..."), not for a person who was the subject of a sentence further back; but when the sentence
 * before has a subject describing someone named earlier ("The Californian, 24, finished ahead of ..."), that earlier
 * person stays the likelier one. On paragraphs written to stress it.
 */
class PronounAfterNearerPersonTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Councilwoman Mary Ellis said the levy would pass easily in November.",
                "The school board sent one of its longtime coaches, Dana Ortiz, to the state meeting in Columbus.",
                "\u201COur players deserve better fields than the ones we have,\u201D she said.",
                "Sprinter Tom Baker won the 200m final in Eugene on Saturday.",
                "The Californian, 24, finished well ahead of Kenyan Peter Otieno in the heat.",
                "\u201CI felt strong from the very first step of the race,\u201D he said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void pronounIsThePersonTheSentenceBeforeNamed() {
        assertEquals("Dana Ortiz", foundQuote(analysis, "Our players deserve better fields").speaker().name());
    }

    @Test
    void describedSubjectKeepsThePersonNamedEarlier() {
        assertEquals("Tom Baker", foundQuote(analysis, "I felt strong from the very first step").speaker().name());
    }
}
