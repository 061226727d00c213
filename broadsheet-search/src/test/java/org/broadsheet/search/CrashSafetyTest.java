package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of indexing leaves a store that opens with all it committed; the same run again completes it. */
class CrashSafetyTest {

    private static final int ARTICLES = 3_000;

    @TempDir
    Path store;

    @Test
    void aKilledIndexerLeavesItsCommitsAndARerunCompletesWithoutDuplicates() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IndexUntilKilled.class.getName(), store.toString(), String.valueOf(ARTICLES))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null && committed < 300;) {
                committed = Integer.parseInt(line.substring("committed ".length()));
            }
            child.destroyForcibly();   // SIGKILL: no shutdown hook, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(committed >= 300, "the child committed " + committed);
        assertTrue(child.exitValue() != 0, "the child was killed before it finished");

        int afterKill;
        try (Corpus corpus = Corpus.open(store)) {
            afterKill = corpus.articleCount();
            assertTrue(afterKill >= committed, afterKill + " articles after the kill, " + committed + " committed");
            assertTrue(afterKill < ARTICLES, "killed before the end");
        }

        try (ArticleIndex index = ArticleIndex.open(store)) {
            for (int i = 1; i <= ARTICLES; i++) {
                index.add(IndexUntilKilled.article(i));
            }
            Map<ArticleIndex.Outcome, Integer> counts = index.counts();
            assertEquals(afterKill, counts.get(ArticleIndex.Outcome.UNCHANGED));
            assertEquals(ARTICLES - afterKill, counts.get(ArticleIndex.Outcome.ADDED));
        }
        try (Corpus corpus = Corpus.open(store)) {
            assertEquals(ARTICLES, corpus.articleCount());
            SearchResults all = corpus.search(new SearchRequest("\"story number\"", Map.of(), null, null,
                    SearchRequest.Sort.RELEVANCE, false, 0, 100));
            assertEquals(ARTICLES, all.total());
            Set<String> ids = new HashSet<>();
            all.hits().forEach(h -> assertTrue(ids.add(h.id())));
        }
    }

}
