package org.broadsheet.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.broadsheet.article.PageType;
import org.junit.jupiter.api.Test;

/** The block model's file and its cuts, which depend on the page's type. */
class BlockModelTest {

    /** One tree: a block with a long text ({@code log_len}, feature 2, above 4) is likely main content. */
    private static final String MODEL = """
            # a model written to test the cuts
            base 0
            add-cut 0.75
            drop-cut 0.10
            type-cuts forum 0.30 0.05
            type-cuts listing 0.30 0.60
            tree 2,4,1,2 -1,-1,0,0 -1,1,0,0
            """;

    private static BlockModel read(String text) throws IOException {
        return BlockModel.read(new BufferedReader(new StringReader(text)));
    }

    private static double[] block(double logLen) {
        double[] x = new double[BlockFeatures.NAMES.size()];
        x[2] = logLen;
        return x;
    }

    @Test
    void aBlockTheRulesLeftOutComesBackMoreReadilyOnAForumThanOnAnArticle() throws IOException {
        BlockModel m = read(MODEL);
        double[] longBlock = block(6);   // chance 1 / (1 + e^-1) = 0.73
        assertEquals(0.731, m.probability(longBlock), 0.001);
        assertFalse(m.keeps(longBlock, false, PageType.ARTICLE), "an article keeps the rules' decision");
        assertFalse(m.keeps(longBlock, false, null), "an unjudged page is cut as an article is");
        assertTrue(m.keeps(longBlock, false, PageType.FORUM), "a forum's post comes back");
        assertFalse(m.keeps(longBlock, false, PageType.PRODUCT), "a type without cuts of its own is cut as an article");
    }

    @Test
    void aBlockTheRulesKeptStaysUnlessItsTypesDropCutIsAboveItsChance() throws IOException {
        BlockModel m = read(MODEL);
        double[] shortBlock = block(2);   // chance 1 / (1 + e) = 0.27
        assertTrue(m.keeps(shortBlock, true, PageType.ARTICLE));
        assertTrue(m.keeps(shortBlock, true, PageType.FORUM));
        assertFalse(m.keeps(shortBlock, true, PageType.LISTING));
    }

    @Test
    void anUnknownPageTypeInTheFileIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> read(MODEL.replace("type-cuts forum", "type-cuts recipe")));
    }

    @Test
    void theBundledModelReads() {
        double[] x = new double[BlockFeatures.NAMES.size()];
        double p = BlockModel.bundled().probability(x);
        assertTrue(p >= 0 && p <= 1, "a chance: " + p);
    }

    @Test
    void everyTreeAddsItsLeafToTheBase() throws IOException {
        // a one-leaf tree, then a tree of five nodes on log_len (feature 2) and a third on feature 3
        BlockModel m = read("""
                base 0.5
                tree -1,0.25,0,0
                tree 2,4,1,2 -1,-1,0,0 2,8,3,4 -1,1,0,0 -1,3,0,0
                tree 3,0,1,2 -1,-0.5,0,0 -1,0.5,0,0
                """);
        double[] x = block(6);
        assertEquals(0.5 + 0.25 + 1 - 0.5, m.logOdds(x), 1e-12);
        x = block(9);
        x[3] = 1;
        assertEquals(0.5 + 0.25 + 3 + 0.5, m.logOdds(x), 1e-12);
        assertEquals(0.5 + 0.25 - 1 - 0.5, m.logOdds(block(1)), 1e-12);
    }

    @Test
    void aChildBeforeItsParentIsAnError() {
        assertThrows(IllegalStateException.class, () -> read("base 0\ntree 2,4,0,2 -1,-1,0,0 -1,1,0,0\n"));
        assertThrows(IllegalStateException.class, () -> read("base 0\ntree 2,4,1,3 -1,-1,0,0 -1,1,0,0\n"));
    }
}
