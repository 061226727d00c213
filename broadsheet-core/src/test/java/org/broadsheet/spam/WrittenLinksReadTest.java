package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Links written out as text are read as links: where they go, how many, how much of the text they take. */
class WrittenLinksReadTest {

    @Test
    void markdownBbcodeShownAnchorsAndBareAddressesAreLinks() {
        String comment = "[cheap loans today](https://fastcash12.example/go) "
                + "[url=http://www.quickloan.example/]loans no credit check[/url] "
                + "<a href=\"https://paydayhub7.example/?ref=news\">payday loans online</a> "
                + "more at https://loanhelp.example/apply and www.creditnow.example";
        WrittenLinks w = WrittenLinks.of(comment, "dailyexample.com");
        assertEquals(5, w.links());
        assertEquals(5, w.externalHosts());
        assertEquals(0, w.ownLinks());
        assertTrue(w.farm());
        assertTrue(w.chars() > comment.length() * 3 / 4, () -> w.chars() + " of " + comment.length());
    }

    @Test
    void anchorsEscapedOnceMoreAreReadAsTheMarkupTheyAre() {
        WrittenLinks w = WrittenLinks.of("&lt;a href=&quot;https://betwin88.example/&quot;&gt;bet now&lt;/a&gt; "
                + "&lt;a href=&quot;https://slotking.example/&quot;&gt;slots&lt;/a&gt;", null);
        assertEquals(2, w.links());
        assertEquals(2, w.externalHosts());
    }

    @Test
    void hostNamesWithoutAnAddressAndTheSitesOwnLinksAreNotOtherSites() {
        // prose citing its sources by name is not a link
        assertEquals(0, WrittenLinks.of("Source: reuters.com, and see example.org for the full report.", null)
                .links());
        // the site's own pages written out: links, but to no other site, so no farm
        WrittenLinks own = WrittenLinks.of("https://www.dailyexample.com/news https://dailyexample.com/sport "
                + "https://shop.dailyexample.com/", "dailyexample.com");
        assertEquals(3, own.links());
        assertEquals(3, own.ownLinks());
        assertEquals(0, own.externalHosts());
        assertFalse(own.farm());
    }

    @Test
    void oneSiteLinkedOverAndOverIsNoFarm() {
        WrittenLinks w = WrittenLinks.of("https://archive.example/1 https://archive.example/2 "
                + "https://archive.example/3 https://other.example/", null);
        assertEquals(4, w.links());
        assertEquals(2, w.externalHosts());
        assertFalse(w.farm());
    }
}
