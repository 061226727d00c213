package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/**
 * The model file format the training scripts write: terms are standardized weights, thresholds are named, an
 * unknown feature counts nothing, and a damaged file is refused with its name and line.
 */
class LogisticModelTest {

    private static LogisticModel read(String text) throws IOException {
        return LogisticModel.read(new BufferedReader(new StringReader(text)), "test.model");
    }

    @Test
    void aFeatureAddsItsWeightTimesItsStandardizedValue() throws IOException {
        LogisticModel m = read("# invented\nbias -1\nthreshold 0.3\nthreshold-rules 0.6\nfeature quoted 0.5 2 4\n");
        assertEquals(-1, m.bias());
        assertEquals(4 * (1.5 - 0.5) / 2, m.term("quoted", 1.5), 1e-12);
        assertEquals(0, m.term("unknown", 7));
        assertEquals(0.3, m.threshold("threshold", 0.5));
        assertEquals(0.6, m.threshold("threshold-rules", 0.5));
        assertEquals(0.5, m.threshold("threshold-other", 0.5));
        assertEquals(0.5, LogisticModel.probability(0), 1e-12);
    }

    @Test
    void aDamagedFileIsRefusedWithItsNameAndLine() {
        IOException e = assertThrows(IOException.class, () -> read("bias 0\nfeature quoted 0 1\n"));
        assertTrue(e.getMessage().contains("test.model line 2"), e.getMessage());
        IOException n = assertThrows(IOException.class, () -> read("bias zero\n"));
        assertTrue(n.getMessage().contains("test.model line 1"), n.getMessage());
    }

    @Test
    void theShippedRoleModelIsInThisFormat() {
        assertTrue(LogisticModel.resource("role-model.txt").orElseThrow().features().contains("kind_title"));
    }
}
