package org.broadsheet.analysis;

import java.util.Set;

/**
 * Reads, from the words alone, an attribution that closes a sentence with its verb first: "The dunes could shift
 * inland again, but only if the winters stay dry, said Dr Marsh.", "The ferry will resume sailing next week, said one
 * of the people.", "..., said Dr Ann Hale from the canal trust, who was not involved." The parser often hangs such a verb
 * and its speaker anywhere (the speaker as the verb's object, the verb as a conjunct of the statement's own verb);
 * the word order is plain: a verb of saying right after a comma, its speaker after it, and nothing after the speaker
 * but a description of the speaker up to the end of the sentence. The statement is what comes before the comma.
 */
final class ClosingAttribution {

    /** Verbs that set off a statement before them (not "tell", whose object is the listener). */
    private static final Set<String> VERBS = Set.of("say", "add", "write", "report", "explain", "note", "state", "argue");

    /** Words of a speaker's phrase after the verb: a name, a noun phrase, "one of the people", "Dr Hale from the trust". */
    private static final String PHRASE_TAGS = "DT|PDT|NNPS?|NNS?|JJ[RS]?|CD|POS|PRP\\$|HYPH";

    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "from", "at", "with", "for");

    /**
     * The shape found at a cue.
     *
     * @param speaker the head of the speaker's phrase (the token the speaker is read from)
     * @param end the last token of the statement before the attribution
     */
    record Shape(int speaker, int end) {
    }

    private ClosingAttribution() {
    }

    /** The attribution closing sentence {@code s} at verb {@code i}, or null when the words are not in that order. */
    static Shape at(Sentence s, int i) {
        if (i < 5 || !s.tag(i).matches("VB[DPZ]") || !VERBS.contains(s.lemma(i)) || !s.tag(i - 1).equals(",")) {
            return null;
        }
        int k = i + 1;
        while (k <= s.size() && (s.tag(k).matches(PHRASE_TAGS)
                || s.tag(k).equals("IN") && PHRASE_PREPOSITIONS.contains(s.word(k).toLowerCase(java.util.Locale.ROOT)))) {
            k++;
        }
        int phraseEnd = k - 1;
        if (phraseEnd <= i || !describesSpeaker(s, k)) {
            return null;
        }
        int head = 0;
        for (int t = i + 1; t <= phraseEnd && head == 0; t++) {
            // the phrase's own head: the first of its words the parser hung outside it (its object, its subject)
            if ((s.head(t) <= i || s.head(t) > phraseEnd) && s.tag(t).matches("NNP?S?|CD")) {
                head = t;
            }
        }
        int end = i - 2;
        while (end > 1 && s.tag(end).matches("[,:]|``|''")) {
            end--;
        }
        return head == 0 || end < 3 ? null : new Shape(head, end);
    }

    /**
     * What follows the speaker's phrase from token {@code k}: the end of the sentence, or after a comma a description of
     * the speaker ("lead author of the study, published Monday in ...", "who was not involved with the study") and no
     * statement of its own (no finite verb outside a relative clause, no "and" going on with the sentence).
     */
    private static boolean describesSpeaker(Sentence s, int k) {
        if (k > s.size() || s.tag(k).equals(".")) {
            return true;
        }
        if (!s.tag(k).equals(",") || k == s.size() || s.tag(k + 1).equals("CC")) {
            return false;
        }
        boolean relative = false;
        for (int t = k + 1; t <= s.size(); t++) {
            relative |= s.tag(t).matches("WP|WDT");
            if (!relative && s.tag(t).matches("VB[DPZ]|MD")) {
                return false;
            }
        }
        return true;
    }
}
