package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.PageDate;
import org.junit.jupiter.api.Test;

/** Markdown output: structure, and escaping of everything that comes from a page. */
class MarkdownTest {

    @Test
    void markupInTextIsEscaped() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; \\*not bold\\* \\[a link\\](http://x) \\_x\\_ a &amp;amp; b",
                MarkdownText.escape("<script>alert(1)</script> *not bold* [a link](http://x) _x_ a &amp; b"));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", MarkdownText.escape("<img src=x onerror=alert(1)>"));
        assertEquals("\\`code\\` \\| pipe \\~\\~strike\\~\\~ C\\# back\\\\slash",
                MarkdownText.escape("`code` | pipe ~~strike~~ C# back\\slash"));
    }

    @Test
    void lineStartsThatWouldMakeBlocksAreEscaped() {
        assertEquals("\\# not a heading", MarkdownText.escape("# not a heading"));
        assertEquals("\\- not a list", MarkdownText.escape("- not a list"));
        assertEquals("\\+ not a list", MarkdownText.escape("+ not a list"));
        assertEquals("&gt; not a quote", MarkdownText.escape("> not a quote"));
        assertEquals("1999\\. A year", MarkdownText.escape("1999. A year"));
        assertEquals("3\\) three", MarkdownText.escape("3) three"));
        assertEquals("\\===", MarkdownText.escape("==="));
        assertEquals("\\---", MarkdownText.escape("---"));
        assertEquals("2 - 1 = 1. Fine", MarkdownText.escape("2 - 1 = 1. Fine"));
    }

    @Test
    void codeFenceIsLongerThanAnyBacktickRun() {
        assertEquals("````\nx ``` y\n````", MarkdownText.codeBlock("x ``` y"));
    }

    @Test
    void articleStructure() {
        Article a = new Article(Article.SCHEMA_VERSION, "x.html", null, null, "Cats & <Dogs>", "A *dek*",
                List.of("Ann Lee", "Bo Chan", "Cy Dee"), List.of(), null, List.of(), List.of(), null, null, null,
                new PageDate("2024-05-01T09:00:00Z", PageDate.DateSource.META, false), null,
                List.of(new BodyBlock(BlockType.PARAGRAPH, "First [para]."),
                        new BodyBlock(BlockType.HEADING, "Why #1"),
                        new BodyBlock(BlockType.LIST_ITEM, "one"),
                        new BodyBlock(BlockType.LIST_ITEM, "two"),
                        new BodyBlock(BlockType.QUOTE, "Said <b>so</b>"),
                        new BodyBlock(BlockType.CODE, "let x = `y`;")),
                List.of(), List.of());
        assertEquals("""
                # Cats &amp; &lt;Dogs&gt;

                *A \\*dek\\**

                By Ann Lee, Bo Chan and Cy Dee · published 2024-05-01T09:00:00Z

                First \\[para\\].

                ## Why \\#1

                - one
                - two

                &gt; Said &lt;b&gt;so&lt;/b&gt;
                """.replace("&gt; Said", "> Said") + "\n```\nlet x = `y`;\n```\n", new MarkdownRenderer().render(a));
        assertFalse(new MarkdownRenderer().render(a).contains("<"));
        assertTrue(new TextRenderer().render(a).startsWith("Cats & <Dogs>\n\nFirst [para].\nWhy #1\n"));
    }

    @Test
    void bylineLineWithoutAuthorsStartsWithACapital() {
        Article a = new Article(Article.SCHEMA_VERSION, "x.html", null, null, "T", null, List.of(), List.of(), null,
                List.of(), List.of(), null, null, null, new PageDate("2024-05-01", PageDate.DateSource.URL, false),
                new PageDate("2024-05-02", PageDate.DateSource.META, false), List.of(), List.of(), List.of());
        assertEquals("Published 2024-05-01 · updated 2024-05-02", MarkdownRenderer.byline(a));
    }

    @Test
    void terminalEscapesAreDroppedFromPlainText() {
        assertEquals("red text\tand\nmore", PlainText.clean("red text\tand\nmore\u009B\u0007"));
        assertEquals("[31mred", PlainText.clean("\u001B[31mred"));
    }

    @Test
    void aTableIsAPipeTableWithItsFirstRowAsHeader() {
        Article a = new Article(Article.SCHEMA_VERSION, "x.html", null, null, null, null, List.of(), List.of(), null,
                List.of(), List.of(), null, null, null, null, null,
                List.of(BodyBlock.table(List.of(List.of("Team", "Points"), List.of("Rovers | FC", "61"),
                        List.of("United")))), List.of(), List.of());
        assertEquals("""
                | Team | Points |
                | --- | --- |
                | Rovers \\| FC | 61 |
                | United |  |
                """, new MarkdownRenderer().render(a));
    }
}
