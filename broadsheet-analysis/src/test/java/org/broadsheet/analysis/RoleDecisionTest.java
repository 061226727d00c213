package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles found by word order with the broad lexicon of role nouns ({@link RoleNouns}) and judged by the role decision
 * ({@link RoleCandidates}), on invented paragraphs built like news sentences the rules alone missed: a lower-case
 * title before a name inside a clause the parser reads otherwise ("what host Tom Reyes described as"), a
 * description that refers back to a person named in the sentence before ("The political counselor", "put the
 * sophomore in ..."), predicates that name no post ("was part of the delegation", "was not a topic"), a title beside
 * a surname two people of the story share, given to neither, an apposition that is one person's and no
 * description of another, and an "as" phrase deeper in the clause of which the person is the subject.
 */
class RoleDecisionTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Van Der Hoek was eliminated in what host Tom Reyes described as the \"hardest verdict so far.\"",
                "State Department official Dara Quill revealed one of those calls to investigators. The political counselor was having lunch with Pell in Kyiv when the call came.",
                "The status of quarterback Ivo Lenz is uncertain after back-to-back sacks put the sophomore in the concussion protocol.",
                "Regulators examined the dealings of Nora and Felix Arden.",
                "Pell said he had never been asked to look into Nora Arden.",
                "\"Minister Arden was not a topic of our talks,\" Pell said. Pell later said the claims against Minister Arden were not credible.",
                "Petra Lindqvist was part of the delegation that met the harbour board on Monday.",
                "The findings were confirmed by biochemist Hanna Ostrowski, who led the work at the Caldmoor Institute.",
                "Rosa Delgado, the hospital's chief pharmacist, said the shortage would last into the spring.",
                "Athletic director Malcolm Ture said Dario Mena has his full support as the Rovers coach and they will work together.",
                "Ilse Brandt left the council in 2019 and has since been working as a consultant for harbour firms.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
    }

    @Test
    void aLowerCaseTitleRightBeforeTheNameIsARole() {
        assertTrue(roles("Tom Reyes").contains("host"), () -> roles("Tom Reyes").toString());
        assertFalse(roles("Tom Reyes").contains("hardest verdict"), () -> roles("Tom Reyes").toString());
    }

    @Test
    void aDescriptionReferringBackToThePersonNamedBeforeIsARole() {
        assertTrue(roles("Dara Quill").contains("political counselor"), () -> roles("Dara Quill").toString());
        assertTrue(roles("Ivo Lenz").contains("sophomore"), () -> roles("Ivo Lenz").toString());
    }

    @Test
    void predicatesThatNameNoPostAreNoRoles() {
        assertTrue(roles("Petra Lindqvist").isEmpty(), () -> roles("Petra Lindqvist").toString());
        assertFalse(roles("Ivo Lenz").contains("status"), () -> roles("Ivo Lenz").toString());
    }

    @Test
    void aTitleBesideASurnameTwoPeopleShareIsGivenToNeither() {
        assertFalse(roles("Felix Arden").contains("Minister"), () -> roles("Felix Arden").toString());
        assertFalse(roles("Felix Arden").contains("not a topic"), () -> roles("Felix Arden").toString());
    }

    @Test
    void anAppositionIsItsPersonsRoleAndNoDescriptionOfAnother() {
        assertTrue(roles("Rosa Delgado").stream().anyMatch(r -> r.endsWith("chief pharmacist")), () -> roles("Rosa Delgado").toString());
        assertTrue(roles("Hanna Ostrowski").equals(List.of("biochemist")), () -> roles("Hanna Ostrowski").toString());
    }

    @Test
    void anAsPhraseDeeperInThePersonsClauseIsARole() {
        assertTrue(roles("Dario Mena").contains("Rovers coach"), () -> roles("Dario Mena").toString());
        assertTrue(roles("Ilse Brandt").contains("consultant"), () -> roles("Ilse Brandt").toString());
    }
}
