package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Warning;
import org.junit.jupiter.api.Test;

/**
 * What the language pipeline is given: the body's prose, offset for offset; an article's table is blanked (its cells
 * are no sentences), and a warning says so. The article is invented.
 */
class BodyScreenTest {

    @Test
    void anArticlesTableIsNotAnalysedButItsProseIs() {
        Article a = Articles.of(List.of("The council said spending rose 12% to $4.1 million.", "Turnout fell."), "2026-11-04",
                "en", List.of(), null);
        List<BodyBlock> blocks = new ArrayList<>(a.blocks());
        blocks.add(1, BodyBlock.table(List.of(List.of("Ward", "Spending"), List.of("North", "$1.2 million"),
                List.of("South", "$2.9 million"))));
        Article withTable = new Article(a.schemaVersion(), a.source(), a.url(), a.canonicalUrl(), a.title(), a.subtitle(),
                a.authors(), a.authorOrganizations(), a.publisher(), a.section(), a.tags(), a.description(), a.language(),
                a.image(), a.published(), a.modified(), blocks, a.removed(), a.warnings());
        List<Warning> warnings = new ArrayList<>();
        String screened = BodyScreen.screen(withTable, warnings, Analyzer.MAX_CHARS);
        assertEquals(withTable.text().length(), screened.length(), "offsets stay those of the body");
        assertTrue(screened.startsWith("The council said spending rose 12% to $4.1 million.\n"));
        assertTrue(screened.endsWith("\nTurnout fell."));
        assertFalse(screened.contains("North") || screened.contains("$2.9"), screened);
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("analysis-skipped-table-block")), warnings::toString);
    }
}
