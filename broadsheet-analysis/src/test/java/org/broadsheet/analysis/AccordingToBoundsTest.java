package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a statement attributed by "according to X" ends (the spec's R3: the reported clause as written): a clause set
 * against it by "but", "though" or "although" on the far side of the attribution is the writer's, and a description
 * of the source after it ("according to Jane Doyle, an economist at ...") is no part of the statement. A clause that
 * goes on after the attribution, or follows a sentence-opening "But", still is. When the attribution hangs on a finite
 * clause of its own, joined to an earlier clause ("... and, according to X, there still needs to be ...", "...; the
 * earlier storm sank ..., according to X") or after a contrasting "While ..." clause opening the sentence, the
 * statement is that clause alone. Invented paragraphs.
 */
class AccordingToBoundsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The ferry was late on most winter mornings, but according to passenger surveys, the new timetable has fixed that.",
                "The crossing is cheaper than its rivals, according to the regulator Ofcom, though fares rose twice last year.",
                "The harvest forecast holds for now, according to Jane Doyle, an economist at Lloyds Bank, which lends to most of the region's farmers.",
                "The mill, according to the town council, will close in May.",
                "But according to several dockers, also at issue was the overtime rate.",
                "The ferry was cancelled twice in March and, according to the harbour board, there still needs to be a safety inspection.",
                "It was the second storm to close the harbour this winter; the earlier storm on January 9 sank two trawlers, according to the coastguard.",
                "While the Kell family has found buyers in the south, prices there were far lower, according to the auctioneer.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aClauseBeforeButIsTheWritersNotTheSources() {
        assertEquals("the new timetable has fixed that", foundStatement(analysis, "timetable").content().text());
    }

    @Test
    void aConcessionAfterTheAttributionIsTheWriters() {
        assertEquals("The crossing is cheaper than its rivals", foundStatement(analysis, "crossing").content().text());
    }

    @Test
    void aDescriptionOfTheSourceIsNoPartOfTheStatement() {
        ReportedSpeech r = foundStatement(analysis, "harvest forecast");
        assertEquals("The harvest forecast holds for now", r.content().text());
        assertEquals("Jane Doyle", r.speaker().name());
    }

    @Test
    void aClauseGoingOnAfterTheAttributionStaysInTheStatement() {
        assertEquals("The mill, according to the town council, will close in May",
                foundStatement(analysis, "mill").content().text());
        assertEquals("also at issue was the overtime rate", foundStatement(analysis, "overtime").content().text());
    }

    @Test
    void aClauseJoinedAfterAnEarlierOneIsTheStatementAlone() {
        assertEquals("there still needs to be a safety inspection", foundStatement(analysis, "safety inspection").content().text());
        assertEquals("the earlier storm on January 9 sank two trawlers", foundStatement(analysis, "trawlers").content().text());
    }

    @Test
    void aContrastingClauseOpeningTheSentenceIsTheWriters() {
        assertEquals("prices there were far lower", foundStatement(analysis, "far lower").content().text());
    }
}
