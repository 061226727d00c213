package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates whose year or side the words settle: a quarter or a part of a month with its year written after it ("Q1 2026",
 * "mid-December 2025"), a calendar year ("CY 2026"), "next November" and "last spring" told from the article's month,
 * "a year and a half ago", a weekday after "should" or "may" (still to come), a plan told in the past ("was due to be launched in
 * September": past, as the spec's "was due to open the bridge on Sunday"), "report to" a place (going, not telling). Invented sentences of an article
 * dated Wednesday 2027-06-09.
 */
class DateFormsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Harbour Lines said its ferry traffic fell sharply in Q1 2026, after the storms of mid-December 2025 closed the quay.",
                "Freight through the port grew by 12% between CY 2025 and CY 2026, the harbour board said.",
                "The board plans to reopen the old terminal next November, its chairman said.",
                "Work on the breakwater stopped last spring when the contractor went bust.",
                "The second berth opened a year and a half ago and has been busy ever since.",
                "Forecasters said the gales should ease by Friday morning, letting the ferries sail again.",
                "The new ferry was due to be launched in September, but the yard's collapse held it up.",
                "The harbour board halted the dredging, scheduled for June 1, because of the gales.",
                "The new deckhands report to the shipyard on Saturday.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-06-09", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void aQuarterOrAPartOfAMonthTakesTheYearWrittenAfterIt() {
        assertEquals("2026-Q1", value("Q1 2026"), analysis.dates().toString());
        assertEquals("2025-12", value("mid-December 2025"), analysis.dates().toString());
    }

    @Test
    void aCalendarYearIsThatYear() {
        assertEquals("2025", value("CY 2025"), analysis.dates().toString());
    }

    @Test
    void nextAndLastAreToldFromTheArticlesMonth() {
        assertEquals("2027-11", value("next November"), analysis.dates().toString());
        assertEquals("2027-spring", value("last spring"), analysis.dates().toString());
    }

    @Test
    void aYearAndAHalfAgoIsEighteenMonthsBack() {
        assertEquals("2025-12", value("a year and a half ago"), analysis.dates().toString());
    }

    @Test
    void aPlanToldInThePastIsPast() {
        assertEquals("2026-09", value("September"), analysis.dates().toString());
        assertEquals("2027-06-01", value("June 1"), analysis.dates().toString());
    }

    @Test
    void reportingToAPlaceIsToCome() {
        assertEquals("2027-06-12", value("Saturday"), analysis.dates().toString());
    }

    @Test
    void aWeekdayAfterShouldIsStillToCome() {
        assertEquals("2027-06-11", value("Friday morning"), analysis.dates().toString());
    }
}
