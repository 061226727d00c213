package org.broadsheet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.Extraction;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reference page (a China Daily story flattened to text, with menus, share widgets, a footer and
 * planted spam) checked field by field against what a correct extraction recovers from it
 * ({@code 000_a28ed3d70ae9afd0.expected.json}, kept beside the page as a test resource).
 */
class SeedPageTest {

    private static Extraction extraction;
    private static Article article;
    private static JsonNode expected;

    @BeforeAll
    static void extract() throws Exception {
        byte[] page;
        try (InputStream in = SeedPageTest.class.getResourceAsStream("/text/000_a28ed3d70ae9afd0.txt")) {
            page = in.readAllBytes();
        }
        extraction = new Extractor().explain(RawPage.of("000_a28ed3d70ae9afd0.txt", page, null));
        article = extraction.article();
        try (InputStream in = SeedPageTest.class.getResourceAsStream("/text/000_a28ed3d70ae9afd0.expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Boilerplate kindOf(String line) {
        return article.removed().stream().filter(r -> r.text().equals(line)).map(RemovedBlock::kind).findFirst()
                .orElse(null);
    }

    @Test
    void isRecognizedAsFlattenedText() {
        assertEquals(InputFormat.TEXT, extraction.inputFormat());
    }

    @Test
    void theBodyIsTheTwentyParagraphsAndNothingElse() {
        List<String> body = article.blocks().stream().map(BodyBlock::text).toList();
        assertEquals(strings(expected.get("body_paragraphs")), body);
    }

    @Test
    void headlineStandfirstAndByline() {
        assertEquals(expected.get("title").asText(), article.title());
        assertEquals(expected.get("subtitle").asText(), article.subtitle());
        assertEquals(strings(expected.get("authors")), article.authors());
        assertEquals(expected.get("publisher").asText(), article.publisher());
    }

    @Test
    void sectionComesFromTheBreadcrumb() {
        assertEquals(strings(expected.get("section_path")), article.section());
    }

    @Test
    void theUpdateTimeIsLocalAsWritten() {
        assertNotNull(article.modified());
        assertEquals(expected.get("date_modified_local").asText(), article.modified().value());
        assertTrue(!article.modified().value().contains("+"), "no offset: the text states none");
    }

    @Test
    void languageIsDetectedFromTheBody() {
        assertEquals(expected.get("language").asText(), article.language().code());
    }

    @Test
    void everyRemovedLineHasTheRightKind() {
        JsonNode removed = expected.get("removed_lines");
        for (String line : strings(removed.get("navigation"))) {
            assertEquals(Boilerplate.NAVIGATION, kindOf(line), line);
        }
        for (String line : strings(removed.get("breadcrumb (source of section_path)"))) {
            assertEquals(Boilerplate.BREADCRUMB, kindOf(line), line);
        }
        for (String line : strings(removed.get("byline (source of authors/publisher/date)"))) {
            assertEquals(Boilerplate.BYLINE, kindOf(line), line);
        }
        for (String line : strings(removed.get("share_widgets"))) {
            assertEquals(Boilerplate.SHARE, kindOf(line), line);
        }
        for (String line : strings(removed.get("social"))) {
            assertEquals(Boilerplate.SHARE, kindOf(line), line);
        }
        for (String line : strings(removed.get("image_credit"))) {
            assertEquals(Boilerplate.CAPTION, kindOf(line), line);
        }
        for (String line : strings(removed.get("legal_footer"))) {
            assertEquals(Boilerplate.FOOTER, kindOf(line), line);
        }
    }

    @Test
    void theLanguageSwitcherIsNavigationNotSpam() {
        for (String line : strings(expected.get("injected_spam").get("must_not_flag"))) {
            Boilerplate kind = kindOf(line);
            assertEquals(Boilerplate.NAVIGATION, kind, line);
            assertNotEquals(Boilerplate.INJECTED_SPAM, kind, line);
        }
    }

    @Test
    void thePlantedKeywordsNeverReachTheBody() {
        for (String line : strings(expected.get("injected_spam").get("lines"))) {
            assertTrue(article.blocks().stream().noneMatch(b -> b.text().equals(line)));
            assertNotNull(kindOf(line), "reported among the removed lines");
        }
    }
}
