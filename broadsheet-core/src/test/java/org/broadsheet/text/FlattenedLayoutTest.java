package org.broadsheet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Small hand-written flattened pages, each stressing one thing a text dump does to an article: a
 * caption carrying a copyright notice in the middle of the story, a dated source link, a page laid out
 * in side-by-side columns.
 */
class FlattenedLayoutTest {

    private static final List<String> STORY = List.of(
            "SPRINGFIELD (AP) — The city council voted on Tuesday to rebuild the old river bridge, ending a dispute that had lasted for most of the decade.",
            "The vote was seven to two. Supporters said the bridge, closed to trucks since a flood damaged its piers, had cut the east side off from the rest of town.",
            "“We have waited long enough,” said council member Ana Ruiz, who has pushed for the repair since she was first elected. “People here deserve a bridge they can trust.”",
            "Opponents argued that the money would be better spent on a new crossing further north, where the river is narrower and the ground is firmer.",
            "Engineers told the council that a new crossing would take at least six years to plan and build, while the repair could be finished in two.",
            "The state has promised to pay half of the cost, which the city's engineers put at about forty million dollars.",
            "Work is expected to begin in the spring, once the river falls back to its summer level and the old piers can be reached.");

    private static Article extract(String page) throws Exception {
        return new Extractor().explain(RawPage.of("page.txt", page.getBytes(StandardCharsets.UTF_8), null),
                InputFormat.TEXT).article();
    }

    private static List<String> body(Article article) {
        return article.blocks().stream().map(BodyBlock::text).toList();
    }

    private static Boilerplate kindOf(Article article, String line) {
        return article.removed().stream().filter(r -> r.text().equals(line)).map(RemovedBlock::kind).findFirst()
                .orElse(null);
    }

    private static String page(List<String> middle) {
        StringBuilder sb = new StringBuilder();
        for (String nav : List.of("Home", "News", "Sport", "Business", "Opinion", "Weather")) {
            sb.append("  • ").append(nav).append('\n');
        }
        sb.append("\nCouncil votes to rebuild the old river bridge\n\nBy Jane Doe\n\n");
        for (String line : middle) {
            sb.append(line).append("\n\n");
        }
        sb.append("Copyright 2019 The Springfield Times. All rights reserved.\n\nPrivacy Policy\n\nTerms of Use\n");
        return sb.toString();
    }

    @Test
    void aCaptionWithItsPhotoCopyrightDoesNotEndTheStory() throws Exception {
        String caption = "Workers inspect the river bridge in Springfield on Monday, Nov. 18, 2019. "
                + "Photo: John Roe, AP / Copyright 2019 Associated Press. All rights reserved.";
        List<String> middle = new java.util.ArrayList<>(STORY.subList(0, 3));
        middle.add(caption);
        middle.addAll(STORY.subList(3, STORY.size()));
        Article article = extract(page(middle));
        assertEquals(STORY, body(article));
        assertEquals(Boilerplate.CAPTION, kindOf(article, caption));
        assertEquals(Boilerplate.FOOTER, kindOf(article, "Copyright 2019 The Springfield Times. All rights reserved."));
    }

    @Test
    void aDatedSourceLinkIsNotADateline() throws Exception {
        String link = "http://news.example.org/2019/11/19/bridge-vote-report.html";
        List<String> middle = new java.util.ArrayList<>(STORY.subList(0, 4));
        middle.add(link);
        middle.addAll(STORY.subList(4, STORY.size()));
        Article article = extract(page(middle));
        List<String> body = body(article);
        assertTrue(body.containsAll(STORY), "the story goes on after the link: " + body);
        assertFalse(kindOf(article, link) == Boilerplate.BYLINE, "not a credit line");
    }

