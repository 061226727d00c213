package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A saying participle set off by a comma after a statement ("said the route would reopen in May, warning that repairs
 * could run over budget") is the speaker's next act, a statement of its own: the first statement ends before it (the
 * spec's R3, separate cues, separate items). A participle that says nothing ("giving the employer a week") and one
 * with a subject of its own ("with landlords saying ...") stay where they are. Invented paragraphs.
 */
class SayingParticipleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The ferry company said the route would reopen in May, warning that repairs could run over budget.",
                "Dr Ellen Park said the clinic had treated 40 patients, adding that none had been admitted to hospital.",
                "Harbour master Tom Reyes told the board the channel was silting up, arguing that dredging could not wait"
                        + " another year.",
                "The union announced it would strike on Monday, giving the employer a week to respond.",
                "The mayor said residents were leaving the old town, with landlords saying rents had doubled.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-02", "en", List.of(), null), null);
    }

    @Test
    void aStatementEndsBeforeTheSpeakersNextAct() {
        assertEquals("the route would reopen in May", foundStatement(analysis, "the route would reopen").content().text());
        assertEquals("the clinic had treated 40 patients", foundStatement(analysis, "the clinic had treated").content().text());
        assertEquals("the channel was silting up", foundStatement(analysis, "the channel was silting").content().text());
    }

    @Test
    void theParticiplesStatementIsFoundOnItsOwn() {
        assertEquals("warning", foundStatement(analysis, "repairs could run over budget").cue());
        ReportedSpeech argued = foundStatement(analysis, "dredging could not wait another year");
        assertEquals("arguing", argued.cue());
        assertEquals("Tom Reyes", argued.speaker().name());
    }

    @Test
    void aParticipleThatSaysNothingOrHasItsOwnSubjectStays() {
        assertEquals("it would strike on Monday, giving the employer a week to respond",
                foundStatement(analysis, "it would strike on Monday").content().text());
        assertEquals("residents were leaving the old town, with landlords saying rents had doubled",
                foundStatement(analysis, "residents were leaving").content().text());
    }
}
