package org.broadsheet;

import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.classify.Decision;

/**
 * An article together with the decision taken on every block of its page, for {@code --explain} and
 * for tests that check why text was kept or dropped.
 *
 * @param article the extracted article
 * @param decisions one per block of the page, in reading order
 */
public record Extraction(Article article, List<Decision> decisions) {

    public Extraction {
        decisions = List.copyOf(decisions);
    }
}
