package org.broadsheet.meta;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.article.PageDate.DateSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private Metadata read(String html, String url) {
        return extractor.extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    @Test
    void jsonLdGraphGivesAuthorByReferenceAndKeepsTheStatedOffset() {
        Metadata m = read("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "@id": "https://example.org/#site", "name": "Example Gazette"},
                  {"@type": "NewsArticle", "headline": "Council approves new bridge",
                   "datePublished": "2019-11-18T21:24:00-05:00", "dateModified": "2019-11-19T08:00:00-05:00",
                   "author": {"@id": "https://example.org/#jane"}},
                  {"@type": "Person", "@id": "https://example.org/#jane", "name": "Jane Doe"}
                ]}
                </script></head><body><article><h1>Council approves new bridge</h1>
                <p>The council voted on Monday to approve the bridge.</p>
                <p>Jane Doe contributed reporting from the town hall.</p></article></body></html>
                """, "https://example.org/news/bridge");
        assertEquals(List.of("Jane Doe"), m.authors());
        assertEquals("2019-11-18T21:24-05:00", m.published().value());
        assertEquals(DateSource.JSON_LD, m.published().source());
        assertEquals("2019-11-19T08:00-05:00", m.modified().value());
        assertEquals("Example Gazette", m.publisher());
    }

    @Test
    void metadataAuthorNeverShownOnThePageIsNotCredited() {
        Metadata m = read("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Launch",
                "author": {"@type": "Person", "name": "Cms Uploader"}}</script></head>
                <body><h1>Launch</h1><p>The product launched today.</p></body></html>
                """, "https://example.com/launch");
        assertTrue(m.authors().isEmpty());
    }

    @Test
    void visibleHeadlineWinsOverSeoTitle() {
        Metadata m = read("""
                <html><head><title>Best bridge deals 2019 | Daily Planet</title>
                <meta property="og:title" content="Best bridge deals 2019 | Daily Planet">
                <meta property="og:site_name" content="Daily Planet"></head>
                <body><h1>Why the city finally said yes to a bridge</h1><p>Text.</p></body></html>
                """, "https://www.dailyplanet.com/story");
        assertEquals("Why the city finally said yes to a bridge", m.title());
    }

    @Test
    void titleWithoutVisibleHeadlineLosesTheSiteSuffix() {
        Metadata m = read("""
                <html><head><title>Storm closes schools - Daily Planet</title>
                <meta property="og:site_name" content="Daily Planet"></head>
                <body><p>Schools were closed on Tuesday.</p></body></html>
                """, "https://www.dailyplanet.com/storm");
        assertEquals("Storm closes schools", m.title());
    }

    @Test
    void capitalisedBylineWithAgencyGivesPeopleAndOrganization() {
        Metadata m = read("""
                <html><head><meta name="author" content="Web Desk"></head><body><article>
                <h1>Markets slide on trade fears</h1>
                <div class="byline">By JANE DOE and John Roe, Reuters</div>
                <p>Stocks fell sharply on Tuesday as investors worried about trade.</p>
                </article></body></html>
                """, "https://news.example.com/markets");
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals(List.of("Reuters"), m.authorOrganizations());
    }

    @Test
    void visibleBylineBeatsDifferentMetadataAuthorAndDropsAffiliation() {
        Metadata m = read("""
                <html><head><meta name="author" content="Kevin Rebong"></head><body>
                <h1>Layoffs expected this week</h1>
                <p class="author">By Sandee LaMotte, CNN</p>
                <p>The company will cut jobs, people familiar with the plan said.</p></body></html>
                """, "https://example.com/layoffs");
        assertEquals(List.of("Sandee LaMotte"), m.authors());
    }

    @Test
    void adminAccountsAndThePublisherItselfAreNotAuthors() {
        Metadata admin = read("""
                <html><body><h1>Club news</h1><div class="post-meta">Posted by admin</div>
                <p>The club met on Friday.</p></body></html>
                """, "https://club.example.com/news");
        assertTrue(admin.authors().isEmpty() && admin.authorOrganizations().isEmpty());
        Metadata self = read("""
                <html><head><meta property="og:site_name" content="BBC News">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rain",
                "author": {"@type": "Organization", "name": "BBC News"}}</script></head>
                <body><h1>Rain</h1><p>It rained.</p></body></html>
                """, "https://www.bbc.co.uk/news/rain");
        assertTrue(self.authors().isEmpty() && self.authorOrganizations().isEmpty());
    }

    @Test
    void breadcrumbTrailGivesSectionPathWithoutHomeOrTitle() {
        Metadata m = read("""
                <html><body><nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
                <li><a href="/world">World</a></li><li><a href="/world/europe">Europe</a></li>
                <li>Floods in Venice</li></ol></nav>
                <h1>Floods in Venice</h1><p>Water rose again.</p></body></html>
                """, "https://example.com/world/europe/floods");
        assertEquals(List.of("World", "Europe"), m.section());
    }

    @Test
    void breadcrumbListJsonLdIsOrderedByPosition() {
        Metadata m = read("""
                <html><head><script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 2, "name": "Tennis"},
                {"@type": "ListItem", "position": 1, "name": "Sport"}]}</script></head>
                <body><h1>Final set</h1></body></html>
                """, "https://example.com/sport/tennis/final");
        assertEquals(List.of("Sport", "Tennis"), m.section());
    }

    @Test
    void utcMetadataTimeIsMovedToTheSiteOffsetSoTheLocalDayIsKept() {
        // 03:05 UTC on Nov 19 is 22:05 on Nov 18 in New York, whose offset the modified time fixes.
        Metadata m = read("""
                <html><head>
                <meta property="article:published_time" content="2019-11-19T03:05:46Z">
                <meta property="og:updated_time" content="2019-11-19T10:00:00-05:00"></head>
                <body><h1>Evening story</h1><p>Text.</p></body></html>
                """, "https://example.com/evening");
        assertEquals("2019-11-18T22:05:46-05:00", m.published().value());
        assertTrue(m.published().offsetInferred());
    }

    @Test
    void visibleLocalTimeRevealsTheOffsetOfAUtcMetadataTime() {
        Metadata m = read("""
                <html><head><meta property="article:published_time" content="2019-11-19T01:19:34Z"></head>
                <body><h1>Slogan draws ridicule</h1><div class="date">Posted Nov 18, 2019, 8:19 PM</div>
                <p>Text.</p></body></html>
                """, "https://example.com/slogan");
        assertEquals("2019-11-18T20:19:34-05:00", m.published().value());
    }

    @Test
    void updatedLineDoesNotReplaceMetadataPublicationDate() {
        Metadata m = read("""
                <html><head><meta property="article:published_time" content="2019-11-08T15:30:00-05:00"></head>
                <body><h1>Air quality</h1><div class="byline">By Umair Irfan Updated Nov 13, 2019, 10:28am EST</div>
                <p>Text.</p></body></html>
                """, "https://example.com/air");
        assertEquals("2019-11-08T15:30-05:00", m.published().value());
        assertEquals(List.of("Umair Irfan"), m.authors());
    }

    @Test
    void visibleDateWithZoneNameBecomesNumericOffset() {
        Metadata m = read("""
                <html><body><h1>Kickoff moved</h1><span class="time">Nov 18, 2019 at 9:24 pm ET</span>
                <p>Text.</p></body></html>
                """, "https://example.com/kickoff");
        assertEquals("2019-11-18T21:24-05:00", m.published().value());
        assertEquals(DateSource.VISIBLE_TEXT, m.published().source());
    }

    @Test
    void urlDateIsTheLastResort() {
        Metadata m = read("<html><body><h1>Quiet day</h1><p>Nothing happened.</p></body></html>",
                "https://example.com/2019/11/18/quiet-day/");
        assertEquals("2019-11-18", m.published().value());
        assertEquals(DateSource.URL, m.published().source());
    }

    @Test
    void brokenJsonLdIsIgnoredAndOtherSourcesStillRead() {
        String html = """
                <html lang="en-GB"><head>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken", "author": </script>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour reopens",
                "datePublished": "2019-11-20T09:22:35+00:00"}</script>
                <meta property="og:site_name" content="Harbour Times"></head>
                <body><h1>Harbour reopens</h1><p>Boats returned.</p></body></html>
                """;
        Metadata m = assertDoesNotThrow(() -> read(html, "https://harbourtimes.example/reopens"));
        assertEquals("Harbour reopens", m.title());
        assertEquals("2019-11-20T09:22:35+00:00", m.published().value());
        assertEquals("en-GB", m.declaredLanguage());
        assertEquals("Harbour Times", m.publisher());
    }

    @Test
    void placeholderDatesAreIgnored() {
        Metadata m = read("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Roundup",
                "datePublished": "0001-01-01T00:00:00Z"}</script></head>
                <body><h1>Roundup</h1><p class="date">Published 11:11 PM EST Nov 19, 2019</p></body></html>
                """, "https://example.com/roundup");
        assertEquals("2019-11-19T23:11-05:00", m.published().value());
    }

    @Test
    void pageWithNothingGivesNulls() {
        Metadata m = read("<html><body><p>Just a paragraph.</p></body></html>", null);
        assertNull(m.published());
        assertTrue(m.authors().isEmpty());
        assertNull(m.title());
    }
}
