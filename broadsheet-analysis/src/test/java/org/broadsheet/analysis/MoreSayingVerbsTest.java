package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verbs of communication that report a clause and were on no list (session 17, a kind of fresh6/fresh7's misses):
 * "shared that", "flagged that", "volunteered that", "bemoans that", "relates that" (the spec's R1); the ones that as
 * often take a thing for object report nothing with one ("shared her lunch", "shares the formula he used ...").
 * Invented paragraphs.
 */
class MoreSayingVerbsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "In its yearly report, Fenwick Ferries shared that bookings had doubled since 2025.",
                "The auditors also flagged that two of the pier's cranes lacked safety certificates.",
                "However, the owners volunteered that they had written to the council three times.",
                "Pell still bemoans that the harbour museum was never rebuilt.",
                "Quarry relates that only two boatmen in the town could mend a sail properly.",
                "Sabatier shares the formula he used to calculate his target number.",
                "Ada shared her lunch with the crew, who had been at sea since dawn.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void theseVerbsReportTheirClause() {
        assertEquals("Fenwick Ferries", foundStatement(analysis, "bookings had doubled").speaker().name());
        assertEquals("two of the pier's cranes lacked safety certificates",
                foundStatement(analysis, "cranes lacked").content().text());
        foundStatement(analysis, "they had written to the council");
        assertEquals("Pell", foundStatement(analysis, "museum was never rebuilt").speaker().name());
        foundStatement(analysis, "only two boatmen in the town");
    }

    @Test
    void aThingSharedIsNoStatement() {
        assertNull(statement(analysis, "he used to calculate"));
        assertNull(statement(analysis, "had been at sea"));
    }
}
