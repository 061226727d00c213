package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figure dump pairs found figures with labelled ones as the scorer does: value within 0.5 % and the same unit
 * family, one to one, so that a repeated number counts once per labelled figure (invented figures).
 */
class FigureBenchTest {

    private static Figure count(String text, double value) {
        return new Figure(Figure.Kind.COUNT, text, 0, text.length(), value, null, null, null, null);
    }

    private static Figure money(String text, double value) {
        return new Figure(Figure.Kind.MONEY, text, 0, text.length(), value, "USD", null, null, null);
    }

    @Test
    void aRepeatedNumberMatchesOncePerLabelledFigure() throws Exception {
        JsonNode labels = new ObjectMapper().readTree("[{\"value\": 40, \"unit\": \"count\"}]");
        assertArrayEquals(new boolean[] {true, false}, FigureBench.matches(labels, List.of(count("40", 40), count("40", 40))));
    }

    @Test
    void theValueMustBeWithinHalfAPercentAndTheUnitFamilyTheSame() throws Exception {
        JsonNode labels = new ObjectMapper().readTree("[{\"value\": 1000000, \"unit\": \"USD\"}]");
        assertArrayEquals(new boolean[] {true, false, false}, FigureBench.matches(labels,
                List.of(money("$1.004 million", 1_004_000), money("$1.01 million", 1_010_000), count("1 million", 1_000_000))));
    }

    @Test
    void theClosestFigureTakesTheLabel() throws Exception {
        JsonNode labels = new ObjectMapper().readTree("[{\"value\": 1000, \"unit\": \"people\"}]");
        assertArrayEquals(new boolean[] {false, true}, FigureBench.matches(labels, List.of(count("1,004", 1004), count("1,000", 1000))));
    }
}
