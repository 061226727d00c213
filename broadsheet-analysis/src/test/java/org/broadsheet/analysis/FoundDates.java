package org.broadsheet.analysis;

/** The dates an analysis found, looked up by their text as a test names them. */
final class FoundDates {

    private FoundDates() {
    }

    /** The value of the first date whose text is {@code text}; fails the test, listing every date found, when none is. */
    static String valueOf(Analysis analysis, String text) {
        return analysis.dates().stream().filter(d -> d.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no date " + text + " in " + analysis.dates())).value();
    }
}
