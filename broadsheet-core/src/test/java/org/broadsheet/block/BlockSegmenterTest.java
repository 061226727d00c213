package org.broadsheet.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.article.BlockType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Segmentation alone: which runs of text become blocks, of what type, with how much link text. */
class BlockSegmenterTest {

    private static List<Block> blocks(String body, int maxDepth) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        return new BlockSegmenter(maxDepth).segment(doc.body()).blocks();
    }

    @Test
    void eachBlockElementMakesOneBlockInReadingOrder() {
        List<Block> b = blocks("<h1>Bridge approved</h1><p>The council <b>voted</b> on Tuesday.</p>"
                + "<ul><li>First</li><li>Second</li></ul><blockquote><p>A good day.</p></blockquote>"
                + "<figure><img src=x.jpg><figcaption>The bridge</figcaption></figure>", 100);
        assertEquals(List.of("Bridge approved", "The council voted on Tuesday.", "First", "Second", "A good day.",
                "The bridge"), b.stream().map(Block::text).toList());
        assertEquals(List.of(BlockType.HEADING, BlockType.PARAGRAPH, BlockType.LIST_ITEM, BlockType.LIST_ITEM,
                BlockType.QUOTE, BlockType.CAPTION), b.stream().map(Block::type).toList());
        for (int i = 0; i < b.size(); i++) {
            assertEquals(i, b.get(i).index());
        }
    }

    @Test
    void scriptsStylesAndFormControlsAreNotText() {
        List<Block> b = blocks("<p>Kept<script>var x = 1;</script></p><style>p{}</style><button>Click</button>"
                + "<noscript>Enable JavaScript</noscript>", 100);
        assertEquals(List.of("Kept"), b.stream().map(Block::text).toList());
    }

    @Test
    void aButtonInsideASentenceIsPartOfIt() {
        List<Block> b = blocks("<p>\u201CThe pier will stand,\u201D said harbour master<button class=note>Ines Calloway,</button>"
                + " the head of the board.</p><p>Share this story <button>Share</button></p>"
                + "<p><button>Menu</button></p><ul><li>according to <button>Tom Reyes</button>, a diver</li></ul>", 100);
        assertEquals(List.of("\u201CThe pier will stand,\u201D said harbour master Ines Calloway, the head of the board.",
                "Share this story", "according to Tom Reyes, a diver"), b.stream().map(Block::text).toList());
    }

    @Test
    void linkTextIsCountedAndDoubleBreaksSplitBlocks() {
        List<Block> b = blocks("<div><a href=/a>Home</a> and <a href=/b>News</a></div>"
                + "<div>first part<br><br>second part</div>", 100);
        assertEquals("Home and News", b.get(0).text());
        assertEquals(8, b.get(0).linkChars(), "\"Home\" and \"News\" are link text");
        assertTrue(b.get(0).linkDensity() > 0.5);
        assertEquals(List.of("first part", "second part"), b.subList(1, 3).stream().map(Block::text).toList());
    }

    @Test
    void hiddenTextIsKeptAndMarkedAndTooDeepElementsAreCounted() {
        List<Block> b = blocks("<p hidden>secret</p><p>open</p>", 100);
        assertTrue(b.get(0).hidden());
        assertFalse(b.get(1).hidden());
        Document deep = Jsoup.parse("<html><body><p>top</p>" + "<div>".repeat(20) + "<p>deep</p>"
                + "</div>".repeat(20) + "</body></html>");
        BlockSegmenter.Segmentation s = new BlockSegmenter(10).segment(deep.body());
        assertEquals(List.of("top"), s.blocks().stream().map(Block::text).toList());
        assertTrue(s.elementsTooDeep() > 0);
    }
}
