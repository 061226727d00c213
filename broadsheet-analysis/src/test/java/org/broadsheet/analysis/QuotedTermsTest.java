package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.quote;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quoted words that name a thing are no quote even in a sentence with a speaker (the spec's D2): a term after a naming
 * frame ("known as", "so-called", "the term"), a quoted modifier of the noun after it ("a “harbour rescue” pact"), a
 * title standing as a noun phrase ("a podcast called “Tides And Tales”") or after a noun for a work ("her book
 * “…”"). Evaluative words in the same places stay the speaker's quotes. Invented paragraphs.
 */
class QuotedTermsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Harbourmaster Ines Corran said the new moorings, known as \u201Cswing berths,\u201D would open in the spring.",
                "Corran said she had never used the term \u201Cferry cartel\u201D about the operators.",
                "The mayor, who asked for the talks on a \u201Charbour rescue\u201D pact, said he was confident of a deal.",
                "Corran said the dredger follows a slow \u201Ccut and carry\u201D method in which silt is moved twice.",
                "Corran, who hosts a weekly podcast called \u201CTides And Tales\u201D on the council's website, said the pier would reopen.",
                "Corran said the queues were \u201Cfrankly unacceptable\u201D and that \u201Coverwhelming\u201D public anger had forced the change.",
                "In her book \u201CSalt Roads Of The North Coast,\u201D Corran wrote that the ferries had kept the islands alive.",
                "The toll rise follows a 2021 paper, \u201CThe Price Of Crossing: Fares And Island Life,\u201D which Corran said had changed minds.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aTermAfterANamingFrameIsNoQuote() {
        assertNull(quote(analysis, "swing berths"));
        assertNull(quote(analysis, "ferry cartel"));
    }

    @Test
    void aQuotedModifierOfTheNounAfterItIsNoQuote() {
        assertNull(quote(analysis, "harbour rescue"));
        assertNull(quote(analysis, "cut and carry"));
    }

    @Test
    void aTitleStandingAsANounPhraseIsNoQuote() {
        assertNull(quote(analysis, "Tides And Tales"));
    }

    @Test
    void aTitleAfterANounForAWorkIsNoQuote() {
        assertNull(quote(analysis, "Salt Roads Of The North Coast,"));
        assertNull(quote(analysis, "The Price Of Crossing: Fares And Island Life,"));
    }

    @Test
    void evaluativeWordsStayTheSpeakersQuotes() {
        foundQuote(analysis, "frankly unacceptable");
        foundQuote(analysis, "overwhelming");
    }
}
