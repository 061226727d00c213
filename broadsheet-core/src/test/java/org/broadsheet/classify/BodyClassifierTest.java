package org.broadsheet.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.broadsheet.ExtractionException;
import org.broadsheet.Extraction;
import org.broadsheet.Extractor;
import org.broadsheet.article.Article;
import org.broadsheet.article.BlockDecision;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Test;

/** Body extraction on pages written to stress one kind of page furniture each. */
class BodyClassifierTest {

    private final Extractor extractor = new Extractor();

    private Article extract(String fixture) throws IOException, ExtractionException {
        try (InputStream in = getClass().getResourceAsStream("/classify/" + fixture)) {
            return extractor.extract(RawPage.of(fixture, in.readAllBytes(), "https://example.com/news/" + fixture));
        }
    }

    private static List<String> body(Article a) {
        return a.blocks().stream().map(BodyBlock::text).toList();
    }

    /** The first word of each body block: enough to tell which paragraphs stayed. */
    private static List<String> openings(Article a) {
        return body(a).stream().map(t -> t.substring(0, t.indexOf(' '))).toList();
    }

    private static Boilerplate kindOf(Article a, String textStart) {
        return a.removed().stream().filter(r -> r.text().startsWith(textStart)).map(RemovedBlock::kind)
                .findFirst().orElse(null);
    }

    @Test
    void keepsOnlyTheStoryParagraphsAmongSharingAdsCaptionsAndRelatedLinks() throws Exception {
        Article a = extract("furniture-inside-article.html");
        List<String> body = body(a);
        assertEquals(4, body.size(), "the four story paragraphs, nothing else: " + body);
        assertTrue(body.get(0).startsWith("The city council voted on Tuesday"));
        assertTrue(body.get(3).startsWith("\"This is a good day"));

        assertEquals(Boilerplate.NAVIGATION, kindOf(a, "Home"));
        assertEquals(Boilerplate.SHARE, kindOf(a, "Facebook"));
        assertEquals(Boilerplate.ADVERTISEMENT, kindOf(a, "Advertisement"));
        assertEquals(Boilerplate.CAPTION, kindOf(a, "An artist's impression"));
        assertEquals(Boilerplate.RELATED, kindOf(a, "Ferry plan sinks"));
        assertEquals(Boilerplate.FOOTER, kindOf(a, "Copyright 2024"));
        assertEquals(Boilerplate.BYLINE, kindOf(a, "By Jane Doe"));
        assertEquals(Boilerplate.TITLE, kindOf(a, "Council approves new bridge"));
    }

    @Test
    void everyRemovedBlockSaysWhy() throws Exception {
        Article a = extract("furniture-inside-article.html");
        assertFalse(a.removed().isEmpty());
        for (RemovedBlock r : a.removed()) {
            assertFalse(r.reason().isBlank(), "no reason for " + r);
        }
    }

    @Test
    void aCommentThreadIsNotTheArticleEvenWhenItHasMoreProse() throws Exception {
        Article a = extract("comments-longer-than-article.html");
        List<String> body = body(a);
        assertEquals(2, body.size(), "the two story paragraphs: " + body);
        assertTrue(body.get(0).startsWith("The central library will stay open"));
        assertEquals(Boilerplate.COMMENTS, kindOf(a, "I have been asking for this for years"));
    }

    @Test
    void aPageThatFadesInIsReadAsShownButWhatItHidesInsideStaysHidden() throws Exception {
        Article a = extract("faded-in-page.html");
        List<String> body = body(a);
        assertEquals(3, body.size(), "the three paragraphs under the wrapper at opacity:0: " + body);
        assertTrue(body.get(0).startsWith("Wine is made by fermenting grapes"));
        assertEquals(Boilerplate.HIDDEN, kindOf(a, "Join our club"));
        assertEquals(Boilerplate.HIDDEN, kindOf(a, "Wine tastings and private events"));
    }

