package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Date values in the spec's conventions (section 9) on invented sentences of an article dated Wednesday
 * 2026-11-18: each year of a range, a fiscal year kept with its word, a season without a year told in the
 * future, a quarter without a year, the lines of a list of dates under a heading that states the year, a full date with stray commas,
 * the end of a period, a day or year told from another date of the sentence, a state "as of" a day, an infinitive
 * whose auxiliary is past, an order for a day to come, a month in a story told in an earlier year, a weekend gone by,
 * a part of a year written as one word, a fiscal year written "FY2027", a day at the end of a sentence run into the
 * next one without a space ("Monday.The"), a span of days or weeks told from the date before it ("ten days later",
 * "the week before"), the year's end as its last day, a season written as one word with "-time".
 */
class DateConventionsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The port handled 3,248 ships between 2010 and 2015, the harbour board said.",
                "Sales for fiscal 2025 rose, and the ferry line expects more passengers in 2027.",
                "The new ferry goes into service in the summer.",
                "Costs rose sharply in Q3, the company said.",
                "The Harbour Choir's 2027 tour dates:",
                "March 4 -- Quayside Hall, Port Ellery",
                "March 9 -- The Old Exchange, Caldmoor",
                "Enrolment at the harbour college runs until Tuesday, January, 6 2027.",
                "The harbour board expects the dredging to be finished by the end of 2027.",
                "Ferry traffic fell to 2.1 million passengers in 2024, after a record the previous year.",
                "The lock gates were shut on Sept. 4 and reopened the following morning.",
                "The town trust owns 12% of the port company as of March 2.",
                "These 11 had until Nov. 2 to submit detailed proposals for the new ferry.",
                "Visit the harbour museum on Saturday.",
                "The old ferry's engine failed on a crossing in October 2019.",
                "By December, the repairs were finished.",
                "The harbour festival ended over the weekend.",
                "The new quay opens in mid-2028.",
                "The harbour board's budget for FY2027 is larger.",
                "The ferry line's board met on Monday.The chairman said fares would rise.",
                "The dock strike began on Oct. 1, 2025 and ended ten days later.",
                "The ferry strike began on Nov. 3, 2025; the week before, talks had failed.",
                "The harbour board hopes to pick a builder by year's end.",
                "The ferry line's chief met the mayor last February.",
                "The harbour levy that the board had planned to impose Dec. 15 was delayed.",
                "They fear that Mr. Varga may end up giving fewer berths than they expect.",
                "The pilots' union disclosed a summertime meeting with the harbour board.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-11-18", "en", List.of(), null), null);
    }

    private static DateMention date(String text) {
        return analysis.dates().stream().filter(d -> d.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void eachYearOfARangeIsADate() {
        for (String year : List.of("2010", "2015")) {
            DateMention d = date(year);
            assertNotNull(d, () -> "not found: " + year + " in " + analysis.dates());
            assertEquals(year, d.value());
        }
    }

    @Test
    void fiscalYearKeepsItsWord() {
        DateMention d = date("fiscal 2025");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2025", d.value());
    }

    @Test
    void seasonToComeIsTheNextOne() {
        DateMention d = date("summer");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2027-summer", d.value());
    }

    @Test
    void quarterWithoutYearIsTheLastOneBegun() {
        DateMention d = date("Q3");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-Q3", d.value());
    }

    @Test
    void linesOfADatedListTakeTheYearOfTheirHeading() {
        for (String day : List.of("March 4", "March 9")) {
            DateMention d = date(day);
            assertNotNull(d, () -> "not found: " + day + " in " + analysis.dates());
            assertEquals("2027-03-0" + day.charAt(day.length() - 1), d.value(), day);
        }
    }

    @Test
    void aFullDateWithStrayCommasIsOneDay() {
        DateMention d = date("Tuesday, January, 6 2027");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2027-01-06", d.value());
    }

    @Test
    void theEndOfAPeriodIsItsLastDay() {
        DateMention d = date("the end of 2027");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2027-12-31", d.value());
    }

    @Test
    void aYearToldFromAnotherDateOfTheSentence() {
        DateMention d = date("the previous year");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2023", d.value());
    }

    @Test
    void aDayToldFromAnotherDateOfTheSentence() {
        DateMention d = date("the following morning");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-09-05", d.value());
    }

    @Test
    void aStateAsOfADayIsMeasuredOnADayGoneBy() {
        DateMention d = date("March 2");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-03-02", d.value());
    }

    @Test
    void anInfinitiveWithAPastAuxiliaryIsPast() {
        DateMention d = date("Nov. 2");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-11-02", d.value());
    }

    @Test
    void anOrderIsForADayToCome() {
        DateMention d = date("Saturday");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-11-21", d.value());
    }

    @Test
    void aMonthInAStoryToldInAnEarlierYear() {
        DateMention d = date("December");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2019-12", d.value());
    }

    @Test
    void aWeekendGoneByIsTheLastOne() {
        DateMention d = date("the weekend");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-W46", d.value());
    }

    @Test
    void aPartOfAYearWrittenAsOneWord() {
        DateMention d = date("mid-2028");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2028", d.value());
    }

    @Test
    void aFiscalYearWrittenFY() {
        DateMention d = date("FY2027");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2027", d.value());
    }

    @Test
    void aDayBeforeAFullStopWithoutASpaceIsFound() {
        DateMention d = date("Monday");
        assertNotNull(d, () -> "not found: Monday in " + analysis.dates());
        assertEquals("2026-11-16", d.value());
    }

    @Test
    void daysOrWeeksLaterAreToldFromTheDateBefore() {
        assertEquals("2025-10-11", date("ten days later").value());
        assertEquals("2025-W44", date("the week before").value());
    }

    @Test
    void theYearsEndIsItsLastDay() {
        DateMention d = date("year's end");
        assertNotNull(d, () -> "not found: year's end in " + analysis.dates());
        assertEquals("2026-12-31", d.value());
    }

    @Test
    void lastMonthIsTheLatestSuchMonthBeforeTheArticle() {
        DateMention d = date("last February");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-02", d.value());
    }

    @Test
    void theDayOfAPastPlanIsTheNearestSuchDay() {
        DateMention d = date("Dec. 15");
        assertNotNull(d, () -> "not found in " + analysis.dates());
        assertEquals("2026-12-15", d.value());
    }

    @Test
    void theVerbMayIsNoMonth() {
        assertEquals(null, date("may"), () -> analysis.dates().toString());
    }

    @Test
    void aSeasonWrittenWithTimeIsThatSeason() {
        DateMention d = date("summertime");
        assertNotNull(d);
        assertEquals("2026-summer", d.value());
    }
}
