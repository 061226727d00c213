package org.broadsheet.cli;

import java.io.IOException;
import java.io.InputStream;

import org.broadsheet.Extraction;
import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.source.RawPage;

/**
 * Reads, extracts and renders one page as the command asked: the article in a format, or the
 * {@code --explain} account of its blocks. Never throws: a page that fails gives a result that says
 * why. Thread-safe, so that pages can be processed in parallel.
 *
 * @param extractor the extraction pipeline
 * @param articles renders articles
 * @param explanations renders {@code --explain} output
 * @param format the output format
 * @param explain true to render the decisions instead of the article
 * @param inputFormat how to read pages: {@link InputFormat#AUTO} decides per page
 */
public record PageRunner(Extractor extractor, ArticleRenderer articles, ExplainRenderer explanations,
        ArticleFormat format, boolean explain, InputFormat inputFormat) {

    /**
     * What became of one page.
     *
     * @param input the page
     * @param content its rendered form, or {@code null} when it failed
     * @param warned true when the article has warnings
     * @param problem why it failed, or {@code null}
     */
    public record Result(Input input, String content, boolean warned, String problem) {

        /** True when the page gave an article. */
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * Processes {@code input}.
     *
     * @param stdin what {@code -} reads
     * @param url the page's address given by the user, or {@code null}
     */
    public Result process(Input input, InputStream stdin, String url) {
        try {
            Extraction e = extractor.explain(new RawPage(input.name(), input.read(stdin), url, null), inputFormat);
            return new Result(input, render(input, e), !e.article().warnings().isEmpty(), null);
        } catch (ExtractionException | IOException e) {
            return new Result(input, null, false, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(input, null, false, "internal error: " + e);
        } catch (OutOfMemoryError e) {
            return new Result(input, null, false, "ran out of memory");
        }
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
