package org.broadsheet.cli;

import org.broadsheet.article.Article;
import org.broadsheet.json.ArticleJson;

/** Writes an article in any {@link ArticleFormat}. Thread-safe. */
public final class ArticleRenderer {

    private final ArticleJson json = new ArticleJson();
    private final TextRenderer text = new TextRenderer();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** {@code a} in {@code format}, ending with a newline. */
    public String render(Article a, ArticleFormat format) {
        return switch (format) {
            case JSON -> json.toJson(a) + "\n";
            case JSONL -> json.toJsonLine(a) + "\n";
            case TEXT -> text.render(a);
            case MARKDOWN -> markdown.render(a);
        };
    }
}
