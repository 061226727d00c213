package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles as a reader finds them stated (the spec's section 7: verbatim, no determiner), on invented paragraphs: a
 * title holding a named body ("Harbour Secretary", "Ambassador to the European Union"), a plural title with its
 * modifier before coordinated names, an apposition the parser reads as a clause ("now a staff scientist at ..."), a
 * relative clause with a predicate noun ("who is now an immunologist at ..."), posts listed before a title, a post's
 * "of" phrase before an apposed name, a post set off by dashes.
 */
class StatedRolesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry had met the envoy.",
                "To mark 50 years, founding members Tom Johnston, Michael McDonald and Pat Simmons will reunite for a tour.",
                "Kathleen DelGiorno, now a staff scientist at the Salk Institute, helped to show it.",
                "The witness was Kurt Volker, the former special envoy to Ukraine.",
                "The ruling was welcomed by Aileen Marsh, who is now a senior lecturer in law at Dunmore University.",
                "\u201CThe quarter was hard,\u201D chairman, CEO and president Rowan Tesk said on Monday.",
                "\u201CThe evidence is weak,\u201D Norway\u2019s deputy director of public prosecutions, Ingrid Solvang, said on Tuesday.",
                "Liu Fang \u2014 project manager for the harbour plan and press director of Portline \u2014 denied the report on Friday.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
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
    void aRelativeClauseWithAPredicateNounStatesARole() {
        assertTrue(roles("Aileen Marsh").contains("senior lecturer in law at Dunmore University"), () -> roles("Aileen Marsh").toString());
    }

    @Test
    void postsListedBeforeATitleAreEachARole() {
        for (String post : List.of("chairman", "CEO", "president")) {
            assertTrue(roles("Rowan Tesk").contains(post), () -> post + " " + roles("Rowan Tesk"));
        }
    }

    @Test
    void aPostBeforeAnApposedNameKeepsItsOfPhrase() {
        assertTrue(roles("Ingrid Solvang").stream().anyMatch(r -> r.endsWith("deputy director of public prosecutions")),
                () -> roles("Ingrid Solvang").toString());
    }

    @Test
    void aPostSetOffByDashesAfterTheNameIsARole() {
        assertTrue(roles("Liu Fang").stream().anyMatch(r -> r.startsWith("project manager for the harbour plan")),
                () -> roles("Liu Fang").toString());
    }

    @Test
    void appositionsAreStatedWithoutArticleOrTime() {
        assertTrue(roles("Kathleen DelGiorno").contains("staff scientist at the Salk Institute"), () -> roles("Kathleen DelGiorno").toString());
        assertTrue(roles("Kurt Volker").contains("former special envoy to Ukraine"), () -> roles("Kurt Volker").toString());
    }
}
