package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names of several words the tagger takes for people, on invented paragraphs, that the text treats as something else:
 * companies listed with companies, a firm after the noun "firm" or apposed to "a software company", a publisher followed by "which", a person's name
 * opening the name of an award. People beside them stay people.
 */
class ThingsNamedLikePeopleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The only other bidder is the consortium led by Northwind Aerospace that includes Brenner, Holt Carver,"
                        + " and Redfield Dynamics.",
                "Tom Pellow has been an analyst for consulting firm Oliver Penrose for two years.",
                "Nadia Frey, a software company, released the app on Monday.",
                "Wendle had won the Arthur P. Quillon Award twice before he turned forty.",
                "Instead, Martin Hale, which had been acquired by a larger house, published the novel in 1992.",
                "The round was backed by Sequoia, Accel and Peter Thiel, said Maria Ostrander.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static boolean person(String name) {
        return analysis.people().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void companiesListedWithCompaniesAreNoPeople() {
        for (String company : List.of("Brenner", "Holt Carver")) {
            assertFalse(person(company), () -> company + " in " + analysis.people());
        }
    }

    @Test
    void aNameAfterOrApposedToANounForAFirmIsNoPerson() {
        assertFalse(person("Oliver Penrose"), () -> analysis.people().toString());
        assertFalse(person("Nadia Frey"), () -> analysis.people().toString());
        assertTrue(person("Tom Pellow"), () -> analysis.people().toString());
    }

    @Test
    void theNameOfAnAwardNamesNoOne() {
        assertFalse(person("Arthur P. Quillon"), () -> analysis.people().toString());
    }

    @Test
    void aNameFollowedByWhichIsNoPerson() {
        assertFalse(person("Martin Hale"), () -> analysis.people().toString());
    }

    @Test
    void peopleListedWithCompaniesStayPeople() {
        for (String name : List.of("Peter Thiel", "Maria Ostrander")) {
            assertTrue(person(name), () -> name + " not in " + analysis.people());
        }
    }
}
