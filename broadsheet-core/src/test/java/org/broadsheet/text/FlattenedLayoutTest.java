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
import org.broadsheet.source.RawPage;
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
}
