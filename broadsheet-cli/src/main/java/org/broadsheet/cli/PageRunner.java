package org.broadsheet.cli;

import org.broadsheet.Extraction;
import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.source.RawPage;

/**
 * Extracts one page and renders it as the command asked: the article in a format, or the
 * {@code --explain} account of its blocks. Thread-safe.
 *
 * @param extractor the extraction pipeline
 * @param articles renders articles
 * @param explanations renders {@code --explain} output
 * @param format the output format
 * @param explain true to render the decisions instead of the article
 */
public record PageRunner(Extractor extractor, ArticleRenderer articles, ExplainRenderer explanations,
        ArticleFormat format, boolean explain) {

    /** Extracts {@code page}, keeping every block's decision. */
    public Extraction extract(RawPage page) throws ExtractionException {
        return extractor.explain(page);
    }

    /** The rendered form of {@code e}, which came from {@code input}. */
    public String render(Input input, Extraction e) {
        if (!explain) {
            return articles.render(e.article(), format);
        }
        return switch (format) {
            case JSON -> explanations.renderJson(input.name(), e, true);
            case JSONL -> explanations.renderJson(input.name(), e, false);
            case TEXT, MARKDOWN -> explanations.renderText(input.name(), e);
        };
    }
}
