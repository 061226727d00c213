package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A work whose author is the agent of the participle that put it out ("a new report released on Tuesday by X"): "the
 * report" speaks for X many paragraphs on, when it is the one work of its kind the article gives an author; and a work
 * whose capitalized modifier opens the name of one organization of the article ("a Halloran analysis") is that
 * organization's. On paragraphs written to stress it.
 */
class PublishedWorkTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Renters in the region have long been told that wages would catch up with housing costs. But a new report "
                        + "released on Tuesday by the Marlow Institute for Housing Policy calls that into question.",
                "The report concluded that rents had risen faster than wages in every city it studied.",
                "Tenants in the older blocks near the river were among the hardest hit. Many of them work in the port. "
                        + "Some work two jobs. A few have moved out of the county.",
                "The city council met on Monday. Its members debated a new zoning plan. The plan would allow taller "
                        + "buildings near the station. A vote was put off until March.",
                "Builders welcomed the delay. Several projects are already under way. Others wait for permits. Costs "
                        + "keep rising.",
                "Landlords point to higher taxes. Insurance has also grown more expensive. Repairs cost more than they "
                        + "did.",
                "The report also found that one in five tenants had been late with rent in the past year.",
                "Young families have been leaving the city at faster rates since 2020, according to a Halloran analysis.",
                "Researchers at the Halloran Foundation, a nonprofit in Boston, have tracked moves out of the region for "
                        + "a decade.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-05-12", "en", List.of(), null), null);
    }

    @Test
    void aWorkSpeaksForTheBodyItsModifierOpens() {
        assertEquals("Halloran Foundation",
                foundStatement(analysis, "Young families have been leaving the city").speaker().name());
    }

    @Test
    void theReportSpeaksForTheBodyThatReleasedItManyParagraphsOn() {
        assertEquals("Marlow Institute for Housing Policy",
                foundStatement(analysis, "one in five tenants had been late").speaker().name());
    }
}
