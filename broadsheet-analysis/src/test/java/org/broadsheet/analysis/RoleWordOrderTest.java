package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles stated by word order where the parser hangs the name elsewhere, on invented paragraphs built like the news
 * sentences whose roles were missed on articles the rules were not written from (fresh5, session 15): a post set
 * before an apposed name ("Senator representing X, Name,", "brother of heir to the throne, Name,"), a second post
 * coordinated with an apposition (", and the lead author on ..."), a plural post before coordinated names, the rank a
 * name opens with, an abbreviated post joined to a name, a "who heads ..." clause, a role noun "like" names an example
 * of, a description that refers back to the subject before rather than to a name in its apposition; and what is no
 * such post.
 */
class RoleWordOrderTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Councillor representing Port Ellery, Ansel Varga, opened the hearing on the deaths of former"
                        + " Harbour Board Chairman, Orla Fenwick and trustee, Dermot Quill.",
                "Prince Edmund, the younger brother of heir to the Veskarian throne, Stefan, has told friends that the"
                        + " interview was a success.",
                "In it, the retired admiral denied every claim.",
                "The film ends with a cameo from a genre-bending superstar like Ilsa Moreau. Educators like Rosa Quint"
                        + " say the film helps.",
                "The findings matter, said Mirela Santos, an associate professor of economics at Caldmoor University, and"
                        + " the lead author on the harbour study.",
                "Her co-writers Lena Holt and Maeve Ryan joined the session in March.",
                "In a 2024 meta-analysis, Kraft and researchers Beth Schueler and Grace Falken examined 265 trials of"
                        + " tutoring.",
                "His mother, Queen Margaret, was said to disapprove of the idea.",
                "\"We build slowly,\" said Nadia Orr, CPO, Harbourline.",
                "Tariffs have helped the port, said Owen Marsh, who heads the Coalition for Harbour Jobs, a group that"
                        + " backs them.",
                "After meeting the mayor, Tomas Reid said the plans would go ahead.",
                "Along with other plumbers and heating engineers, Pavel Kos is training to teach.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
    }

    private static boolean has(String name, String words) {
        return roles(name).stream().anyMatch(r -> r.contains(words));
    }

    @Test
    void aPostSetBeforeAnApposedNameIsItsRole() {
        assertTrue(has("Ansel Varga", "Councillor representing Port Ellery"), () -> roles("Ansel Varga").toString());
        assertTrue(has("Orla Fenwick", "Harbour Board Chairman"), () -> roles("Orla Fenwick").toString());
        assertTrue(roles("Dermot Quill").contains("trustee"), () -> roles("Dermot Quill").toString());
        assertTrue(has("Stefan", "heir to the Veskarian throne"), () -> roles("Stefan").toString());
    }

    @Test
    void aDescriptionAsSubjectRefersBackToTheSubjectBeforeNotToANameInItsApposition() {
        assertTrue(has("Prince Edmund", "retired admiral"), () -> roles("Prince Edmund").toString());
        assertFalse(has("Stefan", "admiral"), () -> roles("Stefan").toString());
    }

    @Test
    void aRoleNounThatLikeNamesAnExampleOfIsARoleInTheSingular() {
        assertTrue(has("Ilsa Moreau", "superstar"), () -> roles("Ilsa Moreau").toString());
        assertTrue(roles("Rosa Quint").contains("educator"), () -> roles("Rosa Quint").toString());
    }

    @Test
    void aSecondPostCoordinatedWithAnAppositionIsARole() {
        assertTrue(has("Mirela Santos", "lead author on the harbour study"), () -> roles("Mirela Santos").toString());
    }

    @Test
    void aPluralPostBeforeCoordinatedNamesIsEachOnes() {
        assertTrue(has("Maeve Ryan", "co-writers"), () -> roles("Maeve Ryan").toString());
    }

    @Test
    void aFirstNameListedWithAPersonIsAPersonWithThePluralPostAsPrinted() {
        assertTrue(roles("Grace Falken").contains("researchers"), () -> roles("Grace Falken").toString());
    }

    @Test
    void theRankANameOpensWithAndAnAbbreviatedPostAreRoles() {
        assertTrue(roles("Queen Margaret").contains("Queen"), () -> roles("Queen Margaret").toString());
        assertTrue(roles("Nadia Orr").contains("CPO"), () -> roles("Nadia Orr").toString());
    }

    @Test
    void aWhoHeadsClauseStatesAPost() {
        assertTrue(has("Owen Marsh", "heads the Coalition for Harbour Jobs"), () -> roles("Owen Marsh").toString());
    }

    @Test
    void anObjectOrAPluralBeforeTheCommaIsNoPostOfTheName() {
        assertFalse(has("Tomas Reid", "mayor"), () -> roles("Tomas Reid").toString());
        assertFalse(has("Pavel Kos", "engineers"), () -> roles("Pavel Kos").toString());
    }
}
