package org.broadsheet.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.broadsheet.block.VisibleLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The publication and update times alone, from structured data, meta tags and the text under the headline. */
class PublicationDateTest {

    private static PublicationDate find(String head, String body) {
        return find(head, body, "https://example.com/news/a");
    }

    private static PublicationDate find(String head, String body, String url) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://example.com/news/a");
        PageElements page = PageElements.of(doc);
        VisibleLines lines = VisibleLines.of(doc.body());
        Element h1 = doc.selectFirst("h1");
        int headline = h1 == null ? -1 : lines.indexOf(h1);
        return PublicationDate.find(page, MetaTags.of(page), StructuredData.of(page, new ObjectMapper()), lines,
                headline, new PageRegions(h1), url, true);
    }

    @Test
    void structuredDataGivesBothTimesWithTheirOffsets() {
        PublicationDate d = find("<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-03-12T09:30:00+01:00\",\"dateModified\":\"2024-03-12T11:00:00+01:00\"}"
                + "</script>", "<h1>Bridge approved</h1><p>The council voted.</p>");
        assertEquals("2024-03-12T09:30+01:00", d.published().value());
        assertEquals("2024-03-12T11:00+01:00", d.modified().value());
    }

    @Test
    void theDateUnderTheHeadlineIsReadWhenNothingIsDeclared() {
        PublicationDate d = find("", "<article><h1>Bridge approved</h1><p class=date>March 12, 2024</p>"
                + "<p>The council voted on Tuesday to approve the new bridge.</p></article>");
        assertEquals("2024-03-12", d.published().value().substring(0, 10));
    }

    @Test
    void aTimeBetweenTwoDatesBelongsToOneOfThemAndTheLineIsStillRead() {
        // "10:30" could join the date before it or the one after it; joined to both, the two dates overlapped
        PublicationDate d = find("", "<article><h1>Bridge approved</h1><p>Published March 3, 2020 10:30 12/05/2020</p>"
                + "<p>The council voted on Tuesday to approve the new bridge.</p></article>");
        assertEquals("2020-03-03T10:30", d.published().value().substring(0, 16));
    }

    @Test
    void aPageWithoutDatesHasNone() {
        PublicationDate d = find("", "<h1>Bridge approved</h1><p>The council voted on Tuesday.</p>");
        assertNull(d.published());
    }

    @Test
    void aCopyrightLineIsNeverThePublicationDate() {
        PublicationDate d = find("", "<h1>Bridge approved</h1><p>© 2025 The Daily Example, March 3, 2025</p>"
                + "<p>The council voted on Tuesday to approve the new bridge.</p>",
                "https://example.com/2024/06/11/bridge-approved");
        assertEquals("2024-06-11", d.published().value().substring(0, 10));
    }

    @Test
    void theAddressDateBeatsAVisibleDateTheStoryMentions() {
        PublicationDate d = find("", "<h1>Bridge approved</h1><p>Opening: May 1, 2027</p>"
                + "<p>The council voted on Tuesday to approve the new bridge.</p>",
                "https://example.com/news/20240611/bridge-approved");
        assertEquals("2024-06-11", d.published().value());
    }

    @Test
    void aPublicationAfterThePagesOwnUpdateIsNotBelieved() {
        PublicationDate d = find("<meta property=article:modified_time content=2024-03-12T11:00:00Z>",
                "<h1>Bridge approved</h1><p>March 14, 2024</p><p>The council voted on Tuesday.</p>");
        assertEquals("2024-03-12", d.published().value().substring(0, 10));
        assertEquals("2024-03-12", d.modified().value().substring(0, 10));
    }

    @Test
    void aZoneShownOnTheUpdateLinePutsUtcMetadataOnTheLocalDay() {
        // filed at 9:40 pm Eastern on the 12th, which metadata written in UTC puts on the 13th
        PublicationDate d = find("<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-03-13T02:40:00Z\"}</script>",
                "<h1>Bridge approved</h1><p>Updated 7:15 am EST, Wednesday, March 13, 2024</p>"
                + "<p>The council voted late on Tuesday to approve the new bridge.</p>");
        assertEquals("2024-03-12", d.published().value().substring(0, 10));
    }

    @Test
    void theDatelineOfTheFirstParagraphDatesARelease() {
        String paragraph = "HARBOUR CITY (March 14, 2024) \u2014 The port authority approved a new bridge over the "
                + "estuary on Wednesday, ending a dispute that had held up the work for two years. The council said "
                + "construction would begin in the spring and take eighteen months, with the crossing open to traffic "
                + "by the end of next year.";
        PublicationDate d = find("<meta property=article:published_time content=2024-03-13T21:08:14+00:00>",
                "<h1>Bridge approved</h1><p>" + paragraph + "</p>");
        assertEquals("2024-03-14", d.published().value().substring(0, 10));
    }

    @Test
    void aDateInsideALongParagraphWithoutADatelineIsNotThePublicationDate() {
        String paragraph = "The port authority approved a new bridge over the estuary on March 16, 2024, ending a "
                + "dispute that had held up the work for two years. The council said construction would begin in "
                + "the spring and take eighteen months, with the crossing open to traffic by the end of next year.";
        PublicationDate d = find("<meta property=article:published_time content=2024-03-13T21:08:14+00:00>",
                "<h1>Bridge approved</h1><p>" + paragraph + "</p>");
        assertEquals("2024-03-13", d.published().value().substring(0, 10));
    }
    @Test
    void aBylinesMachineDateBehindRelativeWordsIsRead() {
        PublicationDate d = find("", "<h1>Steel mill to close</h1><cite class=\"byline vcard\">By <span>Ann Lee</span>"
                + " | Wire &ndash; <abbr title=\"2011-05-04T18:20:00Z\">2 hrs ago</abbr></cite>"
                + "<p>The owners said on Wednesday that the mill would close in the spring.</p>");
        assertEquals("2011-05-04", d.published().value().substring(0, 10));
    }

    @Test
    void aMachineDateOutsideTheBylineIsNotThePublicationDate() {
        PublicationDate d = find("", "<h1>Steel mill to close</h1><p>The owners said on Wednesday that the mill"
                + " would close.</p><div class=comments><p>Reader one <abbr title=\"2011-05-09T08:00:00Z\">"
                + "5 days ago</abbr></p></div>");
        assertNull(d.published());
    }

    @Test
    void aDateALineRecountsIsNotThePagesStamp() {
        PublicationDate d = find("", "<h1>Pension fund turns 80</h1><div><b>STORY HIGHLIGHTS</b></div><ul>"
                + "<li>The pension act was passed by parliament on June 3, 1944</li>"
                + "<li>Ministers will mark the day with a speech</li></ul>"
                + "<p>The fund that pays most retired workers marks its anniversary this week.</p>");
        assertNull(d.published());
    }

    @Test
    void aPhotoCaptionsDateIsNotTheBylinesStamp() {
        PublicationDate d = find("", "<div class=\"byline\"><span>Wire staff</span> <span>June 6, 2024, 10:59 AM</span></div>"
                + "<h1>Harbour ferry returns after repairs</h1><div><img src=\"ferry.jpg\" alt=\"\">"
                + "<p>The ferry is seen June 5, 2024. Its engines were replaced over the winter.</p></div>"
                + "<p>The harbour ferry carried its first passengers in six months on Thursday.</p>");
        assertEquals("2024-06-06", d.published().value().substring(0, 10));
    }

    @Test
    void aBylineStampAndALabelledDateAreStillRead() {
        assertEquals("2024-06-02", find("", "<h1>Pension fund turns 80</h1><p>By Ann Lee, June 2, 2024</p>"
                + "<p>The fund marks its anniversary.</p>").published().value().substring(0, 10));
        assertEquals("2024-06-02", find("", "<h1>Pension fund turns 80</h1><p>Posted on June 2, 2024</p>"
                + "<p>The fund marks its anniversary.</p>").published().value().substring(0, 10));
    }

    @Test
    void anAddressWithASectionBetweenYearAndMonthDatesTheStory() {
        PublicationDate d = find("", "<h1>Pension fund turns 80</h1><ul><li>The pension act was passed by"
                + " parliament on June 3, 1944</li></ul><p>The fund marks its anniversary this week.</p>",
                "https://example.com/2024/BUSINESS/06/02/pension.anniversary/index.html");
        assertEquals("2024-06-02", d.published().value());
    }

    @Test
    void aYearInAProductAddressIsNoDate() {
        assertNull(find("", "<h1>Trail runner</h1><p>A light shoe.</p>",
                "https://shop.example.com/products/2010/trail-runner/").published());
        assertNull(find("", "<h1>Trail runner</h1><p>A light shoe.</p>",
                "https://shop.example.com/catalog/2010/sizes/10/42/").published());
    }
}
