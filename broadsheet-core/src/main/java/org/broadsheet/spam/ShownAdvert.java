package org.broadsheet.spam;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shown text that advertises a service to reach, judged against the article: it gives the same way to reach the
 * advertiser twice or more (a phone number in international form said again, or a number and an e-mail address
 * written out in words), the number inside a line of words, in words the article's prose hardly uses. Planted adverts
 * (a fixer's, a healer's, an escort agency's, a fund-recovery agent's) insist on their number; what gives them away is
 * what they are for and that nothing of the page around them is about it. A site's own contact box gives each of its
 * numbers once, a reporter's note gives an address a program reads, and a press contact gives its number once.
 */
final class ShownAdvert {

    /** The sign's feature name. */
    static final String FEATURE = "shape.shownAdvert";
    /** Fewest ways to reach the advertiser, the same number counted each time it is given. */
    private static final int MIN_CONTACTS = 2;
    /**
     * An e-mail address written out in words so that no program reads it ("name at host dot com", "name (at) host"):
     * an address given to be copied by hand, which a site giving its own address has no need of.
     */
    private static final Pattern ADDRESS_IN_WORDS = Pattern.compile("[\\p{L}\\p{N}._-]{2,}"
            + "\\s*(?:\\(at\\)|\\[at\\]|\\sat\\s)\\s*[\\p{L}\\p{N}-]{2,}"
            + "(?:\\s*(?:\\(dot\\)|\\[dot\\]|\\sdot\\s)\\s*\\p{L}{2,}|\\s+mail\\b)", Pattern.CASE_INSENSITIVE);

    private ShownAdvert() {
    }

    /**
     * The sign that {@code s}, text a reader sees, is an advert that insists on a way to reach it, or null.
     *
     * @param s a suspect the markup does not hide
     * @param page its page, whose prose (without the suspect's blocks) the words are compared with
     */
    static Clue of(SpamSuspect s, SpamPage page) {
        if (s.hiding() != null || s.field()) {
            return null;
        }
        String text = s.text();
        int said = PhoneNumbers.mostSaid(text);
        if (said == 0) {
            return null; // most text
        }
        int contacts = said + addressesInWords(text);
        String number = contacts < MIN_CONTACTS ? null : HiddenAdvert.numberInASentence(text);
        if (number == null) {
            return null;
        }
        double known = page.orderWithout(s.from(), s.to()).knownShare(text);
        if (known < 0 || known > HiddenAdvert.MAX_KNOWN) {
            return null; // the article's own words, or too little prose to tell
        }
        return new Clue(FEATURE, 1, true, String.format(Locale.ROOT, "text that gives a way to reach the "
                + "advertiser %d times (+%s), in words the article hardly uses (%.0f%% of them are the article's)",
                contacts, number, 100 * known));
    }

    private static int addressesInWords(String text) {
        Matcher m = ADDRESS_IN_WORDS.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
