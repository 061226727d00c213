package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One organization across the forms of its name speaks under the name the article uses for it (the spec's section 6):
 * a company first given with its legal form ("Tarvik Shipping Corp", then "Tarvik Shipping") is "Tarvik Shipping", as the read parts
 * label it (fresh18, fresh22); a body whose tagged name leaves out the nation or place it belongs to ("the Norwegian"
 * + "Coastal Administration", then "the Coastal Administration") is the body's full name (fresh9, fresh13); and so is
 * an outlet's short name after its full one ("the Bergen Harbour Herald", then "the Harbour Herald"), whose first word
 * modifies the rest of the name and does not make the full name a mere modifier (fresh24).
 */
class OrganizationNameFormsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Tarvik Shipping Corp will close two of its depots on the east coast next spring.",
                "Tarvik Shipping said the closures would save about $40 million a year and that no drivers would lose their jobs.",
                "The Norwegian Coastal Administration has ordered the tanker to stay in port until its hull is inspected.",
                "The Coastal Administration said the crack was found by divers on Sunday.",
                "The tanker's owner had asked for a second survey, the Bergen Harbour Herald reported.",
                "The owner expects to pay a fine of about $2 million, the Harbour Herald reported on Monday.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    @Test
    void aCompanyNamedWithItsLegalFormSpeaksUnderItsShortName() {
        ReportedSpeech r = Attributions.foundStatement(analysis, "the closures would save");
        assertEquals("Tarvik Shipping", r.speaker().name(), r::toString);
        assertEquals(Speaker.Kind.ORGANIZATION, r.speaker().kind(), r::toString);
    }

    @Test
    void aBodyNamedWithItsNationSpeaksUnderItsFullName() {
        ReportedSpeech r = Attributions.foundStatement(analysis, "the crack was found by divers");
        assertEquals("Norwegian Coastal Administration", r.speaker().name(), r::toString);
    }

    @Test
    void anOutletsShortNameIsItsFullName() {
        ReportedSpeech r = Attributions.foundStatement(analysis, "The owner expects to pay a fine");
        assertEquals("Bergen Harbour Herald", r.speaker().name(), r::toString);
    }
}
