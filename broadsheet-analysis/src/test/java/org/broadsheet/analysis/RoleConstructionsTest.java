package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles stated by constructions beyond titles and plain appositions (the spec's section 7), on invented paragraphs
 * built like the news sentences the parser misreads: a "who is/was" clause and an apposition in a long sentence,
 * "has been named" and "remains" with a post, "one of the study authors, X", and examples after "such as".
 */
class RoleConstructionsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Councillors also questioned Pell about his closed-door testimony, in which he raised questions about the judgment of another witness, Ruth Calloway, who is the Harbour Board Ferry Safety expert.",
                "In a March 3 letter to Mara Quint, who was the acting director of the Caldmoor Port Authority and Tobias Venn, the Fisheries and Ports secretary, said they would send 40 inspectors to the quay.",
                "Quint resigned and Ilsa Morrow has been named new Port Authority acting secretary.",
                "That sale closed in June; Ferris Oakley remains a major shareholder of the Gazette, with 24% of the company.",
                "His doctor sought out advice from one of the study authors, Owen Brackley, a chest doctor at the Caldmoor Infirmary.",
                "Let us hope we see more of the port's friends \u2014 from politicians such as Ada Fenwick and Mayor Rudd to media figures such as Lena Fosse, Paul Grier, and Tom Hale \u2014 questioned about it.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        Person p = analysis.people().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        assertNotNull(p, () -> name + " not among " + analysis.people());
        return p.roles().stream().map(Role::stated).toList();
    }

    @Test
    void aWhoIsClauseTheParserHungElsewhereStatesARole() {
        assertTrue(roles("Ruth Calloway").contains("Harbour Board Ferry Safety expert"), () -> roles("Ruth Calloway").toString());
        assertTrue(roles("Mara Quint").contains("acting director of the Caldmoor Port Authority"), () -> roles("Mara Quint").toString());
    }

    @Test
    void anAppositionTheParserHungElsewhereStatesARole() {
        assertTrue(roles("Tobias Venn").contains("Fisheries and Ports secretary"), () -> roles("Tobias Venn").toString());
    }

    @Test
    void thePostAPersonIsNamedToOrRemainsIsARole() {
        assertTrue(roles("Ilsa Morrow").stream().anyMatch(r -> r.endsWith("acting secretary")), () -> roles("Ilsa Morrow").toString());
        assertTrue(roles("Ferris Oakley").stream().anyMatch(r -> r.startsWith("major shareholder")), () -> roles("Ferris Oakley").toString());
    }

    @Test
    void oneOfAPluralBeforeTheNameIsARole() {
        assertTrue(roles("Owen Brackley").contains("one of the study authors"), () -> roles("Owen Brackley").toString());
    }

    @Test
    void examplesAfterSuchAsTakeThePluralAsTheirRole() {
        assertTrue(roles("Ada Fenwick").contains("politicians"), () -> roles("Ada Fenwick").toString());
        for (String name : List.of("Lena Fosse", "Paul Grier")) {
            assertTrue(roles(name).contains("media figures"), () -> name + " " + roles(name));
        }
    }
}
