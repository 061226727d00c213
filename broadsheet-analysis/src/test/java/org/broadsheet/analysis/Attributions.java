package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

/** Finds, for tests, what an analysis attributed: the first quote or statement holding some words, a person's roles. */
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

    /** The roles, as stated, of the person of {@code analysis} named {@code name}; fails the test when there is none. */
    static List<String> roles(Analysis analysis, String name) {
        Person p = analysis.people().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        assertNotNull(p, () -> name + " not among " + analysis.people());
        return p.roles().stream().map(Role::stated).toList();
    }

    /** The first statement of {@code analysis} whose content holds {@code words}; fails the test when there is none. */
    static ReportedSpeech foundStatement(Analysis analysis, String words) {
        ReportedSpeech r = statement(analysis, words);
        assertNotNull(r, () -> "not found: " + analysis.reportedSpeech());
        return r;
    }
}
