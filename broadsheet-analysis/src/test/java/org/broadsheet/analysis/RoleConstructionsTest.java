package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles stated by constructions beyond titles and plain appositions (the spec's section 7), on invented paragraphs
 * built like the news sentences the parser misreads: a "who is/was" clause and an apposition in a long sentence,
 * "has been named" and "remains" with a post, "one of the study authors, X", examples after "such as", a
 * description ("the disgraced financier") of a person named inside another subject's phrase, a predicate noun
 * without its clause ("Brannock is a single father"), and a newspaper's name that is no description ("The Hollywood
 * Reporter"), a plural abbreviated title before two names ("Sens. A and B"), and a predicate noun of "he" or "she"
 * ("he has been an AI researcher").
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
                "Let us hope we see more of the port's friends \u2014 from politicians such as Ada Fenwick and Mayor Rudd to media figures such as Lena Fosse, Paul Grier, and Tom Hale \u2014 questioned about it.",
                "Dario Lenz has agreed a deal to coach Caldmoor Rovers until 2029. The Portuguese boss had been out of work since March.",
                "Senator Ada Pellow said the death showed deeper problems in the prison system.",
                "Although relatives of Gideon Hale's family suggested the disgraced financier may have been poisoned, the warden told senators there was no evidence of it.",
                "Ivo Brannock pleaded not guilty on Tuesday. Brannock is a single father of three.",
                "Marta Fenn and Tom Aldous were said to have had contract problems in 2018, according to The Hollywood Reporter.",
                "It is also a place where the two other candidates in the race — Sens. Mark Dwyer and Karen Holt — have struggled to gain ground.",
                "Yann Kerbrat's warning is not without substance, given how he has been an AI researcher for three decades.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
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
    void aDescriptionOfTheLastNamedPersonIsTheirRole() {
        assertTrue(roles("Dario Lenz").contains("Portuguese boss"), () -> roles("Dario Lenz").toString());
    }

    @Test
    void aNameInsideTheSubjectsPhraseCanBeTheDescribedPerson() {
        assertTrue(roles("Gideon Hale").contains("disgraced financier"), () -> roles("Gideon Hale").toString());
        assertTrue(roles("Ada Pellow").stream().noneMatch(r -> r.contains("financier")), () -> roles("Ada Pellow").toString());
    }

    @Test
    void aPredicateNounIsStatedWithoutItsSubjectAndVerb() {
        assertTrue(roles("Ivo Brannock").contains("single father"), () -> roles("Ivo Brannock").toString());
    }

    @Test
    void aCapitalizedNameIsNoDescription() {
        for (String name : List.of("Marta Fenn", "Tom Aldous")) {
            assertTrue(roles(name).stream().noneMatch(r -> r.contains("Reporter")), () -> name + " " + roles(name));
        }
    }

    @Test
    void aPluralAbbreviatedTitleIsEachNamesRole() {
        for (String name : List.of("Mark Dwyer", "Karen Holt")) {
            assertTrue(roles(name).contains("Sens."), () -> name + " " + roles(name));
        }
    }

    @Test
    void aPredicateNounOfAPronounIsThePersonsRole() {
        assertTrue(roles("Yann Kerbrat").contains("AI researcher"), () -> roles("Yann Kerbrat").toString());
    }

    @Test
    void examplesAfterSuchAsTakeThePluralAsTheirRole() {
        assertTrue(roles("Ada Fenwick").contains("politicians"), () -> roles("Ada Fenwick").toString());
        for (String name : List.of("Lena Fosse", "Paul Grier")) {
            assertTrue(roles(name).contains("media figures"), () -> name + " " + roles(name));
        }
    }
}
