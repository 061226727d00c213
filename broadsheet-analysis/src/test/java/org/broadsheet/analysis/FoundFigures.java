package org.broadsheet.analysis;

/** The figures an analysis found, looked up by their text in the article: for tests on invented sentences. */
record FoundFigures(Analysis analysis) {

    /** True when no figure has exactly this text. */
    boolean none(String text) {
        return analysis.figures().stream().noneMatch(f -> f.text().equals(text));
    }

    /** The first figure with exactly this text; an assertion error naming every figure found when there is none. */
    Figure figure(String text) {
        return analysis.figures().stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not found: " + text + " in " + analysis.figures()));
    }

    /** Asserts that the figure with exactly this text has this value and unit, and returns it. */
    Figure measured(String text, double value, String unit) {
        Figure f = figure(text);
        org.junit.jupiter.api.Assertions.assertEquals(value, f.value(), () -> text + " in " + analysis.figures());
        org.junit.jupiter.api.Assertions.assertEquals(unit, f.unit(), () -> text + " in " + analysis.figures());
        return f;
    }
}
