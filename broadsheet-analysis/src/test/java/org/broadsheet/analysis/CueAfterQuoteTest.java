package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cues the finder missed in the quote's own sentence, by their position and form rather than by their verb: a cue
 * that opens the sentence after a quote ending in "?" or "!" (the quote's mark ended the sentence: "“...?” asked
 * Ansel Marsh."); "put it" in an "as" clause ("As Quarry put it, “...”"); a person's name among the few words after an
 * inverted cue, however the parser read them ("said lead author Rosalind Teague, MD," with "lead" read as the verb);
 * of two subjects the parser gave the cue, the name nearest before it ("“The long walks bothered” Ambrose’s family,
 * Teague said."). Each gives the quote its speaker (the spec's section 6) instead of none or the speaker of a quote
 * before. Kinds from the read parts' misses (session 18). Invented paragraphs.
 */
class CueAfterQuoteTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Ansel Marsh knocked on the door of the depot on Tuesday morning.",
                "\u201cThe depot closed for good last month,\u201d said the caretaker, Dora Pell.",
                "\u201cSo who will pay the drivers who were laid off before the winter?\u201d asked Marsh.",
                "Couples planning a winter wedding want warm food, says the caterer Wendy Quarry.",
                "The planners at the fair expect small weddings to grow again next year.",
                "As Quarry put it, \u201cThe small wedding is here to stay, but the guest list is creeping back up.\u201d",
                "A study of winter colds was published on Monday by doctors at the Caldmoor clinic.",
                "\u201cA short walk every day cut the number of colds by a third in our patients,\u201d said lead author"
                        + " Rosalind Teague, MD, associate professor at the Caldmoor clinic.",
                "Teague's colleagues were less sure of the walks.",
                "\u201cThe long walks bothered\u201d Ambrose\u2019s family, Teague said.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-11-10", "en", List.of(), null), null);
    }

    @Test
    void aCueOpeningTheSentenceAfterAQuestionGivesTheNameAfterIt() {
        assertEquals("Ansel Marsh", foundQuote(analysis, "who will pay the drivers").speaker().name());
    }

    @Test
    void aNameAmongTheWordsAfterAnInvertedCueIsTheSpeaker() {
        assertEquals("Rosalind Teague", foundQuote(analysis, "short walk every day").speaker().name());
    }

    @Test
    void ofTwoSubjectsOfTheCueTheNameNearestBeforeItSpeaks() {
        assertEquals("Rosalind Teague", foundQuote(analysis, "The long walks bothered").speaker().name());
    }

    @Test
    void asTheSourcePutItIsAnAttribution() {
        assertEquals("Wendy Quarry", foundQuote(analysis, "small wedding is here to stay").speaker().name());
    }
}
