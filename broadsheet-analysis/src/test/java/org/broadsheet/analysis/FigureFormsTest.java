package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forms of numbers that the spec's section 8 leaves out or counts in its own way, on invented sentences: identifiers
 * written after the noun they label ("Proposition 22", "page 12"), the number sign ("#1"), plurals of numbers that name
 * an age group ("18-24s") and codes ("401(k)"), the second bound of a range of ages; and the forms it counts: durations
 * in words from thirteen and fifteen up, a duration opening a quotation, ranges in words as one figure per bound (the
 * first bound of "six to eight cups" counting cups too), and
 * "magnitude" as a unit. "a third case" ranks the case, it is no share; "these 14 pilots" and "the other five crews"
 * name a set counted before; "eight of their games" and "Seven of Varga's passes" count a part of a set.
 */
class FigureFormsTest {

    private static Analysis analysis;
    private static FoundFigures found;
    private static String body;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Under Proposition 19, the ferry moved to Terminal 5, and the story ran on page 12 of the gazette.",
                "Each deckhand got 30 tickets at the quay.",
                "HARBOURMASTER: Welcome aboard.",
                "UNIDENTIFIED PERSON #1: Yeah.",
                "The survey found 40% of 18-24s would pay into a 401(k) plan.",
                "Crew members between the ages of 22 and 25 were eligible for the bonus.",
                "The oxygen bar on the pier charges for fifteen minutes of air.",
                "“Forty-five years of sailing,” the skipper said, “has taught me patience.”",
                "The quarantine lasts one-to-seven days, and repairs take three to four weeks.",
                "Officials confirmed a third case of the fever at the harbour, and the fleet shrank by a third last year.",
                "A magnitude 6.2 earthquake shook the harbour.",
                "The port hired 14 pilots last spring. These 14 pilots trained for a month, the other five crews stayed ashore.",
                "The Gulls lost eight of their games at the quay. Seven of Varga's passes went to Lisle.",
                "The harbourmaster drinks six to eight cups of tea on a shift.");
        body = String.join("\n", paragraphs);
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        found = new FoundFigures(analysis);
    }

    @Test
    void aNumberAfterTheNounItLabelsIsAnIdentifier() {
        assertTrue(found.none("19") && found.none("5") && found.none("12"), () -> analysis.figures().toString());
        assertEquals("tickets", found.figure("30").unit()); // a count stands before what it counts
    }

    @Test
    void aNumberSignIsNoPound() {
        assertTrue(analysis.figures().stream().noneMatch(f -> "GBP".equals(f.unit())), () -> analysis.figures().toString());
    }

    @Test
    void anAgeGroupAndACodeAreNoFigures() {
        assertTrue(found.none("18") && found.none("24s") && found.none("401"), () -> analysis.figures().toString());
        assertEquals(40.0, found.figure("40%").value());
    }

    @Test
    void bothBoundsOfARangeOfAgesAreAges() {
        assertTrue(found.none("22") && found.none("25"), () -> analysis.figures().toString());
    }

    @Test
    void durationsInWordsAndAtTheOpeningOfAQuotation() {
        found.measured("fifteen minutes", 15, "minutes");
        found.measured("Forty-five years", 45, "years");
    }

    @Test
    void aRangeInWordsIsOneFigurePerBound() {
        List<Double> days = analysis.figures().stream().filter(f -> "days".equals(f.unit())).map(Figure::value).toList();
        assertEquals(List.of(1.0, 7.0), days);
        List<Double> weeks = analysis.figures().stream().filter(f -> "weeks".equals(f.unit())).map(Figure::value).toList();
        assertEquals(List.of(3.0, 4.0), weeks);
    }

    @Test
    void theFirstBoundOfARangeInWordsCountsWhatTheSecondCounts() {
        assertEquals(6.0, found.figure("six").value());
        assertEquals("cups", found.figure("six").unit());
    }

    @Test
    void aThirdCaseIsNoShareButAThirdOfTheFleetIs() {
        List<Figure> thirds = analysis.figures().stream().filter(f -> f.kind() == Figure.Kind.PERCENT && f.value() == 33.33)
                .toList();
        assertEquals(1, thirds.size(), () -> analysis.figures().toString());
        assertTrue(body.substring(0, thirds.get(0).start()).endsWith("shrank by "), () -> thirds.toString());
    }

    @Test
    void aSetCountedBeforeAndNamedAgainIsNoNewFigure() {
        List<Figure> pilots = analysis.figures().stream().filter(f -> f.text().equals("14")).toList();
        assertEquals(1, pilots.size(), () -> analysis.figures().toString());
        assertTrue(found.none("five"), () -> analysis.figures().toString());
    }

    @Test
    void aPartOfASetNamedByAPossessiveIsACount() {
        assertEquals(8.0, found.figure("eight").value());
        assertEquals(7.0, found.figure("Seven").value());
    }

    @Test
    void magnitudeIsTheUnitOfAnEarthquake() {
        assertEquals("magnitude", found.figure("6.2").unit());
    }
}
