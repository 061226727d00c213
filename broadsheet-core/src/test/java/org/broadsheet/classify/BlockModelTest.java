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
}
