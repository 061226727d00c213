package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The learned exit's trees as the resource writes them: preorder, the side at or under the cut first. */
class UncluedJudgeTest {

    private static UncluedJudge read(String text) throws IOException {
        return UncluedJudge.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void treesAddUpTheLeavesTheRunReaches() throws IOException {
        UncluedJudge judge = read("""
                # two trees
                threshold 1.5
                tree
                split exit.lowerItems 0.5
                leaf -1.0
                split links.writtenHosts 1.0
                leaf 0.5
                leaf 1.25
                tree
                split shape.letters 4
                leaf -0.25
                leaf 0.5
                """);
        // typed as searches, written links to three sites or more, long: 1.25 + 0.5 over 1.5
        UncluedJudge.Judgement planted = judge.judge(Map.of("exit.lowerItems", 0.9, "links.writtenHosts", 1.6,
                "shape.letters", 5.0));
        assertTrue(planted.planted());
        assertEquals(0.25, planted.margin(), 1e-9);
        // names with capitals: the first tree's low side, whatever else
        assertFalse(judge.judge(Map.of("exit.lowerItems", 0.1, "links.writtenHosts", 3.0, "shape.letters", 6.0))
                .planted());
        // a feature the evidence lacks is 0: at or under every cut
        assertEquals(-1.25, judge.judge(Map.of()).score(), 1e-9);
    }

    @Test
    void theBundledTreesLoadAndATreeCutShortIsAnError() throws IOException {
        UncluedJudge.bundled();
        assertThrows(IOException.class, () -> read("threshold 1\ntree\nsplit a 1\nleaf 1\n"));
    }
}
