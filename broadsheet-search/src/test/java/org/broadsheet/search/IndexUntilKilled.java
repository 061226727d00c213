package org.broadsheet.search;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: indexes {@code count} generated articles into a store, committing
 * every 50, and prints {@code committed N} after each commit, so that the test can kill it mid-way.
 */
public final class IndexUntilKilled {

    static final int COMMIT_EVERY = 50;

    private IndexUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (ArticleIndex index = ArticleIndex.open(store, COMMIT_EVERY)) {
            for (int i = 1; i <= count; i++) {
                index.add(article(i));
                if (i % COMMIT_EVERY == 0) {
                    System.out.println("committed " + i);
                    System.out.flush();
                }
            }
        }
    }

    static com.fasterxml.jackson.databind.node.ObjectNode article(int i) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            text.append("word").append((i * 7919 + w * 104729) % 100003).append(' ');
        }
        return Articles.article("https://crash.example/" + i, "en", "Story number " + i, text.toString().strip(),
                "Crash Gazette", "2024-01-01", List.of());
    }
}
