package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles stated in forms of health, science and trade writing, on invented paragraphs: letters of degrees and
 * certifications after the name ("X, R.N.,", "X, MD, MSc, ..."), a plural post whose members are listed ("Study
 * co-authors include A, B and C"), a post in a verbless "while" clause, an apposition after an aside in parentheses
 * ("Rep. X (R-AL), ranking member of ..."), "X, one of his editors at ...", and one person written with a middle
 * initial and with the middle name in full.
 */
class PostNominalRolesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "\"The port will grow,\" says Jane Holt, R.N., a nurse at Caldmoor Hospital.",
                "\"The clinic will close,\" says Ines Duarte, MD, head of the Caldmoor clinic.",
                "\"Breathe slowly,\" says yoga teacher Ada Quist, E-RYT 500.",
                "Study co-authors include Rosa Lindqvist, Pavel Orlik and Ella Marsh of Saltmarsh University.",
                "Lena Voss wrote the report while a visiting fellow at Saltmarsh University.",
                "The novel was written by the late crime author Peter J. Lamb. Peter James Lamb was born in Caldmoor.",
                "Carl Benning Jr., a plumber, fixed the pipe.",
                "At a hearing last month of the House subcommittee that funds NASA, Rep. Tom Vale (R-AL), ranking member of"
                        + " the subcommittee, pushed for greater use of the rocket.",
                "At the meeting of the board that runs the harbour, Jane Ferris (42), chair of the board, pushed for a new pier.",
                "\"Every book had a puzzle,\" said Nora Pell, one of his editors at Harbour Press.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
    }

    @Test
    void lettersOfADegreeAfterTheNameAreARole() {
        assertTrue(roles("Jane Holt").contains("R.N."), () -> roles("Jane Holt").toString());
        assertTrue(roles("Ines Duarte").contains("MD"), () -> roles("Ines Duarte").toString());
        assertTrue(roles("Ines Duarte").contains("head of the Caldmoor clinic"), () -> roles("Ines Duarte").toString());
        assertTrue(roles("Ada Quist").contains("E-RYT 500"), () -> roles("Ada Quist").toString());
    }

    @Test
    void anAsideInParenthesesDoesNotHideTheApposition() {
        assertTrue(roles("Tom Vale").contains("ranking member of the subcommittee"), () -> roles("Tom Vale").toString());
        assertTrue(roles("Jane Ferris").contains("chair of the board"), () -> roles("Jane Ferris").toString());
        assertFalse(roles("Tom Vale").stream().anyMatch(r -> r.contains("R-AL")), () -> roles("Tom Vale").toString());
    }

    @Test
    void oneOfAPluralPostAfterTheNameIsARole() {
        assertTrue(roles("Nora Pell").contains("one of his editors at Harbour Press"), () -> roles("Nora Pell").toString());
    }

    @Test
    void aNamesSuffixIsNoRole() {
        assertEquals(List.of("plumber"), roles("Carl Benning Jr."));
    }

    @Test
    void aListedMemberHasThePluralPost() {
        for (String name : List.of("Rosa Lindqvist", "Pavel Orlik", "Ella Marsh")) {
            assertTrue(roles(name).stream().anyMatch(r -> r.contains("co-authors")), () -> name + " " + roles(name));
        }
    }

    @Test
    void aVerblessWhileClauseStatesAPost() {
        assertTrue(roles("Lena Voss").contains("visiting fellow"), () -> roles("Lena Voss").toString());
    }

    @Test
    void aMiddleInitialAndTheMiddleNameAreOnePerson() {
        List<String> names = analysis.people().stream().map(Person::name).toList();
        assertTrue(names.contains("Peter James Lamb"), names::toString);
        assertFalse(names.contains("Peter J. Lamb"), names::toString);
        assertTrue(roles("Peter James Lamb").contains("author"), () -> roles("Peter James Lamb").toString());
    }
}
