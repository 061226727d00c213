package org.broadsheet.analysis;

import java.util.Objects;

import org.broadsheet.article.Article;

/**
 * An article with its analysis beside it: the article is unchanged.
 *
 * @param article the extracted article
 * @param analysis what the knowledge layer found in its body
 */
public record AnalyzedArticle(Article article, Analysis analysis) {

    /** Both parts are required. */
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
    }
}
