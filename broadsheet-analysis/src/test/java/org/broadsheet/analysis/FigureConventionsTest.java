package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figure units in the spec's conventions (section 8) on invented sentences: a share written without its
 * "percent" in a list of percentages, and an index level beside a percentage, which stays a number; percentage
 * points the tagger reads as a plain number; the first bound of a range of percentages; "20m long" in metres,
 * "200k dollars" and "1.5m euros" in thousands and millions; units of measure written as words, abbreviations or
 * hyphenated compounds; currencies named by country, by lettered dollar signs, by "Rs", by a rate "per dollar" and
 * by "¥" in a story about Japan; ranges whose bounds both carry the sign; counts in millions written "2m"; a
 * duration written in two units; the number of a list item and an identifier ("type 2"), which are no figures; the
 * first bound of a range with the unit and scale of the second; ages after a name or a noun between commas or dashes.
 */
class FigureConventionsTest {

    private static Analysis analysis;
    private static FoundFigures found;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Of those riders, 65 percent were local, 11.9 percent were students, 15.36 percent commuters, and 7.3 of another group.",
                "The harbour index rose 0.5 percent to 2,934.02.",
                "Unemployment in the valley rose 2.3 percentage points.",
                "Between 30 and 40 percent of the boats are idle.",
                "The new ferry is 20m long.",
                "The port spent 200k dollars on cranes.",
                "The quay deal is worth 1.5m euros.",
                "The ferry sprints from zero to 30 knots in about 3.5 seconds.",
                "It has a 2.5-liter engine, a 275-horsepower motor and gets 90 miles per gallon.",
                "The wind farm off Tokyo will produce around 8.69 GW, Japanese officials said, and the port paid ¥500 million.",
                "Harbour tickets cost Rs 300, or 176 Hong Kong dollars, or A$12.",
                "A crane costs $373-$400 an hour to hire.",
                "The yen strengthened at 108.55 per dollar.",
                "The regatta drew 2m viewers, and the 400m hurdles were held on the quay.",
                "The old ferry served three years and four months on the route.",
                "2. Harbour fees",
                "The new ferry runs on type 2 fuel cells.",
                "Its engines need a service every 25,000-50,000 miles, and the port's population may reach 350–375 million.",
                "The captain, Morven Lisle, 61 – who has sailed the route since 1990 – and the former mate, 47, were honoured.",
                "The Gulls improved to 14-0-1 in their last 15 games.",
                "The harbour board met in the 2022-23 school year.",
                "Following the 16-inch Harbourbook Pro, the port bought a 12-inch screen.",
                "The quay company collected billions of dollars in fees.",
                "The dredging has run for more than a year and a half, and each survey took two-and-a-half hours.",
                "The pier was finished almost a decade after the storm, after more than a month of talks.",
                "The harbour model covers a 13.8-billion-year period.",
                "The simulated harbour spans 230 million light-years, and the model ran to 13.8 billion years after the Big Bang.",
                "The lagoon is a 1,900-mile-wide basin.",
                "Varga scored twice, the port handles twice as many ships, and the tide turns twice a day.",
                "At least half of the ferries were late.",
                "The two crews will sail together for the first time in nearly a quarter century.",
                "The harbour archive holds the equivalent of half a million years of logbooks, and half a century of charts.",
                "The Gulls have won three in a row and five of six. Nine of the 18 crews voted for one of the two boats.",
                "The harbour bank made a quarter-point cut, and the quay was shut for a quarter of 2019.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        found = new FoundFigures(analysis);
    }

    @Test
    void aShareWithoutItsWordAmongPercentagesIsAPercentage() {
        Figure f = found.figure("7.3");
        assertEquals(Figure.Kind.PERCENT, f.kind());
        assertEquals("percent", f.unit());
    }

    @Test
    void anIndexLevelBesideAPercentageStaysANumber() {
        assertEquals(Figure.Kind.COUNT, found.figure("2,934.02").kind());
    }

    @Test
    void percentagePointsWithoutASignAreTheirOwnUnit() {
        Figure f = found.figure("2.3 percentage points");
        assertEquals(Figure.Kind.PERCENT, f.kind());
        assertEquals("percentage_points", f.unit());
    }

    @Test
    void theFirstBoundOfARangeOfPercentagesIsAPercentage() {
        assertEquals(Figure.Kind.PERCENT, found.figure("30").kind());
    }

    @Test
    void metresAreNotMillions() {
        Figure f = found.figure("20m");
        assertEquals(20.0, f.value());
        assertEquals("m", f.unit());
    }

    @Test
    void thousandsAndMillionsWrittenShortAreMoney() {
        Figure thousands = found.figure("200k dollars");
        assertEquals(Figure.Kind.MONEY, thousands.kind());
        assertEquals(200_000.0, thousands.value());
        Figure millions = found.figure("1.5m euros");
        assertEquals(Figure.Kind.MONEY, millions.kind());
        assertEquals("EUR", millions.unit());
        assertEquals(1_500_000.0, millions.value());
    }

    @Test
    void aDurationKeepsItsFraction() {
        Figure f = found.figure("about 3.5 seconds");
        assertEquals(3.5, f.value());
        assertEquals("seconds", f.unit());
    }

    @Test
    void unitsOfMeasureHaveTheirNames() {
        assertEquals("liters", found.figure("2.5-liter").unit());
        assertEquals(2.5, found.figure("2.5-liter").value());
        assertEquals("horsepower", found.figure("275-horsepower").unit());
        assertEquals("mpg", found.figure("90").unit());
        assertEquals("GW", found.figure("8.69").unit());
    }

    @Test
    void currenciesNamedByCountryAndSign() {
        assertEquals("INR", found.figure("Rs 300").unit());
        assertEquals("HKD", found.figure("176 Hong Kong dollars").unit());
        assertEquals("AUD", found.figure("A$12").unit());
        assertEquals(Figure.Kind.MONEY, found.figure("108.55").kind());
        assertEquals("JPY", found.figure("108.55").unit());
        assertEquals("JPY", found.figure("¥500 million").unit());
    }

    @Test
    void bothBoundsOfARangeWithTwoSigns() {
        assertEquals(373.0, found.figure("$373").value());
        assertEquals(400.0, found.figure("$400").value());
    }

    @Test
    void millionsWrittenWithALetterCountButRaceDistancesDoNot() {
        Figure viewers = found.figure("2m");
        assertEquals(2_000_000.0, viewers.value());
        assertEquals("viewers", viewers.unit());
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().equals("400m")), () -> analysis.figures().toString());
    }

    @Test
    void aDurationInTwoUnitsIsOneFigureInTheSmaller() {
        Figure f = found.figure("three years and four months");
        assertEquals(40.0, f.value());
        assertEquals("months", f.unit());
    }

    @Test
    void aListItemsNumberAndAnIdentifierAreNoFigures() {
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().equals("2")), () -> analysis.figures().toString());
    }

    @Test
    void theFirstBoundOfARangeTakesTheUnitAndScaleOfTheSecond() {
        assertEquals("miles", found.figure("25,000").unit());
        assertEquals(350_000_000.0, found.figure("350").value());
    }

    @Test
    void aRecordOfThreePartsASpanOfYearsAndAVagueAmountAreNoFigures() {
        assertTrue(found.none("14") && found.none("23") && found.none("2022") && found.none("billions of dollars"), () -> analysis.figures().toString());
    }

    @Test
    void aQuarterOfAYearIsNoShare() {
        assertEquals("percentage_points", found.figure("quarter-point").unit());
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().equals("a quarter")), () -> analysis.figures().toString());
    }

    @Test
    void aSizeNamingAModelIsNoFigureButAStatedSizeIs() {
        assertTrue(found.none("16-inch"), () -> analysis.figures().toString());
        assertEquals("inches", found.figure("12-inch").unit());
    }

    @Test
    void durationsWithAHalfOrOneUnitAndAQualifier() {
        Figure half = found.figure("a year and a half");
        assertEquals(1.5, half.value());
        assertEquals("years", half.unit());
        assertEquals("more than", half.qualifier());
        assertEquals(2.5, found.figure("two-and-a-half hours").value());
        assertTrue(analysis.figures().stream().noneMatch(f -> f.kind() == Figure.Kind.PERCENT && f.value() == 50.0
                && f.text().contains("a half") || f.text().contains("a-half") && f.kind() == Figure.Kind.PERCENT),
                () -> analysis.figures().toString());
        assertEquals(10.0, found.figure("a decade").value()); // counted in years, the spec's base unit
        assertEquals("almost", found.figure("a decade").qualifier());
        assertEquals("months", found.figure("a month").unit());
    }

    @Test
    void lightYearsAndBillionsOfYearsOnceEach() {
        Figure space = found.figure("230 million");
        assertEquals("light-years", space.unit());
        assertEquals(230_000_000.0, space.value());
        Figure age = found.figure("13.8-billion-year");
        assertEquals(13.8e9, age.value(), 1e3);
        assertEquals("years", age.unit());
        assertTrue(found.none("13.8 billion years"), () -> analysis.figures().toString()); // the same fact written again
        assertEquals(1900.0, found.figure("1,900-mile-wide").value());
        assertEquals("miles", found.figure("1,900-mile-wide").unit());
    }

    @Test
    void partsOfACenturyAndHalfAMillionAreStretchesOfTime() {
        Figure quarter = found.figure("a quarter century");
        assertEquals(25.0, quarter.value());
        assertEquals("years", quarter.unit());
        assertEquals("nearly", quarter.qualifier());
        assertTrue(analysis.figures().stream().noneMatch(f -> f.kind() == Figure.Kind.PERCENT && f.value() == 25.0),
                () -> analysis.figures().toString());
        assertEquals(50.0, found.figure("half a century").value());
        Figure half = found.figure("half a million years");
        assertEquals(500_000.0, half.value());
        assertEquals("years", half.unit());
    }

    @Test
    void twiceCountsOrComparesButNotHowOften() {
        List<Figure> twice = analysis.figures().stream().filter(f -> f.text().equals("twice")).toList();
        assertEquals(List.of("count", "times"), twice.stream().map(Figure::unit).toList());
    }

    @Test
    void atLeastHalfIsAShare() {
        assertEquals("at least", found.figure("half").qualifier());
        assertEquals(50.0, found.figure("half").value());
    }

    @Test
    void smallNumbersInWordsAsPartsAndRuns() {
        for (String t : List.of("three", "five", "six", "Nine", "18")) {
            assertEquals(Figure.Kind.COUNT, found.figure(t).kind());
        }
        assertTrue(found.none("two"), () -> analysis.figures().toString());
    }

    @Test
    void agesBetweenCommasOrDashesAreNoFigures() {
        assertTrue(analysis.figures().stream().noneMatch(f -> f.text().equals("61") || f.text().equals("47")),
                () -> analysis.figures().toString());
    }
}
