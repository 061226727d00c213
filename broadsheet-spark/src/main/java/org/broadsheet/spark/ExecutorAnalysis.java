package org.broadsheet.spark;

import java.util.ServiceLoader;

import org.broadsheet.article.Article;

/**
 * The knowledge layer of this JVM: loaded once per executor, on first use, and shared by its tasks (its models
 * take seconds and hundreds of megabytes to load).
 */
final class ExecutorAnalysis {

    private ExecutorAnalysis() {
    }

    /** The one instance, made when a task first needs it (the holder idiom: class initialization is thread-safe). */
    private static final class Loaded {
        static final ArticleAnalysis INSTANCE = ServiceLoader.load(ArticleAnalysis.class).findFirst()
                .orElseThrow(ExecutorAnalysis::missing);
    }

    /**
     * Checks, without loading any model, that an implementation is on the class path.
     *
     * @throws IllegalStateException saying which jar to add
     */
    static void require() {
        if (ServiceLoader.load(ArticleAnalysis.class).stream().findFirst().isEmpty()) {
            throw missing();
        }
    }

    static String analyze(Article article) {
        return Loaded.INSTANCE.analyze(article);
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("--analyze needs the knowledge layer on the class path: a jar that "
                + "provides the service org.broadsheet.spark.ArticleAnalysis (GPL-3.0-or-later, over Stanford "
                + "CoreNLP), given to spark-submit's --jars; none is built yet (docs/spark.md, Licences)");
    }
}
