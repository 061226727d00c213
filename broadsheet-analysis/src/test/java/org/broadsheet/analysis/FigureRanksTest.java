package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places on a ranked list written with a number sign are ordinals (the guideline's "No. 5" on a ranked list), on invented
 * sentences: "held the No. 3 spot", "from No. 9 to No. 4", "our #1 pick", a heading "#2: ..."; after a noun the sign
 * numbers what the noun names ("Symphony No. 9", "DECKHAND #2", "Tip #1"), an identifier like the spec's "Pier 4".
 */
class FigureRanksTest {

    private static Analysis analysis;
    private static FoundFigures found;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Gull Line held the No. 3 spot in the ferry survey, and the Tern Line rose from No. 9 to No. 4.",
                "The evening crossing is our #1 pick for families.",
                "#2: The Tern Line",
                "The harbour band played Symphony No. 9 on the quay.",
                "DECKHAND #2: Mind the rope.",
                "Tip #1: Book the crossing early.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        found = new FoundFigures(analysis);
    }

    @Test
    void aNumberSignOnARankedListIsAPlace() {
        for (String[] rank : new String[][] {{"No. 3", "3"}, {"No. 9", "9"}, {"No. 4", "4"}, {"#1", "1"}, {"#2", "2"}}) {
            Figure f = found.figure(rank[0]);
            assertEquals(Figure.Kind.ORDINAL, f.kind(), () -> rank[0] + " in " + analysis.figures());
            assertEquals(Double.parseDouble(rank[1]), f.value(), () -> rank[0] + " in " + analysis.figures());
        }
    }

    @Test
    void aNumberSignAfterANounIsAnIdentifier() {
        // the symphony, the deckhand and the tip give no figure: the five places are all there is
        assertEquals(List.of(3.0, 9.0, 4.0, 1.0, 2.0), analysis.figures().stream().map(Figure::value).toList(),
                () -> analysis.figures().toString());
    }
}
