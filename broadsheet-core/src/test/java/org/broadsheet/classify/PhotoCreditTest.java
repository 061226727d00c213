package org.broadsheet.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A photo's credit, alone or glued to its caption, against lines of prose and lists that hold a slash. */
class PhotoCreditTest {

    @Test
    void aCreditAloneOrGluedToItsCaptionIsACredit() {
        assertTrue(PhotoCredit.opens("Northern Press Agency/Valley Photo Service"));
        assertTrue(PhotoCredit.opens("Lena Sato/Valley Photo ServiceVolunteers stack sandbags along the east bank."));
        assertTrue(PhotoCredit.opens("Omar Reyes/AFPProtesters gather in the square on Friday."));
    }

    @Test
    void proseAndListLinesWithASlashAreNot() {
        assertFalse(PhotoCredit.opens("Run A/B tests on two layouts before you choose one"));
        assertFalse(PhotoCredit.opens("Printed Tickets/Hotel Bookings (bring paper copies in case your phone dies)"));
        assertFalse(PhotoCredit.opens("Hybrid USB/XLR microphones suit beginners who may later buy a mixer."));
        assertFalse(PhotoCredit.opens("New York/New Jersey ports handled more containers than ever last year."));
    }
}
