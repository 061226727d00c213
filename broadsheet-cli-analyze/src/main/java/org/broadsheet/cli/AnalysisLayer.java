package org.broadsheet.cli;

import org.broadsheet.analysis.AnalysisJson;
import org.broadsheet.analysis.AnalyzedArticle;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.article.Article;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The knowledge layer for {@code index --analyze}, found as a service: present in the analyze jar only. The models
 * load (10-30 s) when {@code --analyze} asks for it, not before.
 */
public final class AnalysisLayer implements KnowledgeLayer {

    private final Analyzer analyzer = new Analyzer();
    private final AnalysisJson json = new AnalysisJson();

    @Override
    public ObjectNode analyze(Article article) {
        return json.toTree(new AnalyzedArticle(article, analyzer.analyze(article, null)));
    }
}
