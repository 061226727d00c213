package org.broadsheet.spark.analyze;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.broadsheet.analysis.AnalysisJson;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.article.Article;
import org.broadsheet.spark.ArticleAnalysis;

/**
 * The knowledge layer as {@code broadsheet spark --analyze} runs it: one {@link Analyzer} (the CoreNLP models) per
 * executor, shared by its tasks. An article with no date of its own is analysed against the day it was captured.
 */
public final class KnowledgeLayer implements ArticleAnalysis {

    private final Analyzer analyzer = new Analyzer();
    private final AnalysisJson json = new AnalysisJson();

    @Override
    public String analyze(Article article) {
        return json.analysis(analyzer.analyze(article, capturedOn(article))).toString();
    }

    private static LocalDate capturedOn(Article article) {
        if (article.provenance() == null || article.provenance().fetchedAt() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(article.provenance().fetchedAt()).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
