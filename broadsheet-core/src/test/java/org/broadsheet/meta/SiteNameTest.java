package org.broadsheet.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The publisher's name alone: which of the page's names for itself wins. */
class SiteNameTest {

    private static String find(String head, String body, String url) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url);
        PageElements page = PageElements.of(doc);
        return SiteName.find(page, MetaTags.of(page), StructuredData.of(page, new ObjectMapper()), url);
    }

    @Test
    void theDeclaredSiteNameWinsAndItsTaglineIsDropped() {
        assertEquals("LinkNaija", find("<meta property=og:site_name content=\"LinkNaija | Nigeria's news platform\">",
                "", "https://www.linknaija.com/story"));
    }

    @Test
    void aNameThatResemblesTheHostBeatsTheWireAgency() {
        assertEquals("The Daily Paper", find("<title>Bridge approved | Reuters</title>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"The Daily Paper\"}}</script>", "", "https://dailypaper.example/news/1"));
    }

    @Test
    void theCopyrightLineAndFinallyTheHostNameSpeakWhenNothingElseDoes() {
        assertEquals("Harbour Gazette", find("<title>Bridge approved</title>",
                "<footer>© 2024 Harbour Gazette. All rights reserved.</footer>", "https://harbourgazette.example/a"));
        assertEquals("quietsite.example", find("<title>Bridge approved</title>", "<p>text</p>",
                "https://www.quietsite.example/a"));
    }
}
