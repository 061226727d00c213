package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compound titles right before a name whose last word the parser reads as an adjective or an adverb, because the words
 * are also verbs and adjectives ("running back", "Wildcats great", "Penguins forward", "All-Pro fullback", "Palestinian official"), on invented sentences built like the sports copy
 * whose roles were missed; and a lone adjective before a name, which is no title.
 */
class CompoundTitleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Okafor threw the ball to running back Ivo Marsh before the whistle.",
                "The record belongs to Wildcats great Sam Oduya, the club said.",
                "She beat the great Maria Lenz in the final and then thanked fellow Yuki Tan.",
                "The city will host the regatta, and the mayor will meet senior Kim Dahl on Friday.",
                "\"He was brilliant tonight,\" said Harbourside forward Teo Lindqvist.",
                "Palestinian official Nabil Hamdan said the talks would resume on Monday.",
                "The club hopes to sign former Ravensby All-Star fullback Joel Okonkwo (his uncle) before May.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
    }

    @Test
    void aTitleWhoseNounTheParserReadAsAnAdverbOrAdjectiveIsARole() {
        assertTrue(roles("Ivo Marsh").contains("running back"), () -> roles("Ivo Marsh").toString());
        assertTrue(roles("Sam Oduya").contains("Wildcats great"), () -> roles("Sam Oduya").toString());
    }

    @Test
    void aRoleNounTheTaggerReadAsAnAdverbAVerbOrAnAdjectiveAfterANationalityIsARole() {
        assertTrue(roles("Teo Lindqvist").stream().anyMatch(r -> r.contains("forward")), () -> roles("Teo Lindqvist").toString());
        assertTrue(roles("Nabil Hamdan").contains("Palestinian official"), () -> roles("Nabil Hamdan").toString());
        assertTrue(roles("Joel Okonkwo").stream().anyMatch(r -> r.contains("All-Star fullback")), () -> roles("Joel Okonkwo").toString());
    }

    @Test
    void aLoneAdjectiveBeforeANameIsNoTitle() {
        assertFalse(roles("Maria Lenz").contains("great"), () -> roles("Maria Lenz").toString());
        assertFalse(roles("Yuki Tan").contains("fellow"), () -> roles("Yuki Tan").toString());
        assertTrue(roles("Kim Dahl").stream().noneMatch(r -> r.contains("senior")), () -> roles("Kim Dahl").toString());
    }
}
