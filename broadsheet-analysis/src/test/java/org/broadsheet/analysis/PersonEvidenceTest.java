package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One-word names the tagger takes for people, on invented paragraphs: an app, a data provider, counties in a list, a
 * pet and a drug maker are no people (the spec: "Not persons: storms, horses, trees, show titles"); a one-word name
 * that is titled, speaks, has an age, a lawyer, an administration or a given name stays a person. A name in capitals
 * heading a transcript's turn, or a surname in another transliteration, is the person of that name.
 */
class PersonEvidenceTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Helen Quell runs the harbour cafe. I also use Tasklyn as a tool for knocking out smaller items on the"
                        + " to-do list, she said.",
                "This graphic, provided by Statwell, shows the towns where the ferry levy has been introduced.",
                "The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties.",
                "The Port Ellery Animal Shelter announced this week that Sasha the black cat was found wandering the"
                        + " streets.",
                "The company pointed employees to the growth of Lilly's consumer offerings.",
                "Chairman Varga opened the hearing, and the Fenwick administration backed it.",
                "Holloway, 37, was arrested on Monday. Epstein's lawyer declined to comment.",
                "\"The levy stays,\" Ostrander said. His wife, Kimberly, agreed.",
                "The Port Ellery Newsroom's Sergio Martínez-Beltrán explains.",
                "SERGIO MARTINEZ-BELTRAN, BYLINE: It's a Saturday afternoon in Port Ellery, and hundreds are gathering.",
                "ROSIE CURTS: If the levy passes, it would obviously take money away from our schools.",
                "Rosie Curts teaches third grade at the harbour school.",
                "Veskarian President Dmytro Kovalenskiy met the envoy on Monday.",
                "\"President Kovalenskyy will sign it,\" the envoy told reporters.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static boolean person(String name) {
        return analysis.people().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void oneWordNamesTheTextNeverTreatsAsAPersonAreNoPeople() {
        for (String thing : List.of("Tasklyn", "Statwell", "Calhoun", "Cass", "Sasha", "Lilly")) {
            assertFalse(person(thing), () -> thing + " in " + analysis.people());
        }
    }

    @Test
    void aNameInCapitalsOrInAnotherTransliterationIsThePersonOfThatName() {
        List<String> names = analysis.people().stream().map(Person::name).toList();
        assertTrue(names.contains("Sergio Martínez-Beltrán") && names.contains("Rosie Curts"), names::toString);
        assertTrue(names.contains("Dmytro Kovalenskiy"), names::toString);
        for (String other : List.of("SERGIO MARTINEZ-BELTRAN", "ROSIE CURTS", "BYLINE", "Kovalenskyy")) {
            assertFalse(names.contains(other), names::toString);
        }
    }

    @Test
    void oneWordNamesATitleAnAgeSpeechOrKinShowAsAPersonStay() {
        for (String name : List.of("Helen Quell", "Varga", "Fenwick", "Holloway", "Epstein", "Ostrander", "Kimberly")) {
            assertTrue(person(name), () -> name + " not in " + analysis.people());
        }
    }
}
