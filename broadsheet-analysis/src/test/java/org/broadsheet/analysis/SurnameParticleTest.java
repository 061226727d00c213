package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A surname with a particle ("de", "du", "van"), written in full first and capitalized later where it opens a
 * sentence ("De Miranda argues ..."), on invented sentences built like the review and wire copy whose people were
 * split in two: it is the one person named before, not a second one.
 */
class SurnameParticleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "In the book, the philosopher Lucien de Marveaux weaves a history of neon lighting.",
                "De Marveaux argues that neon was the light of the century.",
                "\"I'm supporting the animal charity,\" said Chantal du Ploessis, a high school teacher.",
                "Du Ploessis and others have criticised the council.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> names() {
        return analysis.people().stream().map(Person::name).toList();
    }

    @Test
    void aCapitalizedParticleOpeningASentenceNamesThePersonNamedBefore() {
        assertTrue(names().contains("Lucien de Marveaux"), () -> names().toString());
        assertTrue(names().stream().noneMatch(n -> n.equals("De Marveaux")), () -> names().toString());
        assertTrue(names().contains("Chantal du Ploessis"), () -> names().toString());
        assertTrue(names().stream().noneMatch(n -> n.equals("Du Ploessis")), () -> names().toString());
    }
}
