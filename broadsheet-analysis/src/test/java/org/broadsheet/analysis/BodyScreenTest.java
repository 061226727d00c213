package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Warning;
import org.junit.jupiter.api.Test;

/**
 * What the language pipeline is given: the body's prose, offset for offset; an article's table is blanked (its cells
 * are no sentences), and a warning says so. The article is invented.
 */
class BodyScreenTest {

    @Test
    void anArticlesTableIsNotAnalysedButItsProseIs() {
        Article a = Articles.of(List.of("The council said spending rose 12% to $4.1 million.", "Turnout fell."), "2026-11-04",
                "en", List.of(), null);
        List<BodyBlock> blocks = new ArrayList<>(a.blocks());
        blocks.add(1, BodyBlock.table(List.of(List.of("Ward", "Spending"), List.of("North", "$1.2 million"),
                List.of("South", "$2.9 million"))));
        Article withTable = new Article(a.schemaVersion(), a.source(), a.url(), a.canonicalUrl(), a.title(), a.subtitle(),
                a.authors(), a.authorOrganizations(), a.publisher(), a.section(), a.tags(), a.description(), a.language(),
                a.image(), a.published(), a.modified(), blocks, a.removed(), a.warnings());
        List<Warning> warnings = new ArrayList<>();
        String screened = BodyScreen.screen(withTable, warnings, Analyzer.MAX_CHARS);
        assertEquals(withTable.text().length(), screened.length(), "offsets stay those of the body");
        assertTrue(screened.startsWith("The council said spending rose 12% to $4.1 million."));
        assertTrue(screened.endsWith("\nTurnout fell."));
        assertFalse(screened.contains("North") || screened.contains("$2.9"), screened);
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("analysis-skipped-table-block")), warnings::toString);
    }

    private static String furniture(String text) {
        return BodyScreen.furniture(new BodyBlock(BlockType.PARAGRAPH, text), List.of("Dana Whitlock"));
    }

    @Test
    void codeAndCaptionBlocksAreNotProse() {
        assertEquals("code", BodyScreen.furniture(new BodyBlock(BlockType.CODE, "for (int i = 0; i < 42; i++) total += 3;"),
                List.of()));
        assertEquals("caption or credit", BodyScreen.furniture(new BodyBlock(BlockType.CAPTION,
                "Harbour workers unload 300 crates on the quay."), List.of()));
        assertEquals("caption or credit", furniture("© Oren Maddox Volunteers sort 2,000 parcels at the depot in Kestrel."));
        assertEquals("caption or credit", furniture("The old ferry terminal at dusk (Image: GETTY)"));
        assertEquals("caption or credit", furniture("Crowds on the pier on Saturday (Photo by Lina Ortez/Coastline Agency)"));
        assertNull(furniture("The ferry, which carried 300 passengers, was photographed by a neighbour (she said) at dusk."));
    }

    @Test
    void relatedLinkAndCreditLinesAreNotProse() {
        assertEquals("related-link or credit line", furniture("Related: 7 Things Harbour Towns Get Wrong About Parking"));
        assertEquals("related-link or credit line", furniture("Also read: Who is Mara Quill, the port's new chief?"));
        assertEquals("related-link or credit line", furniture("[Read more: 17 Accounting Terms to Know]"));
        assertEquals("related-link or credit line", furniture("READ MORE | Ferry fares rise 12% in spring"));
        assertEquals("related-link or credit line", furniture("Source: Harbour Authority annual report, 2025"));
        assertEquals("related-link or credit line", furniture("More information: A. Fenwick et al. Tidal silt, 2024."));
        assertNull(furniture("Read more about the plan on the council's website, which lists 14 projects."));
        assertNull(furniture("Video-based lessons cost $40 a month, the school said."));
        assertNull(furniture("Sources close to the board said 3 members would resign."));
    }

    @Test
    void priceAndSpecFragmentsAreNotProse() {
        for (String fragment : List.of("$39", "Totals $468 per year", "15% APR", "29,758", "4.4/5", "22 products", "11+ Users", "Regular price 80.00 EUR", "Ride comfort 8.7",
                "rating 4.9 / 5")) {
            assertEquals("price or spec fragment", furniture(fragment), fragment);
        }
        for (String prose : List.of("3. Liver protection", "#2. The quay", "Prices rose 15%.", "Turnout fell to 40 percent!",
                "9-Month-Old's Life Support Order Extended", "QUAYSIDE PLANS SHELVED", "The council will vote on 12 new berths",
                "Average cost: $10,925", "Duration: 4 to 25 weeks", "Price: $199 at Harbour Outfitters")) {
            assertNull(furniture(prose), prose);
        }
    }

    @Test
    void offersAreNotProse() {
        for (String offer : List.of("Get 50% off your first box!", "Save up to $500 on your move with Harbour Vans!",
                "Get access to our members' service for as little as $5 for the first year. Use the code QUAY5.",
                "Start a free 14-day trial (no card required!) to see how it works.", "Use promo code HARBOUR10 at checkout.")) {
            assertEquals("offer", furniture(offer), offer);
        }
        for (String prose : List.of("Get 50% of your calories from vegetables, the dietitian advises.",
                "Try to keep meals free of added sugar, she said.", "Save for retirement early: 15% of income is a good start, "
                        + "the planner said.", "“Get 20% off or we walk,” the union told the owners.")) {
            assertNull(furniture(prose), prose);
        }
    }

    @Test
    void referencesAndFootnotesAreNotProse() {
        assertEquals("reference or footnote", furniture("Fenwick A, Quill MR, Ortez L, et al. Tidal silt in small harbours. "
                + "Coastal Review. 2024;12(3):45-67."));
        assertEquals("reference or footnote", furniture("2. Kestrel Institute of Ports (2019). Harbour Dredging Costs."));
        assertEquals("reference or footnote", furniture("The survey covered 1,200 boats. doi: 10.1234/harb.2024.5"));
        assertEquals("reference or footnote", furniture("The figure excludes 40 moorings leased to the navy. ↩"));
        assertEquals("reference or footnote", furniture("3. Kestrel Ports Board (n.d.). Mooring Fees."));
        assertEquals("reference or footnote", furniture("“Moorings for Sale.” Harbour Board, https://harbour.example/m. Accessed 4 Nov. 2025."));
        assertNull(furniture("A study by Fenwick and colleagues found that 40% of moorings were empty, the authority said."));
        assertNull(furniture("Researchers led by Ana Fenwick, et al., as the paper lists them, counted 1,200 boats."));
        // a numbered reference whose authors come after its title, told by the journal's year, volume and pages
        assertEquals("reference or footnote", furniture("[1] Silt fatigue: costs for small ports, Quill MR, Ortez L. Coast "
                + "Rev. 2015; 28: 685-690."));
        assertNull(furniture("In 2015, the port dredged 28 berths; 685 boats used them, up from 690 a year before."));
    }

    @Test
    void embeddedPostsLinkListsAndTheAuthorsBioAreNotProse() {
        assertEquals("embedded post", furniture("— Oren Maddox (@orenmaddox) November 18, 2019"));
        assertEquals("embedded post", furniture("The quay spent half a million dollars on this: https://t.co/AbC123xyz"));
        assertEquals("link list", furniture("https://harbour.example/report-2024 https://www.kestrel.example/dredging"));
        assertEquals("author bio", furniture("Dana Whitlock covers ports and shipping and has reported for 15 years."));
        assertEquals("author bio", furniture("Dana Whitlock, a former harbour pilot, is the magazine's maritime editor."));
        assertNull(furniture("Dana Whitlock's ferry was late by 15 minutes, passengers said."));
        assertNull(furniture("Oren Maddox covers the night shift at the depot, where 40 people work."));
        assertNull(furniture("The mayor wrote on X (@kestrelmayor) that 12 berths would open."));
        assertEquals("contact or credit line", furniture("Have a tip? Oren Maddox may be reached at 555-0100."));
        assertEquals("contact or credit line", furniture("Contact staff writer Oren Maddox at 555-0100."));
        assertEquals("contact or credit line", furniture("This story about harbour dredging was written by Oren Maddox and "
                + "produced by the Kestrel Courier."));
        assertNull(furniture("The letter was written by Oren Maddox and signed by 40 residents."));
        BodyBlock bio = new BodyBlock(BlockType.PARAGRAPH, "Lena Ortez is a freelance writer who covers ports. She has "
                + "reported for 12 years.");
        assertEquals("author bio", BodyScreen.furniture(bio, List.of(), true));
        assertNull(BodyScreen.furniture(bio, List.of(), false), "a bio-like paragraph mid-story stays");
        assertNull(BodyScreen.furniture(new BodyBlock(BlockType.PARAGRAPH, "Harbour Books is an excellent option for "
                + "small ports, 12 of which use it."), List.of(), true));
        assertNull(BodyScreen.furniture(new BodyBlock(BlockType.PARAGRAPH, "Lena Ortez is a dock worker who lost her job "
                + "when the quay closed."), List.of(), true));
    }

    @Test
    void furnitureIsBlankedOffsetsKeptAndWarned() {
        Article a = Articles.of(List.of("The council said spending rose 12% to $4.1 million.", "Related: Ferry fares rise 9%",
                "— Oren Maddox \uD83C\uDF0A (@orenmaddox) November 18, 2019", "$39", "Turnout fell."), "2026-11-04", "en", List.of(), null);
        List<Warning> warnings = new ArrayList<>();
        String screened = BodyScreen.screen(a, warnings, Analyzer.MAX_CHARS);
        assertEquals(a.text().length(), screened.length(), "offsets stay those of the body");
        assertTrue(screened.startsWith("The council said spending rose 12% to $4.1 million."));
        assertFalse(screened.contains("9%") || screened.contains("$39"), screened);
        assertTrue(screened.endsWith("\nTurnout fell."));
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("analysis-skipped-non-prose")
                && w.message().contains("1 related-link or credit line") && w.message().contains("1 price or spec fragment")),
                warnings::toString);
    }
    @Test
    void aBlankedBlockDoesNotPartTheParagraphsAroundIt() {
        Article a = Articles.of(List.of("Related: Ferry fares rise 9%", "The council met on Tuesday.", "Related: Pier repairs",
                "$39", "Turnout fell."), "2026-11-04", "en", List.of(), null);
        String screened = BodyScreen.screen(a, new ArrayList<>(), Analyzer.MAX_CHARS);
        assertEquals(a.text().length(), screened.length(), "offsets stay those of the body");
        assertEquals(List.of("The council met on Tuesday.", "Turnout fell."),
                List.of(screened.split("\n")).stream().map(String::strip).toList(), screened);
    }

    @Test
    void aCaptionWithItsCreditAfterASeparatorIsNotProse() {
        assertEquals("caption or credit", furniture("Guests pick their pastries at the counter. | Photo by Lina Ortez"));
        assertEquals("caption or credit", furniture("The quay at dawn. / Image: Coastline Agency"));
        assertNull(furniture("The photo by the door shows the quay. It was taken in 1950."));
    }

    @Test
    void anEmbeddedPostsTextBeforeItsCreditLineIsNotProse() {
        Article a = Articles.of(List.of("x"), "2026-11-04", "en", List.of(), null);
        List<BodyBlock> blocks = List.of(new BodyBlock(BlockType.QUOTE, "A blockquote the story quotes from a report."),
                new BodyBlock(BlockType.PARAGRAPH, "The club posted its thanks."),
                new BodyBlock(BlockType.QUOTE, "Thank you for everything"),
                new BodyBlock(BlockType.QUOTE, "\u2014 Harbour FC (@harbourfc) November 20, 2019"),
                new BodyBlock(BlockType.PARAGRAPH, "Fans agreed."));
        Article page = new Article(a.schemaVersion(), a.source(), a.url(), a.canonicalUrl(), a.title(), a.subtitle(),
                a.authors(), a.authorOrganizations(), a.publisher(), a.section(), a.tags(), a.description(), a.language(),
                a.image(), a.published(), a.modified(), blocks, a.removed(), a.warnings());
        String screened = BodyScreen.screen(page, new ArrayList<>(), Analyzer.MAX_CHARS);
        assertTrue(screened.contains("A blockquote the story quotes"), screened);
        assertFalse(screened.contains("Thank you"), screened);
    }

    @Test
    void aQuotationGivenAgainInTheStoryIsAPullQuote() {
        Article a = Articles.of(List.of("\u201CThe pier will stand for another hundred years,\u201D says Ines Calloway.",
                "The board met on Tuesday.", "\u201CThe pier will stand for another hundred years,\u201D Ines Calloway, the"
                        + " harbour master, told the board.", "\u201CWe are not finished with the pier yet, not at all.\u201D",
                "She said: \u201CWe are not finished\u201D with it."), "2026-11-04", "en", List.of(), null);
        List<Warning> warnings = new ArrayList<>();
        String screened = BodyScreen.screen(a, warnings, Analyzer.MAX_CHARS);
        assertFalse(screened.startsWith("\u201CThe pier"), screened);
        assertTrue(screened.contains("\u201CThe pier will stand for another hundred years,\u201D Ines Calloway, the"), screened);
        assertTrue(screened.contains("\u201CWe are not finished with the pier yet"), "a quote said once stays: " + screened);
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("1 pull-quote")), warnings::toString);
        assertNull(BodyScreen.standingQuote("She said: \u201CThe pier will stand for another hundred years.\u201D"));
        assertNull(BodyScreen.standingQuote("\u201CShort words,\u201D she said."));
    }
    @Test
    void creditsForTheWorkBesideTheWritingAndAClosingContactAreNotProse() {
        assertEquals("contact or credit line", furniture("Shout out to Mara Quist and Tom Reyes for additional reporting."
                + " Illustration and motion by Lina Ortez."));
        assertEquals("contact or credit line", furniture("Additional reporting by Tom Reyes in Kestrel."));
        assertEquals("contact or credit line", BodyScreen.furniture(new BodyBlock(BlockType.PARAGRAPH,
                "For more info Mara Quist Senior News Editor mquist@kestrel.example"), List.of(), true));
        assertNull(BodyScreen.furniture(new BodyBlock(BlockType.PARAGRAPH,
                "For more info Mara Quist Senior News Editor mquist@kestrel.example"), List.of(), false));
        assertNull(furniture("The mural, designed by Lina Ortez, was paid for by the harbour board."));
        assertNull(furniture("Reporting by the Gazette showed the pier was unsafe; the council's design by Tom Reyes was cheaper."));
    }

    @Test
    void creditLinesOfAPieceAreNotProseButSentencesAboutWorksAre() {
        assertEquals("contact or credit line", furniture("Music at the start and end of the episode is Harbour Reel by Mara "
                + "Quist, performed by Tom Reyes and Mara Quist www.maraquist.example"));
        assertEquals("contact or credit line", furniture("Show Cover Art by Lina Ortez www.linaortez.example"));
        assertEquals("contact or credit line", furniture("Thanks to Oren Maddox, the editor of the show. www.orenmaddox.example"));
        assertEquals("contact or credit line", furniture("This post was originally written by Tom Reyes."));
        assertEquals("related-link or credit line", furniture("Photo sources: quaywatcher: Pier at Dawn, Lina Ortez: Nets"));
        assertNull(furniture("Art by Lina Ortez hangs in the lobby of the harbour office, the board said."));
        assertNull(furniture("Thanks to Oren Maddox, the town now has a ferry on Sundays."));
        assertNull(furniture("Music by Tom Reyes opened the festival, and 2,000 people came to hear it."));
        assertNull(furniture("This article was updated on Monday to correct the number of moorings."));
    }
}
