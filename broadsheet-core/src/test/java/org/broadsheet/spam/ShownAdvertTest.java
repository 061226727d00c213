package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.SpamFamily;
import org.junit.jupiter.api.Test;

/**
 * Shown prose that advertises a service and insists on a way to reach it, in words the article does not use, against
 * the contact details a site shows itself: a press office's number, a contact box, a reporter's address, an advert
 * of the site's own, a campaign's number in the story's words.
 */
class ShownAdvertTest {

    /** An invented advert of a "licence agent", written as a customer's thanks, that gives its number twice. */
    private static final String ADVERT = "I passed nothing and still got my papers within a week thanks to Mr Elias "
            + "Moreno, the licence agent. He is honest, quick and discreet; message him on WhatsApp at +44 7700 900461 "
            + "and explain what you need. Thousands of happy clients abroad trust him, so write to him today on "
            + "+44 7700 900461.";

    /** The same kind of advert with an address written out in words besides the number. */
    private static final String ADVERT_WITH_ADDRESS = "My lost deposit came back within two days after I wrote to "
            + "Mrs Clara Voss, the asset tracer. Reach her at claravoss at quickmail dot com or message her on Signal "
            + "at +1 646 555 0199, she answers every night. I recommend her to everyone who was cheated online.";

    private static Article html(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.page(LibraryStory.LONGER, between), InputFormat.HTML);
    }

    private static Article text(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.text(LibraryStory.LONGER, between), InputFormat.TEXT);
    }

    @Test
    void numbersSaidAgainAreCounted() {
        assertEquals(2, PhoneNumbers.mostSaid(ADVERT));
        assertEquals(1, PhoneNumbers.mostSaid("Tel: +44 20 7946 0321, fax: +44 20 7946 0322"));
        assertEquals(0, PhoneNumbers.mostSaid("shares rose +2.5% to 1,204 points"));
    }

    @Test
    void aShownAdvertThatGivesItsNumberTwiceIsFlagged() throws Exception {
        for (Article a : new Article[] {html("<p>" + ADVERT + "</p>"), text(ADVERT)}) {
            assertTrue(a.injectedSpam().stream().anyMatch(f -> f.family() == SpamFamily.ADVERT
                    && f.text().contains("Elias Moreno") && f.reasons().stream()
                            .anyMatch(r -> r.contains("a way to reach the advertiser 2 times"))),
                    () -> a.injectedSpam().toString());
            assertFalse(a.text().contains("Moreno"), "the advert reached the body");
            assertTrue(a.text().contains("The mayor said"), a::text);
        }
    }

    @Test
    void aShownAdvertWithANumberAndAnAddressInWordsIsFlagged() throws Exception {
        Article a = text(ADVERT_WITH_ADDRESS);
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.family() == SpamFamily.ADVERT
                && f.text().contains("Clara Voss")), () -> a.injectedSpam().toString());
    }

    @Test
    void contactDetailsTheSiteShowsItselfStayClean() throws Exception {
        for (String shown : new String[] {
            // a press office's number, given once
            "<p>For more information about the library's future, readers can contact the council's press office on "
                    + "+44 20 7946 0321. The office is open on weekdays.</p>",
            // a contact box: each number once, two offices on one line with their addresses
            "<div><p>Newsroom</p><p>Tel: +44 20 7946 0321</p><p>Tel: +44 20 7946 0322</p>"
                    + "<p>news@daily.example</p></div>",
            "<p>North office: 12 Harbour Road, Lowtown, tel. +44 20 7946 0321. South office: 4 Mill Lane, Hightown, "
                    + "tel. +44 20 7946 0322. Copyright 2024 Example Theatre. All rights reserved.</p>",
            // the site's own advert: one number and an address a program reads
            "<p>Advertise with us. Our sales team will help you reach readers across the county. Call us on "
                    + "+44 20 7946 0999 or write to ads@daily.example for our rates.</p>",
            // the campaign's number said twice, in the story's words
            "<p>The campaign group said residents who want to keep the old library open can call its chair on "
                    + "+44 20 7946 0321. The group said residents could also ask the council to find a buyer who "
                    + "would keep the library open to the public, and repeated its number, +44 20 7946 0321.</p>"}) {
            Article a = html(shown);
            assertFalse(a.compromised(), () -> shown + " flagged: " + a.injectedSpam());
        }
    }
}
