package org.broadsheet;

import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockDecision;
import org.broadsheet.article.SpamJudgement;

/**
 * An article together with the decision taken on every block of its page, for {@code --explain} and
 * for tests that check why text was kept or dropped. A value: nothing here holds or can change the parsed page.
 *
 * @param article the extracted article
 * @param decisions one per block of the page, in reading order
 * @param inputFormat what the page was read as: {@link InputFormat#HTML} or {@link InputFormat#TEXT}
 * @param spamJudgements every suspect injected-spam detection judged, flagged or not, in page order
 */
public record Extraction(Article article, List<BlockDecision> decisions, InputFormat inputFormat,
        List<SpamJudgement> spamJudgements) {

    /** Copies the list, so that the value cannot change. */
    public Extraction {
        decisions = List.copyOf(decisions);
        spamJudgements = List.copyOf(spamJudgements);
    }

    /** An extraction without spam judgements. */
    public Extraction(Article article, List<BlockDecision> decisions, InputFormat inputFormat) {
        this(article, decisions, inputFormat, List.of());
    }
}
