package org.broadsheet.analysis;

/** Finds, for tests, what an analysis attributed: the first quote or statement holding some words, or null. */
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
}
