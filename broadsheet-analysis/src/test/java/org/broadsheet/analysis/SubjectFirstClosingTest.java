package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.broadsheet.analysis.Attributions.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An attribution that closes a sentence with its subject first ("..., water board officials said.") attributes the
 * sentence before it (the spec's R1, parenthetical and trailing attributions), also where the parser takes the
 * speaker for an apposition of the statement's last noun. A subject whose verb has an object of its own ("70% of
 * pilots say the same") closes a clause of its own and attributes nothing, and a quotation before the attribution is
 * a quote. Invented paragraphs.
 */
class SubjectFirstClosingTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The Harwick water board replaced most of its mains last year.",
                "Even last February, which was unusually dry, there were 300 burst pipes, water board officials said.",
                "While 40% of skippers admit to fishing at night, 70% of harbour pilots say the same.",
                "\u201CThe harbour has never been busier,\u201D chairman and chief executive Ann Hale said in the annual report.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void officialsAfterTheStatementSpeakForIt() {
        ReportedSpeech pipes = foundStatement(analysis, "burst pipes");
        assertEquals("Even last February, which was unusually dry, there were 300 burst pipes", pipes.content().text());
    }

    @Test
    void aVerbWithItsOwnObjectOrAQuotationBeforeItIsNoClosingAttribution() {
        assertNull(statement(analysis, "fishing at night"), "saying the same closes the pilots' own clause");
        assertNull(statement(analysis, "never been busier"), "a quotation with its speaker is a quote");
    }
}
