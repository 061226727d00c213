package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pronouns the grammar of their clause keeps from a person, and genders a noun gives a name: in "his wife Sasha was
 * giving him his medicine" neither "his" nor "him" is Sasha, and "wife" makes her a woman, so that a later "she says"
 * is hers, not that of a man named in between whose given name tells nothing ("a young man named Morgan Tate"). On
 * paragraphs written to stress it.
 */
class BoundPronounTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The call came while Tobias Wren was in the last weeks of a long illness. When the phone rang, his wife "
                        + "Sasha was giving him his medicine.",
                "It was only days after a young man named Morgan Tate had set fire to a warehouse nearby, and the police "
                        + "were nervous.",
                "Sasha worried that Tobias might fall while the officers searched the house. \u201CI was just terrified "
                        + "that he would be left alone,\u201D she says.",
                "Sasha Wren has not spoken publicly about that night until now.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-05-12", "en", List.of(), null), null);
    }

    @Test
    void theWifeSpeaksNotTheManNamedBetween() {
        assertEquals("Sasha Wren", foundQuote(analysis, "I was just terrified").speaker().name());
    }
}
