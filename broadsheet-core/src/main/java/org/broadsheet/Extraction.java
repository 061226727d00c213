package org.broadsheet;

import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.classify.Decision;

/**
 * An article together with the decision taken on every block of its page, for {@code --explain} and
 * for tests that check why text was kept or dropped. A value: its blocks hold no part of the parsed page
 * ({@link org.broadsheet.block.Block#element()} is null), so nothing here can change the page or keep it alive.
 *
 * @param article the extracted article
 * @param decisions one per block of the page, in reading order
 * @param inputFormat what the page was read as: {@link InputFormat#HTML} or {@link InputFormat#TEXT}
 */
public record Extraction(Article article, List<Decision> decisions, InputFormat inputFormat) {

    public Extraction {
        decisions = decisions.stream().map(Decision::detached).toList();
    }
}
