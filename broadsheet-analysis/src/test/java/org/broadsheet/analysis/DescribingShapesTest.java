package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles carried by the construction, whatever the noun: an apposition after or before the name and a predicate noun
 * after a copula state a person's trade even when the trade is a word the role lexicon lacks ("stevedore",
 * "quartermaster", "hopeful"). Invented paragraphs; a noun for a quality or a standing in the same place is no role.
 */
class DescribingShapesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Ravi Tann, a longtime stevedore, spoke first at the harbour meeting.",
                "Kira Voss is the quartermaster of the harbour fleet.",
                "The newest harbour board hopeful, Dana Pruitt, would be stopping by on Tuesday.",
                "Lou Hart is the favourite of the harbour crowd.",
                "Tess Mayo is the difference between the two crews.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return analysis.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow()
                .roles().stream().map(Role::stated).toList();
    }

    @Test
    void anAppositionStatesATradeTheLexiconLacks() {
        assertTrue(roles("Ravi Tann").stream().anyMatch(r -> r.endsWith("stevedore")), () -> roles("Ravi Tann").toString());
        assertTrue(roles("Dana Pruitt").stream().anyMatch(r -> r.endsWith("hopeful")), () -> roles("Dana Pruitt").toString());
    }

    @Test
    void aPredicateNounStatesAPostTheLexiconLacks() {
        assertTrue(roles("Kira Voss").stream().anyMatch(r -> r.startsWith("quartermaster")), () -> roles("Kira Voss").toString());
    }

    @Test
    void aNounForAQualityOrAStandingInTheSamePlaceIsNoRole() {
        assertTrue(roles("Lou Hart").isEmpty(), () -> roles("Lou Hart").toString());
        assertTrue(roles("Tess Mayo").isEmpty(), () -> roles("Tess Mayo").toString());
    }
}
