package org.broadsheet.analysis;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Quoted words that name a thing rather than report what someone said (the spec's D2: terms, labels, titles), told
 * by where the quotation sits in its sentence whoever the sentence's speaker is:
 * <ul>
 * <li>after a naming frame: "known as “shiriki hubs”", "the so-called “third-hand” smoke", "never used the term
 * “three amigos”", "translates as “ancient monkey”";</li>
 * <li>a modifier of the noun right after it: "a “national salvation” pact", "a natural cellular “cleanup” process",
 * "“what's in my bag” videos" (an evaluative adjective in that place stays a quote: "“overwhelming” fan
 * support");</li>
 * <li>a title: words in title case standing as a noun phrase after a determiner, a preposition or a naming verb
 * ("a show called “Ask Dr. Mike”", "on “The Lead With Jake Tapper”", "author of “Making the Corps,”") or after a
 * noun for a work ("her book “A Paradise Built in Hell”"), with no
 * speaker's I, we or you in them.</li>
 * </ul>
 */
final class QuotedTerms {

    /** Words before an opening mark that introduce a term as a term, not someone's wording. */
    private static final Pattern NAMING_FRAME = Pattern.compile("(?i)\\b(?:(?:also|otherwise|better|commonly) )?(?:known as"
            + "|so-called|so called|the (?:term|word|phrase|label|expression)s?|translat(?:es|ed|ing) (?:as|to)|referred to as"
            + "|nicknamed|titled|entitled|dubbed|named)\\s*,?\\s*(?:the |a |an )?$");
    /**
     * Nouns for a work, which a title in apposition follows ("her book “A Paradise Built in Hell”", "his 2009 paper,
     * “The Effects of …”").
     */
    private static final String WORK = "\\b(?:book|novel|memoir|paper|essay|study|article|column|poem|song|album|film|movie"
            + "|documentary|lecture|play|series|slogans?)";
    /** Words before an opening mark after which a title stands as a noun phrase. */
    private static final Pattern TITLE_FRAME = Pattern.compile("(?i)\\b(?:the|a|an|of|on|in|for|from|at|to|with|about"
            + "|called|titled|entitled|named|dubbed)\\s*$|" + WORK + "\\s*,?\\s*$");
    /** A speaker's own voice: an utterance, not a title ("We got her!", "Meth. We're on it."). */
    private static final Pattern FIRST_OR_SECOND_PERSON = Pattern.compile("(?i)\\b(?:i|i'm|i’m|me|my|we|we're|we’re|us|our"
            + "|you|your|you're|you’re)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A modifier longer than this is rather a quote followed by a narrative word. */
    private static final int MAX_MODIFIER_WORDS = 8;

    private QuotedTerms() {
    }

    /**
     * Whether the quotation between inner offsets {@code start} and {@code end} of {@code text} names a thing (a term, a
     * label, a title) rather than giving someone's words.
     *
     * @param text the body
     * @param s the sentence holding the quotation, or null
     * @param start the offset of the first character inside the marks
     * @param end the offset after the last character inside the marks
     */
    static boolean namesAThing(String text, Sentence s, int start, int end) {
        String before = text.substring(Math.max(0, text.lastIndexOf('\n', start - 1) + 1), Math.max(0, start - 1));
        String quoted = text.substring(start, end);
        if (NAMING_FRAME.matcher(before).find()) {
            return true;
        }
        if (titleCase(quoted) && WORD.matcher(quoted).results().count() >= 2 && TITLE_FRAME.matcher(before).find()
                && !FIRST_OR_SECOND_PERSON.matcher(quoted).find()) {
            return true;
        }
        return s != null && modifiesNounAfter(s, quoted, start, end);
    }

    /**
     * "a “national salvation” pact", "a slow “cut and carry” method": the quotation stands between a noun's determiner
     * or adjective and the common noun right after the closing mark, or the parse hangs its words from that noun; not
     * when its last word is an adjective or an adverb (an evaluation, the speaker's wording: "“overwhelming” fan
     * support") or it closes with a comma, a period or a colon (a sentence of its own).
     */
    private static boolean modifiesNounAfter(Sentence s, String quoted, int start, int end) {
        if (quoted.strip().matches("(?s).*[,.;:]") || WORD.matcher(quoted).results().count() > MAX_MODIFIER_WORDS) {
            return false;
        }
        int first = 0;
        int last = 0;
        for (int i = 1; i <= s.size(); i++) {
            if (s.begin(i) >= start && s.end(i) <= end) {
                first = first == 0 ? i : first;
                last = i;
            }
        }
        int noun = last + 2; // after the closing mark
        if (first < 3 || noun > s.size() || s.begin(last + 1) > end + 1 || !s.tag(noun).matches("NNS?")
                || s.tag(last).matches("JJ.?|RB.?")) {
            return false;
        }
        if (s.tag(first - 2).matches("DT|PRP\\$|POS|JJ.?|CD")) {
            return true; // "a “national salvation” pact", "its “cut and carry” method"
        }
        for (int i = first; i <= last; i++) {
            int head = s.head(i);
            if ((head < first || head > last) && head != noun) {
                return false; // a word of the quotation hangs elsewhere: no modifier of that noun
            }
        }
        return s.head(last) == noun || s.head(first) == noun;
    }

    /**
     * Whether three in four of the words of {@code quoted} that count are capitalised (a word counts when it is longer
     * than three letters or capitalised: "of", "the" do not): a title, a show, a campaign ("Race For The Cure"), a
     * slogan on a sign.
     */
    static boolean titleCase(String quoted) {
        int words = 0;
        int capitalized = 0;
        for (MatchResult m : WORD.matcher(quoted).results().toList()) {
            String w = m.group();
            if (w.length() > 3 || Character.isUpperCase(w.charAt(0))) {
                words++;
                capitalized += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitalized * 4 >= words * 3;
    }
}
