package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Win-loss records are no figures (the guideline), while match scores stay two counts: a record in parentheses after a
 * name, near the word "record", after "going" and before a run of games is left out; "beat the Rovers 3-1" and "a
 * record 8-2 win" are kept.
 * Invented sentences.
 */
class WinLossRecordsTest {

    private static FoundFigures found;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Harbour City Gulls (17-12, 14-11) host the Millbrook Otters (13-16, 10-15) on Saturday night.",
                "The Otters finished last season with the worst record in the conference at 19-63.",
                "After going 22-5 with a 2.87 ERA, the left-hander was named the league's best pitcher.",
                "The Gulls have lost momentum during a 24-29 stretch that followed a 26-0 start.",
                "Okafor (31-33 pro, 32-34 league) meets Lindqvist in the main event on Friday.",
                "The Gulls beat the Rovers 3-1 on Tuesday to go top of the table.",
                "Their record 8-2 win over Eastfield came in March.");
        found = new FoundFigures(new Analyzer().analyze(Articles.of(paragraphs, "2027-05-14", "en", List.of(), null), null));
    }

    @Test
    void recordsAreNoFigures() {
        for (String side : List.of("17", "12", "14", "11", "13", "16", "10", "15", "19", "63", "22", "5", "24", "29",
                "26", "0", "31", "33", "32", "34")) {
            assertTrue(found.none(side), () -> side + " in " + found.analysis().figures());
        }
    }

    @Test
    void aMatchScoreStaysTwoCounts() {
        assertEquals(3, found.figure("3").value());
        assertEquals(1, found.figure("1").value());
    }

    @Test
    void aRecordWinIsAScore() {
        assertEquals(8, found.figure("8").value());
        assertEquals(2, found.figure("2").value());
    }
}
