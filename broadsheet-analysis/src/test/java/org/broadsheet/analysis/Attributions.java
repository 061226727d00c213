package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Finds, for tests, what an analysis attributed: the first quote or statement holding some words. */
final class Attributions {

    private Attributions() {
    }

    /** The first quote of {@code analysis} whose text holds {@code words}, or null. */
    static Quote quote(Analysis analysis, String words) {
        return analysis.quotes().stream().filter(q -> q.text().contains(words)).findFirst().orElse(null);
    }

    /** The first reported statement of {@code analysis} whose content holds {@code words}, or null. */
    static ReportedSpeech statement(Analysis analysis, String words) {
        return analysis.reportedSpeech().stream().filter(r -> r.content().text().contains(words)).findFirst()
                .orElse(null);
    }

    /** The first quote of {@code analysis} whose text holds {@code words}; fails the test when there is none. */
    static Quote foundQuote(Analysis analysis, String words) {
        Quote q = quote(analysis, words);
        assertNotNull(q, () -> "not found: " + analysis.quotes());
        return q;
    }

    /** The first statement of {@code analysis} whose content holds {@code words}; fails the test when there is none. */
    static ReportedSpeech foundStatement(Analysis analysis, String words) {
        ReportedSpeech r = statement(analysis, words);
        assertNotNull(r, () -> "not found: " + analysis.reportedSpeech());
        return r;
    }
}
