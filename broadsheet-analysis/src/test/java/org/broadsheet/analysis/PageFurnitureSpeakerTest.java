package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a page sets between the story's paragraphs must not move a speaker: a quote that opens a paragraph with no cue
 * continues the speaker of the paragraph before, even when the page put a caption, a related-link line or an embedded
 * post between the two; and a pull-quote the page repeats at the head of the story is not a quote of its own. Invented
 * page bodies, with the block kinds an extractor gives.
 */
class PageFurnitureSpeakerTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<BodyBlock> blocks = List.of(
                new BodyBlock(BlockType.HEADING, "\u201CWe will not let the old pier fall into the sea this winter,\u201D says"
                        + " Ines Calloway, the harbour master."),
                new BodyBlock(BlockType.PARAGRAPH, "The harbour board met on Tuesday to decide the future of the old pier."),
                new BodyBlock(BlockType.PARAGRAPH, "\u201CWe will not let the old pier fall into the sea this winter,\u201D Ines"
                        + " Calloway, the harbour master, told the Kestrel Gazette on Tuesday."),
                new BodyBlock(BlockType.PARAGRAPH, "Workers repair the pier\u2019s railings on Monday. | Photo by Tom Reyes"),
                new BodyBlock(BlockType.PARAGRAPH, "\u201CThe repairs will cost the town far less than a new pier would.\u201D"),
                new BodyBlock(BlockType.PARAGRAPH, "Kestrel Ferries said in a statement: \u201CWe thank the harbour board for"
                        + " its patience with our crews."),
                new BodyBlock(BlockType.QUOTE, "Statement from the operator"),
                new BodyBlock(BlockType.QUOTE, "\u2014 Kestrel Ferries (@kestrelferries) November 20, 2026"),
                new BodyBlock(BlockType.PARAGRAPH, "\u201COur boats will sail from the new quay from March.\u201D"),
                new BodyBlock(BlockType.PARAGRAPH, "The Kestrel Harbour Board said it would vote again on the pier in spring."),
                new BodyBlock(BlockType.PARAGRAPH, "Related: Ferry fares rise for the third year running"),
                new BodyBlock(BlockType.PARAGRAPH, "\u201CThe town deserves a pier that lasts another century.\u201D"));
        Article a = Articles.of(List.of("x"), "2026-11-20", "en", List.of(), null);
        Article page = new Article(a.schemaVersion(), a.source(), a.url(), a.canonicalUrl(), a.title(), a.subtitle(),
                a.authors(), a.authorOrganizations(), a.publisher(), a.section(), a.tags(), a.description(), a.language(),
                a.image(), a.published(), a.modified(), blocks, a.removed(), a.warnings());
        analysis = new Analyzer().analyze(page, null);
    }

    @Test
    void aQuoteAfterACaptionContinuesTheSpeakerBeforeIt() {
        assertEquals("Ines Calloway", foundQuote(analysis, "far less than a new pier").speaker().name());
    }

    @Test
    void aQuoteAfterAnEmbeddedPostContinuesTheSpeakerBeforeIt() {
        assertEquals("Kestrel Ferries", foundQuote(analysis, "sail from the new quay").speaker().name());
    }

    @Test
    void aQuoteAfterARelatedLinkLineContinuesTheSpeakerBeforeIt() {
        assertEquals("Kestrel Harbour Board", foundQuote(analysis, "another century").speaker().name());
    }

    @Test
    void aPullQuoteIsNotAQuoteOfItsOwn() {
        assertEquals(1, analysis.quotes().stream().filter(q -> q.text().contains("fall into the sea")).count(),
                analysis.quotes()::toString);
        assertEquals("Ines Calloway", foundQuote(analysis, "fall into the sea").speaker().name());
        assertNull(Attributions.quote(analysis, "Statement from the operator"));
    }
}
