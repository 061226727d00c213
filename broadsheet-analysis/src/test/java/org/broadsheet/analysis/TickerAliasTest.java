package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A company named with its stock ticker in parentheses where the ticker is the name itself ("IBM (IBM)"), as market
 * and investing pages print it: the article is analysed, and the company keeps its name with no alias of itself.
 */
class TickerAliasTest {

    @Test
    void aNameThatIsItsOwnTickerIsAnalysed() {
        List<String> paragraphs = List.of(
                "The largest cloud providers are Harbourline (HBL) Cloud, Quayside (QSD) Compute and IBM (IBM) Cloud.",
                "IBM said on Monday that its cloud revenue rose 12 percent in the quarter.");
        Analysis analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
        assertTrue(analysis.organizations().stream().map(Organization::name).noneMatch(n -> n.equals("IBM (IBM)")),
                () -> "organizations: " + analysis.organizations());
        assertTrue(analysis.reportedSpeech().stream().anyMatch(r -> r.content().text().contains("cloud revenue rose")),
                () -> "reported: " + analysis.reportedSpeech());
    }
}
