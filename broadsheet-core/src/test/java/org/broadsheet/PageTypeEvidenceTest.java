package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.broadsheet.article.Article;
import org.broadsheet.article.RawPage;
import org.broadsheet.classify.PageFeatures;
import org.broadsheet.classify.PageTypeClassifier;
import org.junit.jupiter.api.Test;

/**
 * The evidence the page-type model is trained on is the evidence the extractor judges the page by, fallbacks
 * included: a page built by scripts is judged on what it offers readers without them.
 */
class PageTypeEvidenceTest {

    private static final String POST = "<div class=\"post\"><p>I replaced the pump on my washing machine last week and "
            + "the drain still makes a grinding noise after every cycle, even with the filter cleaned out twice.</p></div>";

    /** A thread drawn by a script; its posts are also given, for readers without scripts, in {@code <noscript>}. */
    private static final String SCRIPT_BUILT_THREAD = "<html><head><title>Pump still grinding after repair</title>"
            + "</head><body><div id=\"root\"></div><script>render()</script><noscript>" + POST.repeat(6)
            + "</noscript></body></html>";

    private static double feature(double[] f, String name) {
        return f[PageFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aScriptBuiltPageIsJudgedOnItsNoscriptContent() throws ExtractionException {
        RawPage page = RawPage.of("thread.html", SCRIPT_BUILT_THREAD.getBytes(StandardCharsets.UTF_8),
                "https://forum.example.org/t/pump-still-grinding/8812");
        Extractor extractor = new Extractor();
        Article article = extractor.extract(page);
        assertTrue(article.text().contains("grinding noise"), article.text());

        double[] evidence = extractor.pageTypeEvidence(page);
        assertEquals(PageFeatures.NAMES.size(), evidence.length);
        // the kept text is the noscript posts (six of about 160 characters), not the empty script-drawn root
        assertTrue(feature(evidence, "body_chars") > Math.log1p(500), "body_chars " + feature(evidence, "body_chars"));
        assertEquals(article.pageType(), new PageTypeClassifier().classify(evidence));
    }
}