    @Test
    void anArticleThatFadesInIsReadAsShownWhenTheRulesKeptOnlyWhatLiesAroundIt() throws Exception {
        Article a = extract("faded-in-article-beside-teasers.html");
        List<String> body = body(a);
        assertTrue(body.stream().anyMatch(p -> p.startsWith("The harbour ferry will carry passengers again")),
                "the story under the section at opacity:0: " + body);
        assertTrue(body.stream().anyMatch(p -> p.startsWith("Shopkeepers on the south quay")), body.toString());
    }

    @Test
    void aHiddenPileOfLinksIsNotShownEvenWhenItIsMostOfThePage() throws Exception {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/classify/hidden-link-pile.html")) {
            page = in.readAllBytes();
        }
        Extraction e = extractor.explain(RawPage.of("hidden-link-pile.html", page, "https://example.com/news/b"));
        assertFalse(e.article().text().contains("replica"), e.article().text());
        BlockDecision links = e.decisions().stream().filter(d -> d.text().startsWith("cheap replica watches"))
                .findFirst().orElseThrow();
        assertTrue(links.hidden(), "still read as hidden: " + links);
    }

    @Test
    void joinsSectionsSplitByFiguresAndIgnoresTaxonomyClasses() throws Exception {
        Article a = extract("split-sections-and-taxonomy.html");
        List<String> body = body(a);
        assertEquals(4, body.size(), "the four paragraphs of both sections: " + body);
        assertTrue(body.get(2).startsWith("The environment agency has promised"));
        assertEquals(Boilerplate.CAPTION, kindOf(a, "Flood water on Mill Lane"));
        assertEquals(Boilerplate.BYLINE, kindOf(a, "March 3, 2024"));
    }

    @Test
    void textHiddenByTheMarkupIsReportedNotKept() throws Exception {
        Article a = extract("split-sections-and-taxonomy.html");
        assertFalse(a.text().contains("replica"));
        assertEquals(Boilerplate.HIDDEN, kindOf(a, "Cheap watches"));
    }

    @Test
    void aSentenceOpeningWithByIsNotACredit() {
        assertFalse(BylineLine.matches("By doing so, the two countries have made important contributions."));
        assertTrue(BylineLine.matches("By JANE DOE and John Roe"));
        assertTrue(BylineLine.matches("Posted by Michael Smith on November 19, 2019, 6:21 AM EST"));
        assertTrue(BylineLine.matches("Nov. 19, 2019, 8:41 AM UTC"));
        assertFalse(BylineLine.matches("— Digital Foundry (@digitalfoundry) November 18, 2019"));
    }

    @Test
    void aStockLabelOverRelatedLinksStaysOutOfTheStory() throws Exception {
        Article a = extract("more-label-in-article.html");
        List<String> body = body(a);
        assertFalse(body.contains("More:"), "the label of the related links is no subheading: " + body);
        assertEquals(Boilerplate.RELATED, kindOf(a, "More:"));
        assertTrue(body.get(0).startsWith("Snow and high winds"), body.toString());
        assertTrue(body.get(body.size() - 1).startsWith("Forecasters expect"), body.toString());
    }

    @Test
    void stockLinesAreRecognizedOnlyWhenTheyAreTheWholeLine() {
        assertEquals(Boilerplate.ADVERTISEMENT, StockPhrases.kindOf("ADVERTISEMENT"));
        assertEquals(Boilerplate.SHARE, StockPhrases.kindOf("Share this article"));
        assertEquals(Boilerplate.RELATED, StockPhrases.kindOf("Read more:"));
        assertEquals(null, StockPhrases.kindOf("Read more about how the council reached its decision in our explainer."));
        assertEquals(null, StockPhrases.kindOf("Advertisement revenue fell by a third last year, the company said."));
        assertEquals(Boilerplate.BANNER, StockPhrases.kindOf("Sign up for the bundle using the same email address"));
        assertEquals(null, StockPhrases.wholeLineKindOf("Sign up for the bundle using the same email address"));
        assertEquals(Boilerplate.RELATED, StockPhrases.wholeLineKindOf("More:"));
    }

    @Test
    void aPageWhoseOnlyProseSitsAtTheTopOfTheTreeIsExtractedWithoutCrashing() throws Exception {
        // the root element's id names a sidebar, so every element below it scores less than the document
        // itself: the container search once picked the document and failed on its missing parent
        Article a = extract("container-at-top-of-tree.html");
        List<String> body = body(a);
        assertEquals(2, body.size(), "both paragraphs: " + body);
        assertTrue(body.get(0).startsWith("The harbour ferry will run again"));
        assertTrue(body.get(1).startsWith("Repairs to the pier"));
    }

    @Test
    void codeKeepsItsLinesAndATableClosingTheArticleStays() throws Exception {
        Article a = extract("code-and-closing-table.html");
        List<String> body = body(a);
        String code = body.stream().filter(t -> t.startsWith("static int words")).findFirst().orElse(null);
        assertTrue(code != null, "the code block is in the body: " + body);
        assertTrue(code.contains("{\n    int n = 0;\n"), "line breaks and indentation kept: " + code);
        assertTrue(code.endsWith("return n;\n}"), code);
        BodyBlock table = a.blocks().stream().filter(b -> b.rows() != null).findFirst().orElse(null);
        assertTrue(table != null, "the closing table is not dropped as short lines: " + body);
        assertEquals(List.of("Novel", "98,400", "19 ms"), table.rows().get(2), table.rows().toString());
        assertFalse(a.text().contains("Copyright 2024"));
    }

    @Test
    void dataForThePageScriptsShownAsTextIsNotTheArticle() throws Exception {
        Article a = extract("script-data-in-article.html");
        List<String> body = body(a);
        assertEquals(5, body.size(), "the five story paragraphs, not the JSON box: " + body);
        assertEquals(Boilerplate.OTHER, kindOf(a, "{ \"modules\""));
    }

    @Test
    void prosePunctuatedLikeDataAndCodeSamplesStayInTheArticle() throws Exception {
        List<String> body = body(extract("data-quoted-in-prose.html"));
        assertTrue(body.stream().anyMatch(t -> t.startsWith("{ The entries for the old town")), body.toString());
        assertTrue(body.stream().anyMatch(t -> t.startsWith("{ \"street\": \"Mill Lane\"")), body.toString());
    }

    @Test
    void aPhotoCaptionBesideItsPictureIsNotStoryTextButAPictureInsideAParagraphIs() throws Exception {
        Article a = extract("photo-captions-beside-pictures.html");
        List<String> openings = openings(a);
        assertEquals(List.of("The", "\"We", "Shopkeepers", "Tickets"), openings,
                "the four story paragraphs, the one around a floated picture among them, not the two captions");
        for (String caption : List.of("The rebuilt landing stage", "Residents watch the first test crossing")) {
            assertEquals(Boilerplate.CAPTION, kindOf(a, caption), caption);
        }
    }

    @Test
    void entriesOfAListEachBesideItsPictureStayInTheArticle() throws Exception {
        List<String> body = body(extract("pictures-with-entries.html"));
        assertEquals(6, body.size(), "the opening, the four entries and the closing paragraph: " + body);
        assertTrue(body.stream().anyMatch(t -> t.startsWith("Quaymaster shows which moorings")), body.toString());
    }

    @Test
    void aPhotoCreditOpeningACaptionAndAReporterFilingLineAreNotStoryText() throws Exception {
        Article a = extract("photo-credits-and-filing-line.html");
        List<String> openings = openings(a);
        assertEquals(List.of("The", "\"We", "Crews", "The"), openings,
                "the four story paragraphs, not the two credits nor the line saying where the reporter filed from");
        assertEquals(Boilerplate.CAPTION, kindOf(a, "Lena Sato/Valley Photo Service"));
        assertEquals(Boilerplate.CAPTION, kindOf(a, "Northern Press Agency/Valley Photo Service"));
        assertEquals(Boilerplate.BYLINE, kindOf(a, "Marsh reported from Riverton."));
    }
}
