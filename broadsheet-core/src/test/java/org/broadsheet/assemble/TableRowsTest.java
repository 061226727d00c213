package org.broadsheet.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * A data table kept in the body stays one table with its rows and cells; a story set in a cell that lays out the page
 * stays paragraphs.
 */
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

    @Test
    void aStorySetInOneLayoutCellIsParagraphsBesideADataTable() {
        String story = "The county council voted on Tuesday to close two of its five libraries by the end of the year, citing a"
                + " shortfall of $1.2 million in next year's budget.<br><br>"
                + "Residents packed the chamber for more than three hours, and 41 of them spoke against the plan before the"
                + " vote was taken shortly after ten o'clock.<br><br>"
                + "The two branches will close in December, and their books will move to the central library downtown, the"
                + " council's chairwoman said after the meeting.<br><br>"
                + "A petition signed by 2,300 residents asked the council to delay the vote until a public hearing in the"
                + " spring, but the motion to delay failed by four votes to three.<br><br>"
                + "Library staff at both branches will be offered posts elsewhere in the county, a spokesman for the"
                + " council said, and no one is expected to lose a job.";
        Article a = assemble("<table><tr><td width=\"160\">Local news</td><td><span>" + story + "</span>"
                + "<table><tr><th>Branch</th><th>Visitors</th></tr><tr><td>Elm Street</td><td>12,400</td></tr>"
                + "<tr><td>Harbor Road</td><td>9,800</td></tr></table></td></tr></table>");
        List<BodyBlock> paragraphs = a.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).toList();
        assertEquals(5, paragraphs.size(), a.blocks().toString());
        assertTrue(paragraphs.get(0).text().startsWith("The county council voted"), paragraphs.get(0).text());
        BodyBlock table = a.blocks().get(a.blocks().size() - 1);
        assertEquals(BlockType.TABLE, table.type());
        assertEquals(List.of(List.of("Branch", "Visitors"), List.of("Elm Street", "12,400"), List.of("Harbor Road", "9,800")),
                table.rows());
    }
}
