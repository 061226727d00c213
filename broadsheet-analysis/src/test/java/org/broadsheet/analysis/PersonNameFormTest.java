package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The form of a person's name, on invented paragraphs: every word capitalized but for particles ("de", "von", "bin");
 * a list item in lower case ("Tai chi") is no person. A name ending in "Team" names a team, not a person.
 */
class PersonNameFormTest {

    private static List<String> people;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "There are many ways to move gently while you meditate.",
                "- Tai chi",
                "- Walking meditation",
                "Final Tips from the Marlow Team",
                "\"Ask about insurance,\" says Dana Holt, the caterer's co-founder.",
                "Alex de Minaur and Fatima bin Rashid met Jakob von Moltke in Caldmoor.");
        Analysis analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
        people = analysis.people().stream().map(Person::name).toList();
    }

    @Test
    void aNameWithALowerCaseWordThatIsNoParticleIsNoPerson() {
        assertFalse(people.contains("Tai chi"), people::toString);
    }

    @Test
    void namesWithParticlesArePeople() {
        assertTrue(people.containsAll(List.of("Alex de Minaur", "Fatima bin Rashid", "Jakob von Moltke", "Dana Holt")),
                people::toString);
    }

    @Test
    void aTeamIsNoPerson() {
        assertFalse(people.contains("Marlow Team"), people::toString);
    }
}