    /** {@code left} and {@code right} printed side by side, the right column starting at {@code column}. */
    private static String sideBySide(List<String> left, List<String> right, int column) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            sb.append(l).append(" ".repeat(column - l.length())).append(r).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aSidebarPrintedBesideTheStoryIsNotReadIntoIt() throws Exception {
        List<String> left = new java.util.ArrayList<>();
        for (String paragraph : STORY) {
            left.add(paragraph);
            left.add("");
        }
        List<String> right = List.of("Most read", "", "*Storm closes schools across the county * Heavy snow kept "
                + "buses off the roads on Monday, and more is forecast.", "", "Latest news", "",
                "*Library reopens after two-year renovation * The new reading room has space for three hundred readers.",
                "", "*Mayor to seek third term * She made the announcement at a rally on the town square.", "",
                "Weather", "Sport", "Opinion");
        StringBuilder page = new StringBuilder();
        for (String nav : List.of("Home", "News", "Sport", "Business", "Opinion", "Weather")) {
            page.append("  • ").append(nav).append('\n');
        }
        page.append("\nCouncil votes to rebuild the old river bridge\n\nBy Jane Doe\n\n");
        page.append(sideBySide(left, right, 200));
        page.append("\nCopyright 2019 The Springfield Times. All rights reserved.\n");
        Article article = extract(page.toString());
        assertEquals(STORY, body(article));
    }

    @Test
    void aDataTableIsStillReadRowByRow() {
        String table = "Pos   Player                 Plays   %     Notes\n"
                + "LB    Joe Schobert           74      100%  7 tackles, 3 assists. Two interceptions and a sack.\n"
                + "LB    Mack Wilson            74      100%  1 tackle, 4 assists. One pass defended in the game.\n"
                + "LB    Sione Takitaki         6       8%    No stats registered in this game by the linebacker.\n"
                + "CB    Denzel Ward            74      100%  Three tackles and a pass defended on the final drive.\n"
                + "CB    Greedy Williams        73      99%   Two tackles, and he was beaten once for a long gain.\n";
        List<String> lines = FlatText.lines(table).stream().map(TextLine::text).toList();
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("LB Joe Schobert 74 100% 7 tackles"), lines.get(1));
    }

    @Test
    void headlinesUnderARelatedHeadingInsideTheStoryAreLeftOut() throws Exception {
        List<String> related = List.of("Related", "Bridge shut to trucks after flood",
                "Council delays vote on east side crossing again");
        List<String> middle = new java.util.ArrayList<>(STORY.subList(0, 4));
        middle.addAll(related);
        middle.addAll(STORY.subList(4, STORY.size()));
        Article article = extract(page(middle));
        assertEquals(STORY, body(article));
        assertEquals(Boilerplate.RELATED, kindOf(article, related.get(1)));
    }

    @Test
    void photoCaptionsBetweenParagraphsDoNotCutTheStory() throws Exception {
        List<String> middle = new java.util.ArrayList<>(STORY.subList(0, 4));
        for (int i = 0; i < 3; i++) {
            middle.add("Image copyright Getty Images");
            middle.add("Image caption The bridge has been closed to trucks since the flood of " + (2015 + i));
        }
        middle.addAll(STORY.subList(4, STORY.size()));
        Article article = extract(page(middle));
        assertEquals(STORY, body(article));
    }

    @Test
    void aListOfLikeEntriesClosingTheStoryBelongsToIt() throws Exception {
        List<String> dates = List.of("Tour dates", "June 9 – Tampa, FL @ Coral Sky Amphitheatre",
                "June 10 – Atlanta, GA @ Ameris Bank Amphitheatre", "June 14 – Nashville, TN @ Bridgestone Arena",
                "June 17 – Charlotte, NC @ PNC Music Pavilion", "June 19 – Raleigh, NC @ Walnut Creek",
                "June 23 – Camden, NJ @ BB&T Pavilion");
        List<String> tags = List.of("Topics", "Government and politics,", "Local news,", "Transport,", "Rivers,",
                "Engineering,", "Budgets");
        List<String> middle = new java.util.ArrayList<>(STORY);
        middle.addAll(dates);
        middle.addAll(tags);
        Article article = extract(page(middle));
        List<String> expected = new java.util.ArrayList<>(STORY);
        expected.addAll(dates.subList(1, dates.size()));
        List<String> body = body(article);
        assertTrue(body.containsAll(expected), body.toString());
        assertTrue(tags.stream().noneMatch(body::contains), body.toString());
    }
}
