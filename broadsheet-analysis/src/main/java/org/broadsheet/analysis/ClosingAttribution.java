package org.broadsheet.analysis;

import java.util.Locale;
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
                || s.tag(k).equals("IN") && PHRASE_PREPOSITIONS.contains(s.word(k).toLowerCase(Locale.ROOT)))) {
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
     * Verbs that set off a statement before them with their subject first ("..., agency officials have stressed."):
     * {@link #VERBS} and verbs of stating a finding or a warning, which close a sentence as often as "said" does.
     */
    private static final Set<String> SUBJECT_FIRST_VERBS = Set.of("say", "add", "write", "report", "explain", "note",
            "state", "argue", "warn", "stress", "announce", "remark", "insist", "claim", "estimate", "observe",
            "conclude", "predict", "confirm", "acknowledge", "tell");

    /** Words of a speaker's phrase before the verb: "Con Edison officials", "the study", "Kotov and his colleagues". */
    private static final String SUBJECT_TAGS = "DT|PDT|NNPS?|NNS?|JJ[RS]?|CD|POS|PRP\\$|HYPH|PRP";

    /**
     * The attribution closing sentence {@code s} at verb {@code i} with its subject first: "Even this past January,
     * which was unseasonably mild, there were 750 leaks, Con Edison officials said.", "..., de Miranda notes.",
     * "..., Prime Minister Kevin Rudd has announced.". The parser often takes such a subject for an apposition of the
     * statement's last noun, or the verb for a noun; the word order is plain: a comma, a short noun phrase (or a
     * pronoun), perhaps an auxiliary and an adverb, the verb, and after it only its own modifiers ("on Friday", "in a
     * statement", "told Reuters") up to the end of the sentence. Null when the words are not in that order.
     */
    static Shape subjectFirst(Sentence s, int i) {
        boolean verb = s.tag(i).matches("VB[DPZ]|VBN");
        // "de Miranda notes.": a verb of saying the tagger read as a plural noun, after a name and closing the sentence
        boolean nounRead = s.tag(i).equals("NNS") && i > 1 && s.tag(i - 1).startsWith("NNP") && i < s.size()
                && s.tag(i + 1).equals(".") && s.word(i).toLowerCase(Locale.ROOT).matches("[a-z]+s");
        if (i < 6 || !verb && !nounRead || !SUBJECT_FIRST_VERBS.contains(s.lemma(i).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int k = i - 1;
        if (s.tag(i).equals("VBN")) {
            // "has announced", "have stressed": a perfect, its auxiliary right before
            while (k > 1 && s.tag(k).equals("RB")) {
                k--;
            }
            if (!s.lemma(k).equals("have")) {
                return null;
            }
            k--;
        }
        while (k > 1 && s.tag(k).equals("RB")) {
            k--;
        }
        int head = k;
        if (!s.tag(head).matches("NNP?S?|PRP|CD")) {
            return null;
        }
        while (k > 1 && (s.tag(k).matches(SUBJECT_TAGS) || s.word(k).equalsIgnoreCase("and")
                || Entities.isNameParticle(s.word(k)) && s.tag(k + 1).startsWith("NNP")
                || s.tag(k).equals("IN") && PHRASE_PREPOSITIONS.contains(s.word(k).toLowerCase(Locale.ROOT)))) {
            k--;
        }
        int comma = k;
        boolean pronoun = s.tag(head).equals("PRP");
        if (!s.tag(comma).equals(",") || head - comma > 8 || pronoun && head - comma > 1
                || s.tag(comma + 1).equals("IN") && !Entities.isNameParticle(s.word(comma + 1)) || s.word(comma + 1).equalsIgnoreCase("and")) {
            return null;
        }
        for (int t = 1; t < comma; t++) {
            if (s.tag(t).matches("``|''")) {
                return null; // a quotation before the attribution is the quote finder's ("“...,” chairman X said")
            }
        }
        if (i < s.size() && s.tag(i + 1).matches("DT|PDT|JJ.?|NNS?|PRP\\$?|CD") && !s.lemma(i).equals("tell")
                && !s.ner(i + 1).matches("DATE|TIME")) {
            return null; // "..., 72% of men say the same": the verb has an object, it closes a clause of its own
        }
        int own = 0;
        for (int t = i + 1; t <= s.size(); t++) {
            // after the verb, only its own modifiers: no verb, no clause, no quotation going on
            if (s.tag(t).matches("VB.?|MD|WDT|WP|``|''") || s.tag(t).equals(":")) {
                return null;
            }
            own += s.tag(t).equals(".") ? 0 : 1;
        }
        if (own > 10 || s.lemma(i).equals("tell") && (i == s.size() || !s.tag(i + 1).matches("NNP?S?|PRP|DT"))) {
            return null;
        }
        int end = comma - 1;
        while (end > 1 && s.tag(end).matches("[,:]|``|''")) {
            end--;
        }
        return end < 4 ? null : new Shape(head, end);
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
