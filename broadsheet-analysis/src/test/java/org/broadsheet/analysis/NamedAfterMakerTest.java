package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A product named after its maker, written after the maker has spoken, is not the maker: on paragraphs written to
 * stress it, "Toyota says ..." stays Toyota though "a Toyota Land Cruiser Prado" comes later. An organization's own
 * full name still gathers its short form: written first ("Siemens Energy said ... Siemens said"), or closed by a
 * company's word whenever it comes ("Nissan said ... Nissan Motor Co. shares"), the one organization then named as the
 * article names it, without its legal form ({@link OrganizationNameFormsTest}).
 */
class NamedAfterMakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Toyota says its new electric van can travel 300 miles on a single charge.",
                "The van is about as long as a Toyota Land Cruiser Prado, though it sits lower.",
                "Toyota says it hopes to sell the van in Europe by 2027.",
                "Nissan said on Monday that sales rose in March.",
                "Nissan Motor Co. shares rose 3 percent in Tokyo.",
                "Siemens Energy said on Monday that orders rose in March.",
                "Siemens said it would cut costs at the unit.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
    }

    @Test
    void makerSpeaksNotItsProduct() {
        assertEquals("Toyota", foundStatement(analysis, "its new electric van can travel").speaker().name());
        assertEquals("Toyota", foundStatement(analysis, "it hopes to sell the van").speaker().name());
    }

    @Test
    void fullNameOfTheOrganizationStillGathersItsShortForm() {
        assertEquals("Nissan", foundStatement(analysis, "sales rose in March").speaker().name());
        assertEquals(2, analysis.organizations().stream().filter(o -> o.name().equals("Nissan")).findFirst().orElseThrow()
                .mentions().size(), () -> analysis.organizations().toString());
        assertEquals("Siemens Energy", foundStatement(analysis, "it would cut costs").speaker().name());
    }
}
