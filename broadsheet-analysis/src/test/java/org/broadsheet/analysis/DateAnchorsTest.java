package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates placed against the article's date (session 17), on invented sentences of an article dated Wednesday 2026-12-23: a
 * year written alone keeps its value whatever the phrase around it ("every year since 2016"); "this" before "last year"
 * is the clause's object, not part of the date; "the end of November" to come in November is this month's end; a month told neither
 * in the past nor the future is the nearest one ("With January around the corner"), a participle after a modal alone
 * ("you may be focused") telling no past.
 */
class DateAnchorsTest {

    private static Analysis analysis;
    private static Analysis november;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The regatta has been the town's biggest event almost every year since 2016.",
                "The harbourmaster wrote a long letter about this last year when the quay flooded.",
                "With January around the corner, you may already be focused on the winter timetable.");
        Analyzer analyzer = new Analyzer();
        analysis = analyzer.analyze(Articles.of(paragraphs, "2026-12-23", "en", List.of(), null), null);
        november = analyzer.analyze(Articles.of(List.of(
                "In Europe, where the order books open from the end of November, the yard will kick things off with a new ferry."),
                "2019-11-19", "en", List.of(), null), null);
    }

    private static String value(String text) {
        return FoundDates.valueOf(analysis, text);
    }

    @Test
    void aYearWrittenAloneIsThatYear() {
        assertEquals("2016", value("2016"));
    }

    @Test
    void thisBeforeLastYearIsNoPartOfTheDate() {
        assertEquals("2025", value("last year"));
    }

    @Test
    void theEndOfTheArticlesMonthToComeIsThisMonth() {
        assertEquals("2019-11-30", november.dates().stream().filter(d -> d.text().equals("the end of November")).findFirst()
                .orElseThrow(() -> new AssertionError(november.dates().toString())).value());
    }

    @Test
    void aMonthOfNoTenseIsTheNearestOne() {
        assertEquals("2027-01", value("January"));
    }
}
