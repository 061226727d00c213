package org.broadsheet.analysis;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pounds that weigh are weights in {@code lb}, not sterling: a hyphenated weight before a noun ("a 285-pound
 * lineman"), plain digits in pounds in a sentence about weight ("shed 18 pounds", "weighed 40 kg (88 pounds)"); pounds
 * with a sign, a scale or no word of weight stay money. Invented sentences.
 */
class PoundWeightsTest {

    private static FoundFigures found;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The 285-pound lineman signed a two-year deal with the Harbour City club on Monday, its coach said.",
                "Okafor shed 18 pounds in two weeks to make the featherweight limit for Saturday's bout.",
                "The tortoise weighed about 40 kg (88 pounds) when the keepers found it, the zoo said.",
                "The charity said the appeal raised 12 million pounds, and a raffle added another £3,500 for the ward.");
        found = new FoundFigures(new Analyzer().analyze(Articles.of(paragraphs, "2027-04-12", "en", List.of(), null), null));
    }

    @Test
    void aHyphenatedWeightIsInPounds() {
        found.measured("285-pound", 285, "lb");
    }

    @Test
    void plainPoundsInASentenceAboutWeightAreAWeight() {
        found.measured("18 pounds", 18, "lb");
        found.measured("88 pounds", 88, "lb");
    }

    @Test
    void poundsWithAScaleOrASignStayMoney() {
        found.measured("12 million pounds", 12_000_000, "GBP");
        found.measured("£3,500", 3500, "GBP");
    }
}
