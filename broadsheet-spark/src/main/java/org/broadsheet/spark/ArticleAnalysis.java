package org.broadsheet.spark;

import org.broadsheet.article.Article;

/**
 * The knowledge layer, as {@code --analyze} finds it: a service ({@link java.util.ServiceLoader}) that a jar on the
 * class path provides. This module never depends on an implementation: the knowledge layer links Stanford CoreNLP
 * (GPL), and the Spark module stays Apache-2.0. A GPL jar provides the implementation.
 */
public interface ArticleAnalysis {

    /**
     * The analysis of {@code article} as JSON (the {@code analysis} object of {@code broadsheet analyze}'s output).
     * Called from many task threads at once: implementations are thread-safe.
     */
    String analyze(Article article);
}
