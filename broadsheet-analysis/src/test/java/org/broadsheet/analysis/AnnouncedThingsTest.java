package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What is announced or highlighted as a noun phrase is an act or a topic, not a statement (the spec's R2: "announced two
 * resignations"), also when participles stand inside the phrase ("its long-delayed ferry terminal", "the growing
 * popularity"); a clause announced stays a statement, and so does a point set out after a colon ("highlighted a new
 * issue: ..."). Invented paragraphs.
 */
class AnnouncedThingsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Earlier this month, Fenwick Marine announced the newest milestone in the development of its long-awaited (and long-delayed) ferry terminal.",
                "The Pilots' Guild highlighted the growing popularity of night crossings among students.",
                "Fenwick Marine announced that the new ferry would sail in May.",
                "The pilots highlighted a new issue: most night crossings use the old channel markers.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void aNounPhraseAnnouncedIsNoStatement() {
        assertNull(statement(analysis, "the newest milestone in the development"));
        assertNull(statement(analysis, "the growing popularity of night crossings"));
    }

    @Test
    void aClauseAnnouncedStays() {
        assertEquals("Fenwick Marine", foundStatement(analysis, "the new ferry would sail in May").speaker().name());
        foundStatement(analysis, "most night crossings use the old channel markers");
    }
}
