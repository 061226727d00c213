package org.broadsheet.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.block.BlockSegmenter;
import org.broadsheet.block.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page-type evidence read from the markup in the walk that builds the page. */
class PageFeaturesTest {

    private static final String SHOP = """
            <html><head><meta property="og:type" content="product">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle"}</script>
            </head><body><form><input name=q><textarea></textarea></form>
            <div class="grid">
            <div class="product-card"><h3><a href="/k1">Steel kettle, 1.7 litres, with a limescale filter</a></h3></div>
            <div class="product-card"><h3><a href="/k2">Glass kettle, 1.5 litres, with a blue light inside</a></h3></div>
            <div class="product-card"><h3><a href="/k3">Travel kettle, 0.5 litres, that folds flat to pack</a></h3></div>
            </div><table><tr><td>Price</td><td>$39</td></tr></table></body></html>
            """;

    private static double feature(double[] f, String name) {
        return f[PageFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aShopsMarkupSaysProduct() {
        PageFeatures.Markup markup = new PageFeatures.Markup();
        Page.of(Jsoup.parse(SHOP), new BlockSegmenter(256), markup);
        double[] f = PageFeatures.of(markup, "https://shop.example.com/kettles", null, false, false, List.of());
        assertEquals(1, feature(f, "og_product"));
        assertEquals(1, feature(f, "ld_product"));
        assertEquals(0, feature(f, "ld_article"));
        assertEquals(Math.log1p(1), feature(f, "forms"));
        assertEquals(Math.log1p(2), feature(f, "inputs"));
        assertEquals(Math.log1p(3), feature(f, "repeated_entries"));
        assertEquals(Math.log1p(3), feature(f, "headings_linked"));
        assertEquals(Math.log1p(1), feature(f, "tables"));
        assertEquals(Math.log1p(3), feature(f, "product_classes"));
    }

    @Test
    void theWalkOfThePageAndAWalkOfItsOwnAgree() {
        Document doc = Jsoup.parse(SHOP);
        PageFeatures.Markup inWalk = new PageFeatures.Markup();
        Page.of(doc, new BlockSegmenter(256), inWalk);
        assertArrayEquals(PageFeatures.of(PageFeatures.Markup.of(doc), null, "Kettles?", true, false, List.of()),
                PageFeatures.of(inWalk, null, "Kettles?", true, false, List.of()));
    }

    @Test
    void aServicePageSpeaksAsWeAndAsksForActionWhereAnArticleReports() {
        BlockSegmenter segmenter = new BlockSegmenter(256);
        Page service = Page.of(Jsoup.parse("""
                <html><body><h1>Roof repair</h1><p>We fix our customers' roofs within a day, and we guarantee
                the work for ten years.</p><p><a href="/quote">Get a quote</a> or <a href="/contact">contact us</a>
                today.</p></body></html>"""), segmenter, new PageFeatures.Markup());
        List<Decision> kept = service.blocks().stream().map(b -> Decision.body(b, "test")).toList();
        double[] f = PageFeatures.of(null, null, "Roof repair", false, false, kept);
        assertEquals(Math.log1p(2), feature(f, "title_words"));
        assertEquals(0, feature(f, "title_digit"));
        assertEquals(4 / 25.0, feature(f, "body_we_share"), 1e-9); // We, our, we, us of 25 words
        assertEquals(Math.log1p(2), feature(f, "call_to_action"));

        Page article = Page.of(Jsoup.parse("""
                <html><body><p>The council closed 12 libraries in 2023, its report says, and the mayor said the
                money saved would go to schools.</p></body></html>"""), segmenter, new PageFeatures.Markup());
        double[] g = PageFeatures.of(null, null, "Council closed 12 libraries, report says", false, false,
                article.blocks().stream().map(b -> Decision.body(b, "test")).toList());
        assertEquals(Math.log1p(5), feature(g, "title_words")); // runs of letters: "12" is not a word
        assertEquals(1, feature(g, "title_digit"));
        assertEquals(0, feature(g, "body_we_share"));
        assertEquals(0, feature(g, "call_to_action"));
    }

    @Test
    void aTextPageHasNoMarkupAndAnUnknownAddress() {
        double[] f = PageFeatures.of(null, null, "Why?", false, false, List.of());
        assertTrue(Double.isNaN(feature(f, "url_depth")));
        assertEquals(0, feature(f, "forms"));
        assertEquals(1, feature(f, "title_question"));
    }
}
