package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.SpamFamily;
import org.junit.jupiter.api.Test;

/**
 * Hidden prose that advertises a service with a number to call, in words the article does not use, against the
 * prose a site hides itself: the rest of its story, a notice, an answer, its own number in the story's words.
 */
class HiddenAdvertTest {


    /** An invented advert of an "asset tracer", written as a customer's thanks, with a number to message. */
    private static final String ADVERT = "My savings were returned within two weeks after I wrote to Mr Tobias Grant, "
            + "the asset tracer. He is honest, quick and discreet; message him on WhatsApp at +44 7700 900461 and "
            + "explain your case. Thanks to him my family sleeps well again.";

    private static Article page(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.page(LibraryStory.LONGER, between), InputFormat.HTML);
    }

    @Test
    void phoneNumbersInInternationalFormAreFound() {
        assertEquals(Set.of("447700900461"), PhoneNumbers.in(ADVERT));
        assertEquals(Set.of("16462389051", "923017245118"),
                PhoneNumbers.in("call +1 (646) 238-9051 or +92 301 7245 118 today"));
        // a rise, a score, a short code: not numbers to call
        assertTrue(PhoneNumbers.in("shares rose +2.5% to 1,204 points; the vote was +12 in favour").isEmpty());
    }

    @Test
    void aHiddenAdvertWithANumberToCallIsFlaggedWhole() throws Exception {
        Article a = page("<div style=\"display:none\"><p>" + ADVERT + "</p></div>");
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.family() == SpamFamily.HIDDEN_ADVERT
                && f.text().contains("My savings") && f.text().contains("sleeps well again")
                && f.reasons().stream().anyMatch(r -> r.contains("phone number"))), () -> a.injectedSpam().toString());
        assertFalse(a.text().contains("Tobias"), "the advert reached the body");
        assertTrue(a.text().contains("The mayor said"), a::text);
    }

    @Test
    void aHiddenAdvertInsideAParagraphIsFlaggedAlone() throws Exception {
        Article a = page("<p>The branch lent more than forty thousand books last year. <span style=\"position:absolute;"
                + "left:-9999px\">" + ADVERT + "</span> Its reading room was restored in 1987.</p>");
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        assertTrue(a.injectedSpam().stream().allMatch(f -> !f.text().contains("forty thousand")),
                () -> a.injectedSpam().toString());
    }

    @Test
    void proseTheSiteHidesItselfStaysClean() throws Exception {
        for (String hidden : new String[] {
            // the rest of the story behind "read more", with the campaign's number: the story's own words
            "<div hidden><p>The campaign group said residents who want to help keep the old library open can call "
                    + "its chair on +44 20 7946 0321 before the meeting. The council said the library building would be offered to a "
                    + "buyer who would keep it open to the public.</p></div>",
            // a cookie notice: another vocabulary, but no number to call
            "<div style=\"display:none\"><p>We use cookies to remember your settings and to measure how our pages "
                    + "are used. You can change your choice at any time in the privacy centre.</p></div>",
            // a payment box's hint with an example number on a line of its own, as a form shows it: no sentence
            // gives it
            "<div hidden><p>Pay faster at thousands of shops. Save your card securely for next time.</p>"
                    + "<p>+44 20 7946 0958</p></div>",
            // an answer of a help box, in the site's voice, with no number
            "<details><summary>How do I renew a book?</summary><p>Sign in to your account, open the loans page and "
                    + "choose renew. Items reserved by other readers cannot be renewed.</p></details>"}) {
            Article a = page(hidden);
            assertFalse(a.compromised(), () -> hidden + " flagged: " + a.injectedSpam());
        }
    }

    @Test
    void aShownAdvertIsLeftToTheOtherComponents() throws Exception {
        // the rule reads hidden prose only: a reader's letter with a number, shown, is the page's own to print
        Article a = page("<p>" + ADVERT + "</p>");
        assertTrue(a.injectedSpam().stream().noneMatch(f -> f.family() == SpamFamily.HIDDEN_ADVERT),
                () -> a.injectedSpam().toString());
    }
}
