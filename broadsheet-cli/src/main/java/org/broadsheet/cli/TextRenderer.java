package org.broadsheet.cli;

import org.broadsheet.article.Article;

/**
 * Writes an article as plain text: the title, a blank line, then the body, one block a line. Control
 * characters are dropped (see {@link PlainText}).
 */
public final class TextRenderer {

    /** The article as plain text, ending with a newline. */
    public String render(Article a) {
        StringBuilder out = new StringBuilder();
        if (a.title() != null && !a.title().isBlank()) {
            out.append(PlainText.clean(a.title())).append("\n\n");
        }
        String body = a.text();
        if (!body.isEmpty()) {
            out.append(PlainText.clean(body)).append('\n');
        }
        return out.toString();
    }
}
