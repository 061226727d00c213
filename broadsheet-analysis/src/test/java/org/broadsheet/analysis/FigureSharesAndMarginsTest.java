package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shares, scales and margins in the spec's units (section 8), on invented sentences: "nine times out of 10" is 90
 * percent; "and two-thirds" is a share of its own, not the half of "two-and-a-half"; "7 per cent" is a percentage, not
 * cents; "1.5m workers" counts workers in millions, not metres; "five-and-a-half" is 5.5; an election margin in
 * "points" is percentage points in a story about a vote, while a team's winning margin in a game story stays points.
 */
class FigureSharesAndMarginsTest {

    private static FoundFigures harbour;
    private static FoundFigures vote;
    private static FoundFigures game;

    @BeforeAll
    static void analyse() {
        Analyzer analyzer = new Analyzer();
        harbour = found(analyzer, List.of(
                "Nine times out of 10, the ferry leaves late.",
                "A third of the crews went on strike, and two-thirds of the boats stayed in port.",
                "The port handled 5.2 million containers, a rise of 7 per cent.",
                "The port hired 1.5m workers over the decade."));
        vote = found(analyzer, List.of(
                "The harbour town held its council election on Tuesday, and voters turned out in record numbers.",
                "Lisle won the ward by 30 points, and her rival lost the next ward by five-and-a-half points.",
                "The last poll had shown a closer race."));
        game = found(analyzer, List.of(
                "The Gulls won the game by 30 points, their best game of the season.",
                "Their coach said the election of a new captain could wait."));
    }

    private static FoundFigures found(Analyzer analyzer, List<String> paragraphs) {
        return new FoundFigures(analyzer.analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null));
    }

    @Test
    void nineTimesOutOfTenIsNinetyPercent() {
        Figure f = harbour.figure("Nine times out of 10");
        assertEquals("percent", f.unit());
        assertEquals(90.0, f.value(), 0.01);
    }

    @Test
    void twoThirdsAfterAndIsAShare() {
        Figure f = harbour.figure("two-thirds");
        assertEquals(Figure.Kind.PERCENT, f.kind());
        assertEquals(66.67, f.value(), 0.01);
    }

    @Test
    void perCentIsAPercentageNotCents() {
        Figure f = harbour.figure("7 per cent");
        assertEquals(Figure.Kind.PERCENT, f.kind());
        assertEquals("percent", f.unit());
        assertEquals(7.0, f.value(), 0.001);
    }

    @Test
    void anMAfterANumberBeforeWhatItCountsIsMillions() {
        Figure f = harbour.figure("1.5m");
        assertEquals(1_500_000.0, f.value(), 1);
        assertEquals("workers", f.unit());
    }

    @Test
    void anElectionMarginInPointsIsPercentagePoints() {
        assertEquals("percentage_points", vote.figure("30").unit());
        Figure half = vote.figure("five-and-a-half");
        assertEquals("percentage_points", half.unit());
        assertEquals(5.5, half.value(), 0.001);
    }

    @Test
    void aGamesMarginInPointsStaysPoints() {
        assertEquals("points", game.figure("30").unit());
    }
}
