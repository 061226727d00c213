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
    void aTextPageHasNoMarkupAndAnUnknownAddress() {
        double[] f = PageFeatures.of(null, null, "Why?", false, false, List.of());
        assertTrue(Double.isNaN(feature(f, "url_depth")));
        assertEquals(0, feature(f, "forms"));
        assertEquals(1, feature(f, "title_question"));
    }
}
