package org.broadsheet.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.Extractor;
import org.broadsheet.article.Article;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.RawPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The one judge of hidden text: what it finds hidden, and that the pipeline removes what it finds. */
class VisibilityTest {

    private static final String STORY = "<p>The council voted on Tuesday to approve the new bridge across the river,"
            + " ending a debate that had lasted for more than a decade.</p>"
            + "<p>Construction is expected to begin next spring and to last about three years, officials said.</p>"
            + "<p>\"This is a good day for the city,\" the mayor told reporters after the vote on Tuesday.</p>";

    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    private static String hiding(Document doc, String id) {
        return new Visibility(doc).hiding(doc.getElementById(id));
    }

    @Test
    void inlineStylesAndTheHiddenAttributeHide() {
        Document doc = page("", "<p id=a style='DISPLAY: none'>a</p><p id=b style='visibility:hidden'>b</p>"
                + "<p id=c hidden>c</p><p id=d style='color:red'>d</p>");
        assertEquals("display:none on <p id=a>", hiding(doc, "a"));
        assertEquals("visibility:hidden on <p id=b>", hiding(doc, "b"));
        assertEquals("hidden attribute on <p id=c>", hiding(doc, "c"));
        assertNull(hiding(doc, "d"));
    }

    @Test
    void textColouredLikeItsBackground() {
        Document doc = page("<style>html, body { background: #FDF6E3 } .a-x{color:#fdf6e3}</style>",
                "<p id=a class=a-x>a</p><p id=b style='color:#fff'>b</p><div style='background:#222'>"
                + "<p id=c style='color:white'>c</p></div><p id=d style='color:#333'>d</p>");
        Visibility v = new Visibility(doc);
        assertEquals("text coloured like the page background (#fdf6e3)", v.colourHiding(doc.getElementById("a")));
        assertNull(v.colourHiding(doc.getElementById("b")), "white on a cream page is readable");
        assertNull(v.colourHiding(doc.getElementById("c")), "white on its dark box is readable");
        assertNull(v.colourHiding(doc.getElementById("d")));
        Document plain = page("", "<p id=e style='color:#fefefe'>e</p>");
        assertEquals("text coloured like the page background (#ffffff)",
                new Visibility(plain).colourHiding(plain.getElementById("e")), "a page is white when nothing says");
    }

    @Test
    void theLastDeclarationOfAColourWinsAndBlocksShareTheirBoxes() {
        // class rules, then id rules, then the inline style: the last colour set wins
        Document doc = page("<style>.ink{color:#000} .paper{color:#fff} #box{background:#ffffff}"
                + " #box2{background:#111} .dark{background-color:#101010}</style>",
                "<div id=box><p id=a class='ink paper'>a</p><p id=b class=ink>b</p>"
                + "<p id=c class=paper style='color:#000'>c</p><p id=d>d</p></div>"
                + "<div id=box2 class=dark><div><p id=e class=paper>e</p><p id=f style='color:#121212'>f</p></div></div>");
        Visibility v = new Visibility(doc);
        assertEquals("text coloured like the background of its box (#ffffff)", v.colourHiding(doc.getElementById("a")));
        assertNull(v.colourHiding(doc.getElementById("b")), "black on white: readable");
        assertNull(v.colourHiding(doc.getElementById("c")), "the inline style comes after the class rule");
        assertNull(v.colourHiding(doc.getElementById("d")), "no colour set: nothing hidden");
        assertNull(v.colourHiding(doc.getElementById("e")), "white on the id's dark background");
        assertEquals("text coloured like the background of its box (#111111)", v.colourHiding(doc.getElementById("f")),
                "the id rule's background comes after the class rule's");
        assertEquals("text coloured like the background of its box (#ffffff)", v.colourHiding(doc.getElementById("a")),
                "asked again: the same answer");
    }

    @Test
    void styleSheetRulesForAClassOrAnIdHide() {
        Document doc = page("<style>.gone{display:none} #away { visibility : hidden }</style>",
                "<p id=a class='lead gone'>a</p><div id=away><p id=b>b</p></div><p id=c class=lead>c</p>");
        assertEquals("stylesheet rule for class gone on <p id=a class=lead gone>", hiding(doc, "a"));
        assertEquals("stylesheet rule for id away on <div id=away>", hiding(doc, "b"), "an ancestor hides it");
        assertNull(hiding(doc, "c"));
    }

    @Test
    void aLaterRuleThatShowsTheClassAgainWins() {
        Document doc = page("<style>.pull{display:none;width:100%}@media (min-width:600px){.pull{display:block}}"
                + ".tip{display:none}.tip{color:red}</style>", "<p id=a class=pull>a</p><p id=b class=tip>b</p>");
        assertNull(hiding(doc, "a"), "shown again by the media query");
        assertEquals("stylesheet rule for class tip on <p id=b class=tip>", hiding(doc, "b"));
    }

    @Test
    void offScreenAndZeroSizeBoxesHide() {
        Document doc = page("", "<p id=a style='position:absolute;left:-9999px'>a</p>"
                + "<p id=b style='text-indent:-100em'>b</p><div id=c style='height:0;overflow:hidden'>c</div>"
                + "<p id=d style='font-size:0'>d</p><p id=e style='margin-left:-20px'>e</p>");
        assertTrue(hiding(doc, "a").startsWith("off-screen (left:-9999px)"));
        assertTrue(hiding(doc, "b").startsWith("off-screen (text-indent:-100em)"));
        assertTrue(hiding(doc, "c").startsWith("zero size"));
        assertTrue(hiding(doc, "d").startsWith("font-size:0"));
        assertNull(hiding(doc, "e"), "a small negative margin is layout, not hiding");
    }

    @Test
    void theSegmenterAndTheVisibleLinesAskTheSameJudge() {
        Document doc = page("<style>.gone{display:none}</style>", "<p>shown</p><p class=gone>not shown</p>");
        Visibility visibility = new Visibility(doc);
        List<Block> blocks = new BlockSegmenter(100).segment(doc.body(), visibility).blocks();
        assertEquals(2, blocks.size(), "hidden text is kept as a block, marked hidden");
        assertFalse(blocks.get(0).hidden());
        assertTrue(blocks.get(1).hidden());
        assertEquals(List.of("shown"), VisibleLines.of(doc.body(), visibility).lines().stream()
                .map(VisibleLines.Line::text).toList());
    }

    @Test
    void aParagraphHiddenByTheStyleSheetIsRemovedAsHidden() throws Exception {
        String html = "<html><head><title>Bridge approved</title><style>.gone{display:none}</style></head><body>"
                + "<article><h1>Bridge approved</h1>" + STORY
                + "<p class=gone>Buy cheap watches online today at the best prices in town, free shipping.</p>"
                + "<p style='display:none'>Cheap loans approved in minutes, apply online now for fast cash.</p>"
                + "</article></body></html>";
        Article a = new Extractor().extract(RawPage.of("gone.html", html.getBytes(StandardCharsets.UTF_8),
                "https://example.com/news/bridge"));
        List<String> body = a.blocks().stream().map(BodyBlock::text).toList();
        assertEquals(3, body.size(), "the three story paragraphs: " + body);
        for (String start : List.of("Buy cheap watches", "Cheap loans")) {
            RemovedBlock r = a.removed().stream().filter(b -> b.text().startsWith(start)).findFirst().orElseThrow();
            assertEquals(Boilerplate.HIDDEN, r.kind(), start);
        }
    }
}
