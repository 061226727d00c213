package org.broadsheet.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.block.BlockSegmenter;
import org.broadsheet.classify.Decision;
import org.broadsheet.meta.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A data table kept in the body stays one table with its rows and cells. */
class TableRowsTest {

    private static final Metadata NONE = new Metadata(null, null, List.of(), List.of(), null, List.of(), List.of(),
            null, null, null, null, null, null);

    private static Article assemble(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        List<Decision> all = new BlockSegmenter(256).segment(doc.body()).blocks().stream()
                .map(b -> Decision.body(b, "kept")).toList();
        return new ArticleAssembler().assemble("t", null, NONE, all, null, List.of());
    }

    @Test
    void aResultsTableIsOneBlockWithItsRows() {
        Article a = assemble("<p>The final standings after the last round were as follows.</p>"
                + "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Rovers</td><td>61</td></tr>"
                + "<tr><td>United</td><td>58</td></tr></table><p>Rovers are promoted.</p>");
        assertEquals(3, a.blocks().size(), a.blocks().toString());
        BodyBlock table = a.blocks().get(1);
        assertEquals(BlockType.TABLE, table.type());
        assertEquals(List.of(List.of("Team", "Points"), List.of("Rovers", "61"), List.of("United", "58")), table.rows());
        assertEquals("Team | Points\nRovers | 61\nUnited | 58", table.text());
        assertNull(a.blocks().get(0).rows());
    }

    @Test
    void aLayoutTableOfOneCellIsNoTable() {
        Article a = assemble("<table><tr><td>The whole story sits in one cell of a layout table.</td></tr></table>");
        assertEquals(1, a.blocks().size());
        assertNull(a.blocks().get(0).rows());
    }
}
