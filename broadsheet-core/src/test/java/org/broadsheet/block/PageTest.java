package org.broadsheet.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page value: blocks, visible lines and head fields from one walk, as each would be read alone. */
class PageTest {

    private static final String PAGE = """
            <html><head><title>Council approves budget</title>
            <meta name="description" content="The city's plan for 2027">
            <meta name="KEYWORDS" content="budget, council">
            <noscript>head noscript is not a field</noscript>
            <style>.gone { display: none }</style></head>
            <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <article><h1>Council approves budget</h1>
            <p>The council voted <b>7 to 2</b> on Tuesday.<br>The plan adds bus lines.</p>
            <p class="gone">Cheap pills here</p>
            <div><div><div><p>Deep text</p></div></div></div>
            <noscript>Turn on scripts to comment</noscript></article>
            <script>var x = "<p>not text</p>";</script></body></html>
            """;

    @Test
    void oneWalkReadsWhatEachReaderReadsAlone() {
        Document doc = Jsoup.parse(PAGE);
        Page page = Page.of(doc, new BlockSegmenter(256));
        Visibility visibility = new Visibility(doc);
        assertEquals(new BlockSegmenter(256).segment(doc.body(), visibility).blocks().stream().map(Block::text).toList(),
                page.blocks().stream().map(Block::text).toList());
        assertEquals(VisibleLines.of(doc.body(), visibility).lines().stream().map(VisibleLines.Line::text).toList(),
                page.visibleLines().lines().stream().map(VisibleLines.Line::text).toList());
        assertTrue(page.blocks().stream().anyMatch(b -> b.text().equals("Cheap pills here") && b.hidden()));
        assertFalse(page.visibleLines().lines().stream().anyMatch(l -> l.text().contains("Cheap pills")));
    }

    @Test
    void headFieldsAreTheTitleTheSummaryMetasAndTheBodysNoscripts() {
        Page page = Page.of(Jsoup.parse(PAGE), new BlockSegmenter(256));
        assertEquals(List.of(new Page.HeadField("title", "Council approves budget"),
                new Page.HeadField("description", "The city's plan for 2027"),
                new Page.HeadField("keywords", "budget, council"),
                new Page.HeadField("noscript", "Turn on scripts to comment")), page.headFields());
    }

    @Test
    void aKeywordHackPlantsTwentyHeadFieldsAtTheMost() {
        StringBuilder html = new StringBuilder("<html><head><title>t</title>");
        for (int i = 0; i < 15; i++) {
            html.append("<meta name=keywords content='pills ").append(i).append("'>");
        }
        html.append("</head><body>");
        for (int i = 0; i < 15; i++) {
            html.append("<noscript>casino ").append(i).append("</noscript>");
        }
        Page page = Page.of(Jsoup.parse(html + "</body></html>"), new BlockSegmenter(256));
        assertEquals(21, page.headFields().size());
        assertEquals(15, page.headFields().stream().filter(f -> f.name().equals("keywords")).count());
        assertEquals(new Page.HeadField("noscript", "casino 4"), page.headFields().get(20));
    }

    @Test
    void theReaderSeesEveryElementOnceAndKnowsTheBody() {
        Document doc = Jsoup.parse(PAGE);
        List<String> head = new ArrayList<>();
        List<String> body = new ArrayList<>();
        Page page = Page.of(doc, new BlockSegmenter(256), (el, inBody) -> (inBody ? body : head).add(el.normalName()));
        assertEquals(doc.getAllElements().size(), head.size() + body.size());
        assertTrue(head.containsAll(List.of("title", "meta", "style")));
        assertEquals("body", body.get(0));
        assertTrue(body.containsAll(List.of("article", "script", "noscript")));
        // html > body > article > div > div > div > p, the document at 0
        assertEquals(7, page.deepestElement());
    }
}
