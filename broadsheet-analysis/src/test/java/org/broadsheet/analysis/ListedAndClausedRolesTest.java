package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles stated once for several people or wrapped in more than the post, on invented sentences built like the magazine
 * and wire copy whose roles came out missing or overlong: a plural title before two names ("biologists A and B") or a
 * plural post with its remit apposed to them ("analysts on the network, A and B") is each one's, whatever name the
 * parser hung the second on; "one of the pair's alleged associates, X" and "one of Brandt's alleged victims, X" state
 * X's role; a relative clause after the post ("the night watchman who found the body") is no part of the role, but
 * a post it states with "who is" is one more role; a kin noun alone ("The daughter had driven ...") is no role of the
 * person named before it; a dash set off by spaces ends a title.
 */
class ListedAndClausedRolesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Last month in Port Caldmoor Valley, chemists Orla Fenwick and Ilse Marchbank showed up in black gowns to"
                        + " receive the $2 million Harbour Prize, a glitzy award put on by shipping magnates.",
                "CALDMOOR - Both rugby analysts on Harbour Radio, Tomas Greer and Walter Pike are paid to argue about the"
                        + " league every week.",
                "While one of the pair's alleged associates, Anselm Roth, was on parole for fraud, he paid for their trips.",
                "Then one of Brandt's alleged victims, Mirela Osk, wrote a letter to the Caldmoor Gazette.",
                "The reward was offered for Edwin Larch, the night watchman who found the body, and police thanked him.",
                "Dr. Hanna Voss, a former director of the Caldmoor Institute who is now chief executive of Harbour"
                        + " Biologics, said the trial would go ahead.",
                "Officers spoke to Vera Lusk on Tuesday. The daughter had driven to Caldmoor that night, they said.",
                "Many supporters feel it is a habit - Torvald Brun laughed at the idea on Sunday.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
    }

    @Test
    void aPluralTitleBeforeTwoNamesIsEachOnes() {
        assertTrue(roles("Orla Fenwick").stream().anyMatch(r -> r.contains("chemist")), () -> roles("Orla Fenwick").toString());
        assertTrue(roles("Ilse Marchbank").stream().anyMatch(r -> r.contains("chemist")), () -> roles("Ilse Marchbank").toString());
    }

    @Test
    void aPluralPostWithItsRemitApposedToTwoNamesIsEachOnes() {
        assertTrue(roles("Tomas Greer").stream().anyMatch(r -> r.contains("rugby analysts")), () -> roles("Tomas Greer").toString());
        assertTrue(roles("Walter Pike").stream().anyMatch(r -> r.contains("rugby analysts")), () -> roles("Walter Pike").toString());
    }

    @Test
    void oneOfSomeonesAllegedAssociatesIsARole() {
        assertTrue(roles("Anselm Roth").stream().anyMatch(r -> r.contains("alleged associates")), () -> roles("Anselm Roth").toString());
        assertTrue(roles("Mirela Osk").stream().anyMatch(r -> r.contains("alleged victims")), () -> roles("Mirela Osk").toString());
    }

    @Test
    void aRelativeClauseIsNoPartOfTheRole() {
        assertTrue(roles("Edwin Larch").contains("night watchman"), () -> roles("Edwin Larch").toString());
        assertTrue(roles("Edwin Larch").stream().noneMatch(r -> r.contains("found")), () -> roles("Edwin Larch").toString());
    }

    @Test
    void aPostTheCutClauseStatesIsOneMoreRole() {
        assertTrue(roles("Hanna Voss").stream().anyMatch(r -> r.startsWith("former director of the Caldmoor Institute")
                && !r.contains("who")), () -> roles("Hanna Voss").toString());
        assertTrue(roles("Hanna Voss").stream().anyMatch(r -> r.startsWith("chief executive")), () -> roles("Hanna Voss").toString());
    }

    @Test
    void aKinNounAloneIsNoRoleOfThePersonNamedBefore() {
        assertTrue(roles("Vera Lusk").stream().noneMatch(r -> r.contains("daughter")), () -> roles("Vera Lusk").toString());
    }

    @Test
    void aSpacedDashEndsATitle() {
        assertTrue(roles("Torvald Brun").stream().noneMatch(r -> r.contains("habit")), () -> roles("Torvald Brun").toString());
    }
}
