package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryFileOnSeveralThreadsAndNamesABadOne() throws IOException {
        Path good = lines(dir.resolve("a.jsonl"), 0, 50);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"title\": \"half");
        Path more = lines(dir.resolve("b.jsonl"), 50, 30);
        List<Path> named = new ArrayList<>();
        Path store = dir.resolve("store");
        try (ArticleIndex index = ArticleIndex.open(store)) {
            IOException failure = ArticleFiles.readAll(List.of(good, bad, more), 3, index::add,
                    (file, e) -> named.add(file));
            assertNull(failure);
        }
        assertEquals(List.of(bad), named);
        try (Corpus c = Corpus.open(store)) {
            assertEquals(80, c.articleCount());
        }
    }

    @Test
    void aStoreThatCannotBeWrittenStopsTheReadingAndIsReportedOnce() throws IOException {
        Path first = lines(dir.resolve("a.jsonl"), 0, 400);
        Path second = dir.resolve("never-read.jsonl");   // does not exist: reading it would report it
        List<Path> named = new ArrayList<>();
        AtomicInteger offered = new AtomicInteger();
        AtomicInteger offeredAtFailure = new AtomicInteger();
        int threads = 2;
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("store"))) {
            Object store = new Object();
            IOException failure = ArticleFiles.readAll(List.of(first, second), threads, article -> {
                // one article at a time: under load, adds on the other thread could otherwise still succeed while
                // the close is under way, and the whole first file be read before the store fails
                synchronized (store) {
                    if (offered.incrementAndGet() == 20) {
                        index.close();   // from here on the store cannot be written
                    }
                    try {
                        index.add(article);
                    } catch (IOException e) {
                        offeredAtFailure.compareAndSet(0, offered.get());
                        throw e;
                    }
                }
            }, (file, e) -> named.add(file));
            assertNotNull(failure, "the store's failure is returned");
            assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
        }
        assertEquals(List.of(), named, "no file is read after the store failed");
        // reading stops: at most the articles already in flight (four per thread) follow the first failure
        assertTrue(offered.get() <= offeredAtFailure.get() + threads * 4 + 1, offered.get() + " articles offered of "
                + "400, the first failure at " + offeredAtFailure.get());
    }

    @Test
    void anArticleTheStoreRefusesIsNamedAndTheOthersAreIndexed() throws IOException {
        Path file = lines(dir.resolve("a.jsonl"), 0, 40);
        List<String> problems = new ArrayList<>();
        Path store = dir.resolve("store");
        try (ArticleIndex index = ArticleIndex.open(store)) {
            IOException failure = ArticleFiles.readAll(List.of(file), 3, article -> {
                if (article.path("url").asText().endsWith("story-7")) {
                    throw new IllegalArgumentException("immense term");   // as Lucene refuses a keyword over 32 KB
                }
                index.add(article);
            }, (f, e) -> problems.add(f.getFileName() + ": " + e.getMessage()));
            assertNull(failure, "one refused article does not stop the batch");
        }
        assertEquals(List.of("a.jsonl: an article was not indexed (https://example.com/story-7): immense term"),
                problems);
        try (Corpus c = Corpus.open(store)) {
            assertEquals(39, c.articleCount());
        }
    }

    /** A JSON Lines file of {@code n} short articles, numbered from {@code from}. */
    private static Path lines(Path file, int from, int n) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            b.append(Articles.article("https://example.com/story-" + i, "en", "Story " + i, "Council votes on budget "
                    + i + " after a long debate.", "Daily", "2024-05-01", List.of())).append('\n');
        }
        return Files.writeString(file, b);
    }
}
