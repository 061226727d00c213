package org.broadsheet.spam;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hidden sentences that advertise a service to call: text the markup hides from readers, two sentences or more, that
 * gives a phone number in international form ({@link PhoneNumbers}) inside a sentence, in words the article's
 * prose hardly uses. Planted adverts (a healer's or a fund-recovery agent's testimonials, a tipster's offer) are
 * sentences, so they pass every test of form that catches phrase lists; what gives them away is what they are for,
 * a number to call, and that nothing of the page around them is about it. The prose a site hides itself (answers of
 * a FAQ, tab panels, cookie notices, the rest of a story behind "read more") gives no such number, and the site's
 * own forms and contact boxes give theirs on a line of its own, not inside a sentence.
 */
final class HiddenAdvert {

    /** The sign's feature name. */
    static final String FEATURE = "shape.hiddenAdvert";
    /**
     * The largest share of the text's words (three letters or more) that the article's prose may use too. Measured
     * on the read tiers' hidden adverts in English against English articles: 17-38%; on an honest page's hidden
     * answers that give the site's own number (WCXB): 65-80%.
     */
    static final double MAX_KNOWN = 0.5;
    /** Fewest sentence ends: an advert tells a story and asks to call; a form's hint or a label is one line. */
    private static final int MIN_SENTENCES = 2;
    /** Fewest words on the number's line besides it: the number is given inside a sentence, not as a field. */
    private static final int MIN_WORDS_AROUND = 4;
    /**
     * A sentence's end: a stop after a word or a number (an advert's sentence often ends on its number), the Urdu and
     * CJK full stops included.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{L}\\p{N}][.!?۔](?:\\s|$)|[。！？]");

    private HiddenAdvert() {
    }

    /**
     * The sign that {@code s}, hidden text, is an advert with a number to call, or null.
     *
     * @param s a suspect the markup hides
     * @param page its page, whose prose (without the suspect's blocks) the words are compared with
     */
    static Clue of(SpamSuspect s, SpamPage page) {
        if (s.hiding() == null || s.field()) {
            return null;
        }
        String text = s.text();
        String number = numberInASentence(text);
        if (number == null || sentences(text) < MIN_SENTENCES) {
            return null;
        }
        double known = page.orderWithout(s.from(), s.to()).knownShare(text);
        if (known < 0 || known > MAX_KNOWN) {
            return null; // the article's own words, or too little prose to tell
        }
        return new Clue(FEATURE, 1, true, String.format(Locale.ROOT, "hidden sentences that give a phone number to "
                + "call (+%s), in words the article hardly uses (%.0f%% of them are the article's)", number,
                100 * known));
    }

    /** The first number {@code text} gives inside a line of words, as digits, or null. */
    static String numberInASentence(String text) {
        for (String line : text.split("\n")) {
            var numbers = PhoneNumbers.in(line);
            if (!numbers.isEmpty() && words(line) >= MIN_WORDS_AROUND) {
                return numbers.iterator().next();
            }
        }
        return null;
    }

    /** How many of {@code line}'s tokens hold a letter. */
    private static int words(String line) {
        int n = 0;
        for (String token : line.strip().split("\\s+")) {
            n += token.codePoints().anyMatch(Character::isLetter) ? 1 : 0;
        }
        return n;
    }

    private static int sentences(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
