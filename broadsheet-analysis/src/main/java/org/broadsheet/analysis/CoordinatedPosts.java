package org.broadsheet.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Posts joined by "and", found by word order: a news sentence often gives a person two posts at once ("the physicist
 * and Nobel prizewinner Ernest Walton", "Adam Kramer, a data scientist and co-author of the study", "Beal is a banker
 * and founder of the prize"), or one plural post to a list of names ("Two marshals, John North and Gary Anderson,
 * told ...", "(Ada Lenz and Mia Ortiz, co-writers with Hagen)"). The parser hangs such conjuncts on whatever noun is
 * nearest, so a role found for one conjunct or one name is carried to the others here, by the words' form alone: a
 * conjunct is a role only when its head is a noun for a post, trade or standing ({@link RoleNouns}).
 */
final class CoordinatedPosts {

    /** The most words a conjunct post may hold ("author of an accompanying editorial in the journal"). */
    private static final int MAX_WORDS = 10;

    private CoordinatedPosts() {
    }

    /** Tokens {@code from..to} of a sentence: a post, or a list of names. */
    record Words(int from, int to) {
    }

    /**
     * The post joined by "and" before a title that starts at token {@code from} ("the writer and jewelry designer
     * Elise Matthesen": "writer"), skipping at most two adjectives of the title ("Filmmaker and fellow New Yorker").
     *
     * @param person whether a token belongs to a person's name
     */
    static Optional<Words> before(Sentence s, int from, IntPredicate person) {
        int k = from - 1;
        for (int skipped = 0; k >= 1 && skipped < 2 && s.tag(k).startsWith("JJ"); skipped++) {
            k--;
        }
        if (k < 2 || !and(s, k)) {
            return Optional.empty();
        }
        int end = k - 1;
        if (!post(s, end, person)) {
            return Optional.empty();
        }
        int start = end;
        while (start > 1 && end - start < 3 && s.tag(start - 1).matches("NNS?|NNPS?|JJ|HYPH")
                && !person.test(start - 1)) {
            start--;
        }
        return Optional.of(new Words(start, end));
    }

    /**
     * The post joined by "and" after a post that ends at token {@code to} ("a data scientist and co-author of the
     * study,": "co-author of the study"): from the word after "and" (without an article) to the next comma, dash,
     * bracket, verb or relative pronoun, headed by a noun for a post.
     */
    static Optional<Words> after(Sentence s, int to, IntPredicate person) {
        int k = to + 1;
        if (k <= s.size() && s.tag(k).equals(",")) {
            k++;
        }
        if (k >= s.size() || !and(s, k)) {
            return Optional.empty();
        }
        int start = k + 1;
        if (s.word(start).matches("(?i)a|an|the")) {
            start++;
        }
        int end = phraseEnd(s, start, person);
        int head = RoleCandidates.headNoun(s, start, end);
        return end >= start && head > 0 && nominal(s, start, head) && post(s, head, person)
                ? Optional.of(new Words(start, end)) : Optional.empty();
    }

    /**
     * The list of two or more names joined by "and" (and commas) that holds the name at tokens {@code first..last},
     * or empty when the name stands alone.
     */
    static Optional<Words> nameList(Sentence s, int first, int last, IntPredicate person) {
        int from = first;
        boolean joined = false;
        for (int k = from - 1; k >= 2 && (and(s, k) || s.tag(k).equals(",")) && person.test(k - 1); k = from - 1) {
            joined |= and(s, k);
            from = k - 1;
            while (from > 1 && person.test(from - 1)) {
                from--;
            }
        }
        int to = last;
        for (int k = to + 1; k < s.size() && (and(s, k) || s.tag(k).equals(",")) && person.test(k + 1); k = to + 1) {
            joined |= and(s, k);
            to = k + 1;
            while (to < s.size() && person.test(to + 1)) {
                to++;
            }
        }
        return joined ? Optional.of(new Words(from, to)) : Optional.empty();
    }

    /**
     * A plural post set before a list of names and its comma or dash ("Two marshals, A and B", "two Russian
     * cosmonauts — A and B"), without its count ("marshals", "Russian cosmonauts"), with a named remit between the
     * post and the comma ("analysts on ESPN, A and B"); a plural title right before the list ("biologists A and B");
     * or a plural post after the list and its comma ("A and B, co-writers with Hagen").
     */
    static Optional<Words> listPost(Sentence s, Words list, IntPredicate person) {
        int open = list.from() - 1;
        if (open >= 1 && s.tag(open).equals("NNS") && post(s, open, person)) {
            // a plural title right before the list, whatever name the parser hung the second one on: "biologists A
            // and B"
            return Optional.of(new Words(postStart(s, open, person), open));
        }
        if (open >= 2 && s.word(open).matches(",|--|—|–|:")) {
            int noun = open - 1;
            // the post's remit, a named body, between the post and the list: "analysts on ESPN, A and B"
            int remit = noun;
            while (remit > 1 && s.tag(remit).startsWith("NNP") && !person.test(remit)) {
                remit--;
            }
            if (remit < noun && remit > 1 && s.tag(remit).equals("IN")
                    && s.word(remit).toLowerCase(Locale.ROOT).matches("on|at|for|with|from|of") && s.tag(remit - 1).equals("NNS")) {
                noun = remit - 1;
            }
            if (s.tag(noun).equals("NNS") && post(s, noun, person)) {
                return Optional.of(new Words(postStart(s, noun, person), open - 1));
            }
        }
        int close = list.to() + 1;
        if (close < s.size() && s.tag(close).equals(",")) {
            int start = close + 1;
            int end = phraseEnd(s, start, person);
            int head = RoleCandidates.headNoun(s, start, end);
            if (head > 0 && s.tag(head).equals("NNS") && post(s, head, person)) {
                return Optional.of(new Words(start, end));
            }
        }
        return Optional.empty();
    }

    /** The first word of a plural post whose noun is at {@code noun}: its modifiers, without a count ("Two", "other"). */
    private static int postStart(Sentence s, int noun, IntPredicate person) {
        int start = noun;
        while (start > 1 && s.tag(start - 1).matches("NNS?|NNP|JJ|HYPH") && !person.test(start - 1)
                && !s.word(start - 1).matches("(?i)other|more")) {
            start--;
        }
        return start;
    }

    /** Tokens {@code from..head} are a noun and its modifiers: no adverb or verb ("and seriously considered a career"). */
    private static boolean nominal(Sentence s, int from, int head) {
        for (int k = from; k <= head; k++) {
            if (!s.tag(k).matches("JJ[RS]?|NNS?|NNPS?|HYPH|POS|CD")) {
                return false;
            }
        }
        return true;
    }

    /** "and" or "&" as a conjunction. */
    private static boolean and(Sentence s, int k) {
        return s.tag(k).equals("CC") && s.word(k).toLowerCase(Locale.ROOT).matches("and|&");
    }

    /** A common noun for a post, trade or standing that names no one ("writer", "Filmmaker", "co-author"). */
    private static boolean post(Sentence s, int k, IntPredicate person) {
        return s.tag(k).matches("NNS?|NNP") && !person.test(k)
                && (RoleNouns.isRoleNoun(s.word(k)) || RoleNouns.isRoleNoun(s.lemma(k)));
    }

    /** The last word of a phrase from {@code start}: before punctuation, a verb, a relative pronoun or a name. */
    private static int phraseEnd(Sentence s, int start, IntPredicate person) {
        int end = start - 1;
        for (int k = start; k <= s.size() && k - start < MAX_WORDS; k++) {
            if (s.tag(k).matches("[,.:]|-LRB-|-RRB-|``|''|VB[DPZ]?|MD|WDT|WP|CC") || person.test(k)) {
                break;
            }
            end = k;
        }
        while (end >= start && s.tag(end).matches("IN|TO|DT|POS")) {
            end--; // "co-writers with" before a name
        }
        return end;
    }
}
