package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Date values in the spec's conventions (section 9) on invented sentences of an article dated Wednesday
 * 2026-11-18: each year of a range, a fiscal year kept with its word, a season without a year told in the
 * future, a quarter without a year, the lines of a list of dates under a heading that states the year, a full date with stray commas.
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
                "Enrolment at the harbour college runs until Tuesday, January, 6 2027.");
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
}
