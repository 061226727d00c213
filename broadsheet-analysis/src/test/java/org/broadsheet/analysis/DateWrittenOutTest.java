package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates whose words settle what the tagger and the tense would guess (session 30): a relative day glossed in brackets
 * ("Friday (June 18)", "today (June 8)") is the glossed day; a month "of last year" or "of this year" is that year's;
 * each month of a range written with its years ("the December 2007-June 2009 recession") is that month of that year.
 * A lowercase "march" that is a noun ("the march ended at the gates") is no month. Invented sentences of an article
 * dated Wednesday 2027-06-09.
 */
class DateWrittenOutTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The county fair opens on Friday (June 18) with a parade of tractors down Main Street.",
                "The survey, which was published today (June 8) in a fisheries journal, counted the boats of the bay.",
                "The boatyard won its first navy contract in May of last year, its owner said.",
                "In April of this year, the yard laid the keel of a second trawler.",
                "Shipbuilding jobs in the county fell by a third during the December 2007-June 2009 recession.",
                "The march, organised by the welders' union, ended at the harbour gates.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-06-09", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void aDayGlossedInBracketsIsTheGlossedDay() {
        assertEquals("2027-06-18", value("Friday"), analysis.dates().toString());
        assertEquals("2027-06-08", value("today"), analysis.dates().toString());
    }

    @Test
    void aMonthOfLastOrThisYearIsThatYears() {
        assertEquals("2026-05", value("May of last year"), analysis.dates().toString());
        assertEquals("2027-04", value("April of this year"), analysis.dates().toString());
    }

    @Test
    void eachMonthOfARangeKeepsItsYear() {
        assertEquals("2007-12", value("December 2007"), analysis.dates().toString());
        assertEquals("2009-06", value("June 2009"), analysis.dates().toString());
    }

    @Test
    void aMarchOfPeopleIsNoMonth() {
        assertTrue(analysis.dates().stream().noneMatch(d -> d.text().equals("march")), analysis.dates().toString());
    }
}
