package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates told from the story rather than from the article's date (session 18), on invented sentences of an article dated
 * Wednesday 2026-12-23: "The day before", "Two months later", "earlier in the week" are told from the latest date stated
 * before them, however many sentences back; a date that modifies a noun ("Monday night's defeat", "the mayor's July 25
 * call", "the testimony Tuesday") tells when that event was, which a present or an infinitive verb does not move ahead;
 * "a year ago" keeps the article's month; each weekday of a range is a date; a date the tagger joins to a description after
 * a comma is the date alone; "on the day" is no date; a bare participle completing another verb ("wants the slipway finished by
 * March") tells no past, the verb it completes does.
 */
class DateStoryTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "On March 3, 2011, the ferry Gannet left Port Ellery with forty passengers.",
                "The crew sang all night on the open deck.",
                "Nobody aboard noticed the weather turning.",
                "Two months later, the Gannet sank off the point.",
                "The salvage firm moved its office in October of 2011.",
                "Then, a couple of months later, the firm's owner sold the wreck.",
                "On Monday, the quay at Port Ellery reopened.",
                "Crowds filled the square, while a brass band played on the steps.",
                "The day before, the harbour council voted to rename the quay.",
                "On Friday, the rowing club signed a new coach.",
                "And earlier in the week, the club sold its oldest boat.",
                "The coach recognizes that the club's hopes are slim after Monday night's defeat.",
                "The inquiry is likely to ask about the mayor's July 25 call to the harbourmaster.",
                "The hearing follows the testimony Tuesday of three port officials.",
                "The Gannet's sister ship was sold nearly a year ago.",
                "The council's vote will be moved from Tuesday to Friday, when the mayor will attend.",
                "In a letter sent November 5, the day the bids were due, the firm said it had applied.",
                "Shares in the ferry company fell 2 percent on the day.",
                "Skippers are under pressure to get their boats repainted in time for New Year's Day.",
                "The council wants the slipway finished by March.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-12-23", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void laterIsToldFromTheLastDateStatedHoweverFarBack() {
        assertTrue(value("Two months later").startsWith("2011-05"), analysis.dates().toString());
        assertTrue(value("a couple of months later").startsWith("2011-12"), analysis.dates().toString());
    }

    @Test
    void theDayBeforeIsToldFromTheDateTwoSentencesBack() {
        assertEquals("2026-12-20", value("The day before"));
    }

    @Test
    void earlierInTheWeekIsTheWeekOfTheDateBefore() {
        assertEquals("2026-W51", value("earlier in the week"));
    }

    @Test
    void aDateModifyingANounIsNotMovedAheadByThePresent() {
        assertEquals("2026-12-21", value("Monday night's"));
        assertEquals("2026-07-25", value("July 25"));
        assertEquals("2026-12-22", analysis.dates().stream().filter(d -> d.text().equals("Tuesday"))
                .findFirst().orElseThrow().value());
    }

    @Test
    void yearsAgoKeepTheArticlesMonth() {
        assertEquals("2025-12", value("nearly a year ago"));
    }

    @Test
    void eachWeekdayOfARangeIsADate() {
        assertTrue(analysis.dates().stream().anyMatch(d -> d.text().equals("Tuesday") && d.value().equals("2026-12-29")),
                analysis.dates().toString());
        assertTrue(analysis.dates().stream().anyMatch(d -> d.text().equals("Friday") && d.value().equals("2026-12-25")),
                analysis.dates().toString());
    }

    @Test
    void aDateJoinedToItsDescriptionIsTheDateAlone() {
        assertEquals("2026-11-05", value("November 5"));
    }

    @Test
    void aBareParticipleTakesTheTenseOfTheVerbItCompletes() {
        assertEquals("2027-03", value("March"));
        assertTrue(analysis.dates().stream().anyMatch(d -> d.text().contains("New Year") && d.value().equals("2027-01-01")),
                analysis.dates().toString());
    }

    @Test
    void onTheDayIsNoDate() {
        assertTrue(analysis.dates().stream().noneMatch(d -> d.text().equalsIgnoreCase("the day")), analysis.dates().toString());
    }
}
