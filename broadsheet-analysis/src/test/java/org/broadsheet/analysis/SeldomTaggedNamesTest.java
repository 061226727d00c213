package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A company named like a person, on an invented investing paragraph: the tagger reads "Brindlewick" as a person in one
 * sentence, as a place in another and as no name in the rest, so it is no person of the article; the person quoted
 * beside it, named the same way each time, stays one.
 */
class SeldomTaggedNamesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Brindlewick has moderated a bit, but it is now valued more reasonably.",
                "Brindlewick reported free cash flow of $800 million last year.",
                "Brindlewick is a young company, though it has grown fast.",
                "That is where Brindlewick comes in.",
                "Marla Quenby, who represents the owners, said the deal was fair.",
                "Quenby said her clients had waited for months.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static boolean person(String name) {
        return analysis.people().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void aCompanyTheTaggerSeldomCallsAPersonIsNoPerson() {
        assertFalse(person("Brindlewick"), () -> analysis.people().toString());
    }

    @Test
    void aPersonNamedTheSameWayEachTimeStaysAPerson() {
        assertTrue(person("Marla Quenby"), () -> analysis.people().toString());
    }
}
