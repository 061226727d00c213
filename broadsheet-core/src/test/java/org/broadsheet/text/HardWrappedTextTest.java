package org.broadsheet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Text dumpers that wrap lines at a narrow column (lynx at 74 characters, {@code w3m -cols 80}, mail
 * clients): every paragraph arrives as several lines, none of which reads as a sentence on its own.
 */
class HardWrappedTextTest {

    private static final List<String> STORY = List.of(
            "The city council voted on Tuesday to rebuild the old river bridge, ending a dispute that had lasted for "
                    + "most of the decade and divided the east side of town from the west.",
            "The vote was seven to two. Supporters said the bridge, closed to trucks since a flood damaged its piers, "
                    + "had cut the east side off from the rest of town for years.",
            "\u201cWe have waited long enough,\u201d said council member Ana Ruiz, who has pushed for the repair since "
                    + "she was first elected. \u201cPeople here deserve a bridge they can trust.\u201d",
            "Opponents argued that the money would be better spent on a new crossing further north, where the river "
                    + "is narrower and the ground is firmer, and said they would keep campaigning.",
            "Engineers told the council that a new crossing would take at least six years to plan and build, while "
                    + "the repair could be finished in two, with the state paying half of the cost.");

    /** {@code text} wrapped as lynx does: words never split, lines at most {@code width} long, indented. */
    private static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String lynxPage() {
        StringBuilder sb = new StringBuilder();
        for (String nav : List.of("Home", "News", "Sport", "Business", "Opinion", "Weather", "Local", "Travel")) {
            sb.append("     * ").append(nav).append('\n');
        }
        sb.append("\nCouncil votes to rebuild the old river bridge\n\n   By Jane Doe | March 3, 2020\n\n");
        for (String paragraph : STORY) {
            wrap(paragraph, 74, "   ").forEach(l -> sb.append(l).append('\n'));
            sb.append('\n');
        }
        sb.append("   Related stories\n");
        for (String related : List.of("Flood damage worse than feared, report says", "Mayor opens new library",
                "Road works on Main Street to last until June")) {
            sb.append("     * ").append(related).append('\n');
        }
        sb.append("\n   Copyright 2020 The Springfield Times. All rights reserved.\n");
        return sb.toString();
    }

    @Test
    void wrappedParagraphsAreJoinedBackAndListItemsStayApart() {
        List<TextLine> lines = FlatText.lines(lynxPage());
        for (String paragraph : STORY) {
            assertTrue(lines.stream().anyMatch(l -> l.text().equals(paragraph)), "not joined: " + paragraph);
        }
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("Mayor opens new library")
                && l.type() == BlockType.LIST_ITEM), "list items keep their own lines");
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("Council votes to rebuild the old river bridge")),
                "a short line before a paragraph is not run into it");
    }

    @Test
    void theStoryOfAWrappedDumpIsFound() throws Exception {
        Article article = new Extractor().explain(
                RawPage.of("page.txt", lynxPage().getBytes(StandardCharsets.UTF_8), null), InputFormat.TEXT).article();
        assertEquals(STORY, article.blocks().stream().map(BodyBlock::text).toList());
        assertEquals("Council votes to rebuild the old river bridge", article.title());
    }

    @Test
    void aMarkdownDumpReadsAsItsText() {
        String markdown = "## Council votes to rebuild the bridge\n\n"
                + "![A view of the bridge](https://example.com/img/bridge.jpg)\n\n"
                + "The vote, [reported by the Springfield Times](https://example.com/news/2020/03/03/bridge-vote "
                + "\"The vote\"), was **seven to two**.\n\nReviewed by An** Fe*** on the same day.\n";
        List<String> lines = FlatText.lines(markdown).stream().map(TextLine::text).toList();
        assertEquals(List.of("Council votes to rebuild the bridge",
                "The vote, reported by the Springfield Times, was seven to two.",
                "Reviewed by An** Fe*** on the same day."), lines);
    }

    @Test
    void unwrappedTextWithLinesOfManyLengthsIsLeftAsItIs() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            // short lines and long paragraphs, as a browser's copy gives them: no ceiling on length
            sb.append("Section ").append(i).append('\n');
            sb.append(STORY.get(i % STORY.size()).repeat(1 + i % 3)).append('\n');
        }
        List<TextLine> lines = FlatText.lines(sb.toString());
        assertEquals(60, lines.size());
    }
}
