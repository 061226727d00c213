package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A range of percentages is one figure per bound (the spec's section 8), also where the tagger runs the bounds together
 * ("about 5 to 10%" normalized as 510 percent), on invented sentences.
 */
class PercentRangeTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = new Analyzer().analyze(Articles.of(List.of(
                "Ferry fares rose by about 5 to 10% last year, the harbour board said.",
                "Harbour dues grew 5-10%, and pilots earn 20% to 30% more."), "2027-03-10", "en", List.of(), null), null);
    }

    private static long percent(double value) {
        return analysis.figures().stream()
                .filter(f -> f.kind() == Figure.Kind.PERCENT && f.value() == value).count();
    }

    @Test
    void boundsRunTogetherAreReadApart() {
        assertTrue(percent(510) == 0 && percent(5) == 2 && percent(10) == 2, () -> analysis.figures().toString());
    }

    @Test
    void boundsWrittenApartStayApart() {
        assertTrue(percent(20) == 1 && percent(30) == 1, () -> analysis.figures().toString());
    }
}
