package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The scorer's unit families follow the spec (section 8 and 11): a currency is an ISO 4217 code, so three capitals
 * that are no currency ("a 2.12 ERA", "UFC 161", "a .984 OPS") are counts, and a weight in pounds is one family
 * whether a label writes it {@code lb} or {@code pounds}.
 */
class AttributionScorerUnitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void currencyCodesAreTheirOwnFamilies() {
        assertEquals("USD", AttributionScorer.unitFamily("USD"));
        assertEquals("RUB", AttributionScorer.unitFamily("RUB"));
        assertTrue(AttributionScorer.figureSimilarity(gold(16_000_000, "RUB"), "USD", 16_000_000) < 0,
                "roubles are not dollars");
    }

    @Test
    void capitalsThatAreNoCurrencyAreCounts() {
        assertEquals("count", AttributionScorer.unitFamily("ERA"));
        assertEquals("count", AttributionScorer.unitFamily("OPS"));
        assertTrue(AttributionScorer.figureSimilarity(gold(2.12, "count"), "ERA", 2.12) >= 0,
                "a pitcher's 2.12 ERA labelled as a count matches a prediction in unit ERA");
    }

    @Test
    void aWeightInPoundsIsOneFamilyWhicheverWayItIsWritten() {
        assertEquals("lb", AttributionScorer.unitFamily("pounds"));
        assertTrue(AttributionScorer.figureSimilarity(gold(210, "pounds"), "lb", 210) >= 0);
        assertTrue(AttributionScorer.figureSimilarity(gold(60, "lb"), "GBP", 60) < 0,
                "a weight is not an amount of sterling");
    }

    private static JsonNode gold(double value, String unit) {
        return JSON.createObjectNode().put("value", value).put("unit", unit);
    }
}
