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

    @Test
    void aCopyrightLineNamesItsHolderWhateverItsForm() {
        assertEquals("The Daily Paper", SiteName.copyrightHolder("© 2024 The Daily Paper. All rights reserved."));
        assertEquals(null, SiteName.copyrightHolder("Copyright 1995 - 2024 . All rights reserved."));
        assertEquals("Example Media", SiteName.copyrightHolder("Copyright 2020 by Example Media, Inc."));
        assertEquals("Die Zeitung", SiteName.copyrightHolder("(c) 2023 Die Zeitung | Alle Rechte vorbehalten"));
        assertEquals("Washington Examiner",
                SiteName.copyrightHolder("Copyright 2019. Washington Examiner. All Rights Reserved."));
        assertEquals("Gannett", SiteName.copyrightHolder("© Copyright Gannett 2018"));
        assertEquals("Inexhibit", SiteName.copyrightHolder("Copyright © 2011-2019 Inexhibit - ISSN: 2283-5474"));
        assertEquals("Al Bawaba", SiteName.copyrightHolder("© 2019 Al Bawaba (www.albawaba.com)"));
        assertEquals(null, SiteName.copyrightHolder("© 2024 All rights reserved"));
        assertEquals(null, SiteName.copyrightHolder("The council approved the budget."));
    }
}
