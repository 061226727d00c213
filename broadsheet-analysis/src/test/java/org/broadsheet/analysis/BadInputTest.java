package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Articles the knowledge layer must refuse, cut or survive, and one analyzer shared by threads. */
class BadInputTest {

    /** A small bound, so that the overlong article costs little time here. */
    private static final int MAX_CHARS = 5_000;
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new Analyzer(MAX_CHARS);
    }

    private static boolean warned(Analysis a, String code) {
        return a.warnings().stream().anyMatch(w -> w.code().equals(code));
    }

    @Test
    void nonEnglishArticlesAreNotAnalysed() {
        Article german = Articles.of(List.of("Bundeskanzler Olaf Scholz sagte am Mittwoch, die Regierung werde handeln."),
                "2024-10-03", "de", List.of(), null);
        Analysis a = analyzer.analyze(german, null);
        assertEquals(Analysis.Status.SKIPPED, a.status());
        assertTrue(warned(a, "not-english"));
        assertTrue(a.people().isEmpty() && a.quotes().isEmpty());
    }

    @Test
    void emptyBodySaysSo() {
        Analysis a = analyzer.analyze(Articles.of(List.of(), "2024-10-03", "en", List.of(), null), null);
        assertEquals(Analysis.Status.SKIPPED, a.status());
        assertTrue(warned(a, "empty-body"));
    }

    @Test
    void tablesCapitalsAndOverlongBodiesAreCutWithWarnings() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Mayor Ann Lee said on Monday that the bridge would reopen in May.");
        paragraphs.add("1 23.4 56.7 89.0 12.3 | 2 45.6 78.9 01.2 34.5 | 3 67.8 90.1 23.4 56.7 | 4 11.1 22.2 33.3");
        paragraphs.add("THE COUNCIL WILL MEET AGAIN NEXT WEEK TO DISCUSS THE BUDGET AND THE NEW ROADS PLAN");
        paragraphs.add(String.join(" ", Collections.nCopies(200, "word")));
        String filler = "The council discussed the plan at length and agreed to meet again soon. ";
        while (String.join("\n", paragraphs).length() < MAX_CHARS + 1_000) {
            paragraphs.add(filler.repeat(5).strip());
        }
        Analysis a = analyzer.analyze(Articles.of(paragraphs, "2024-10-03", "en", List.of(), null), null);
        assertEquals(Analysis.Status.ANALYSED, a.status());
        assertTrue(warned(a, "analysis-skipped-table"), a.warnings()::toString);
        assertTrue(warned(a, "analysis-skipped-capitals"), a.warnings()::toString);
        assertTrue(warned(a, "analysis-skipped-long-sentence"), a.warnings()::toString);
        assertTrue(warned(a, "analysis-truncated"), a.warnings()::toString);
        // the prose before the cuts is still analysed
        assertEquals("Ann Lee", a.people().get(0).name());
        assertTrue(a.reportedSpeech().stream().anyMatch(r -> r.content().text().contains("the bridge would reopen")));
    }

    @Test
    void withoutAnyDateRelativeDatesAreLeftOut() {
        Analysis a = analyzer.analyze(Articles.of(List.of("The minister spoke on Wednesday about the 2019 budget."),
                null, "en", List.of(), null), null);
        assertTrue(warned(a, "no-date"));
        assertTrue(a.dates().stream().noneMatch(d -> d.text().equals("Wednesday")), a.dates()::toString);
    }

    @Test
    void theFallbackDateAnchorsRelativeDates() {
        Analysis a = analyzer.analyze(Articles.of(List.of("The minister said on Wednesday that last year's budget was too small."),
                null, "en", List.of(), null), java.time.LocalDate.of(2024, 10, 3));
        assertEquals("2024-10-03", a.anchorDate());
        assertTrue(a.dates().stream().anyMatch(d -> d.text().equals("Wednesday") && d.value().equals("2024-10-02")),
                a.dates()::toString);
    }

    @Test
    void oneAnalyzerServesSeveralThreadsWithTheSameAnswers() throws Exception {
        Article seed = Articles.of(Articles.lines("/seed-body.txt"), "2024-10-03", "en", List.of(), null);
        String expected = new AnalysisJson().analysis(analyzer.analyze(seed, null)).toString();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> new AnalysisJson().analysis(analyzer.analyze(seed, null)).toString()));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSeedPageThroughTextModeGivesTheSameQuotes() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("../../shared/seed/000_a28ed3d70ae9afd0.txt").toAbsolutePath()
                .normalize().toFile().exists() ? Path.of("../../shared/seed/000_a28ed3d70ae9afd0.txt")
                : Path.of("/work/shared/seed/000_a28ed3d70ae9afd0.txt"));
        Article article = new Extractor().explain(new RawPage("seed.txt", page, null, "text/plain; charset=UTF-8"),
                InputFormat.TEXT).article();
        Analysis a = analyzer.analyze(article, null);
        assertEquals("2024-10-03", a.anchorDate(), "the page's 'Updated: 2024-10-03' anchors the dates");
        assertEquals(List.of("Xi Jinping", "Zhang Hanhui", "Xi Jinping"),
                a.quotes().stream().map(q -> q.speaker().name()).toList());
        assertTrue(a.person("Zhang Yunbi") != null && a.person("Zhang Yunbi").author());
        assertTrue(new String(page, StandardCharsets.UTF_8).contains(a.quotes().get(0).text()));
    }
}
