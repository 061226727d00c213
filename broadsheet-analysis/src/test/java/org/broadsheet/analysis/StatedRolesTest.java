package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles as a reader finds them stated (the spec's section 7: verbatim, no determiner), on invented paragraphs: a
 * title holding a named body ("Harbour Secretary", "Ambassador to the European Union"), a plural title with its
 * modifier before coordinated names, an apposition the parser reads as a clause ("now a staff scientist at ...").
 */
class StatedRolesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry had met the envoy.",
                "To mark 50 years, founding members Tom Johnston, Michael McDonald and Pat Simmons will reunite for a tour.",
                "Kathleen DelGiorno, now a staff scientist at the Salk Institute, helped to show it.",
                "The witness was Kurt Volker, the former special envoy to Ukraine.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        Person p = analysis.people().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        assertNotNull(p, () -> name + " not among " + analysis.people());
        return p.roles().stream().map(Role::stated).toList();
    }

    @Test
    void aTitleKeepsTheBodyItNames() {
        assertTrue(roles("Rick Perry").contains("Energy Secretary"), () -> roles("Rick Perry").toString());
        assertTrue(roles("Gordon Sondland").contains("U.S. Ambassador to the European Union"), () -> roles("Gordon Sondland").toString());
    }

    @Test
    void aPluralTitleWithItsModifierIsEachNamesRole() {
        for (String name : List.of("Tom Johnston", "Michael McDonald", "Pat Simmons")) {
            assertTrue(roles(name).contains("founding members"), () -> name + " " + roles(name));
        }
    }

    @Test
    void appositionsAreStatedWithoutArticleOrTime() {
        assertTrue(roles("Kathleen DelGiorno").contains("staff scientist at the Salk Institute"), () -> roles("Kathleen DelGiorno").toString());
        assertTrue(roles("Kurt Volker").contains("former special envoy to Ukraine"), () -> roles("Kurt Volker").toString());
    }
}
