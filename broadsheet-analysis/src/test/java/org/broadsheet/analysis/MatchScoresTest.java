package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Match scores on invented sentences, each side a count as the guideline labels them: after the opponent's name ("beat
 * Portside 3-1"), which the tagger takes for a name's number; one the tagger reads as a date ("lost 24-17"); a tally
 * written as one word ("20-of-24 passing"); and tennis set scores, which the guideline leaves out.
 */
class MatchScoresTest {

    private static Analysis analysis;
    private static String body;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Harbour Gulls beat Portside 3-1 on Saturday to stay top of the coastal league.",
                "The Terns needed a late goal to beat the Netherlands Harbour 2-0.",
                "Instead, the Gulls lost 24-17.",
                "Lisle was 20-of-24 passing for the Gulls.",
                "In the tennis, Varga beat Morven 6-4, 6-3 on the quay court.");
        Article article = Articles.of(paragraphs, "2027-03-10", "en", List.of(), null);
        body = article.text();
        analysis = new Analyzer().analyze(article, null);
    }

    private List<Double> countsIn(String sentence) {
        int from = body.indexOf(sentence);
        int to = from + sentence.length();
        return analysis.figures().stream().filter(f -> f.start() >= from && f.end() <= to)
                .filter(f -> f.kind() == Figure.Kind.COUNT).map(Figure::value).toList();
    }

    @Test
    void aScoreAfterTheOpponentsNameIsTwoCounts() {
        assertEquals(List.of(3.0, 1.0), countsIn("beat Portside 3-1"), () -> analysis.figures().toString());
        assertEquals(List.of(2.0, 0.0), countsIn("the Netherlands Harbour 2-0"), () -> analysis.figures().toString());
    }

    @Test
    void aScoreTheTaggerReadsAsADateIsTwoCounts() {
        assertEquals(List.of(24.0, 17.0), countsIn("lost 24-17"), () -> analysis.figures().toString());
    }

    @Test
    void aTallyWrittenAsOneWordIsTwoCounts() {
        assertEquals(List.of(20.0, 24.0), countsIn("20-of-24"), () -> analysis.figures().toString());
    }

    @Test
    void tennisSetScoresAreNoFigures() {
        assertTrue(countsIn("6-4, 6-3").isEmpty(), () -> analysis.figures().toString());
    }
}
