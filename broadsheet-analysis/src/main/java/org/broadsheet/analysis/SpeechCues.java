package org.broadsheet.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * The verbs that introduce speech, and how to read who spoke from the subject of one.
 */
final class SpeechCues {

    /** Verbs that attribute words to a speaker, by lemma. */
    static final Set<String> SAY = Set.of("say", "add", "tell", "vow", "pledge", "promise", "note", "point", "voice",
            "stress", "emphasize", "emphasise", "underline", "warn", "claim", "argue", "insist", "state", "explain",
            "announce", "declare", "suggest", "urge", "acknowledge", "admit", "deny", "confirm", "predict",
            "estimate", "reiterate", "maintain", "contend", "caution", "recall", "remark", "observe", "complain",
            "allege", "write", "ask", "reply", "respond", "continue", "conclude", "agree", "testify", "tweet",
            "post", "assert", "affirm", "highlight", "recount", "describe", "report", "believe", "think", "hope",
            "expect", "express", "threaten", "demand", "accuse", "joke", "concede", "counter", "scoff", "quip", "call");

    /** Cues that report speech without quotation marks only with a clause ("that ..."). */
    static final Set<String> CLAUSE_ONLY = Set.of("say", "add", "tell", "claim", "argue", "insist", "state", "explain",
            "suggest", "admit", "predict", "estimate", "maintain", "contend", "caution", "recall", "remark",
            "observe", "complain", "allege", "write", "reply", "respond", "conclude", "testify", "assert", "affirm",
            "warn", "announce", "declare", "acknowledge", "concede", "report", "ask");

    /** Cues whose object is the content ("noted the shared identities ..."). */
    static final Set<String> OBJECT_CONTENT = Set.of("note", "stress", "emphasize", "emphasise", "underline", "reiterate",
            "deny", "confirm", "highlight", "announce", "acknowledge");

    /** Cues whose infinitive is the content ("vowed to continue ..."). */
    static final Set<String> INFINITIVE_CONTENT = Set.of("vow", "pledge", "promise", "urge", "threaten", "demand");

    /** "voiced the hope that ...": the nouns that carry the content. */
    static final Set<String> VOICED = Set.of("hope", "concern", "confidence", "belief", "support", "regret", "fear",
            "wish", "opposition", "view");

    private SpeechCues() {
    }

    /** True when token {@code i} is a speech verb. */
    static boolean isCue(Sentence s, int i) {
        return s.tag(i).startsWith("VB") && SAY.contains(s.lemma(i));
    }

    /** True for the verbs that attribute direct quotes. */
    static boolean attributesQuotes(Sentence s, int i) {
        String l = s.lemma(i);
        return isCue(s, i) && !Set.of("believe", "think", "hope", "expect", "continue", "describe", "agree").contains(l);
    }

    /** The speaker named by token {@code i} (a subject), with the words of its mention. */
    static Speaker speaker(Sentence s, Entities entities, int i) {
        Entities.Ref ref = entities.refAt(s.begin(i));
        int[] np = s.nounPhrase(i);
        if (ref == null && s.tag(i).matches("NNS?")) {
            // "Carlineo's attorney, Sonya Zoghlin": the name in apposition; else "the US military" as written
            for (int a : s.children(i, "appos")) {
                if (entities.refAt(s.begin(a)) != null) {
                    return speaker(s, entities, a);
                }
            }
            Span sp = s.span(np[0], np[1]);
            return new Speaker(sp.text(), Speaker.Kind.UNNAMED,
                    new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
        }
        if (ref == null) {
            for (int j = np[0]; j <= np[1] && ref == null; j++) {
                ref = entities.refAt(s.begin(j));
                if (ref != null) {
                    i = j;
                }
            }
        }
        if (ref != null) {
            int from = i;
            int to = i;
            while (from > 1 && ref.equals(entities.refAt(s.begin(from - 1)))) {
                from--;
            }
            while (to < s.size() && ref.equals(entities.refAt(s.begin(to + 1)))) {
                to++;
            }
            Span sp = s.span(from, to);
            Mention m = new Mention(sp.text(), sp.start(), sp.end(),
                    s.tag(i).startsWith("PRP") ? Mention.Kind.PRONOUN : Mention.Kind.NAME);
            return new Speaker(ref.name(), ref.kind(), m);
        }
        if (s.tag(i).equals("PRP") && Set.of("it", "i", "we", "you").contains(s.word(i).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Span sp = s.span(np[0], np[1]);
        return new Speaker(sp.text(), Speaker.Kind.UNNAMED, new Mention(sp.text(), sp.start(), sp.end(), Mention.Kind.NAME));
    }

    /** The subject of cue {@code verb}, or a name right after it ("said Smith"), or 0. */
    static int subject(Sentence s, int verb) {
        int subj = s.child(verb, "nsubj");
        if (subj > 0) {
            return subj;
        }
        if (verb < s.size() && (s.tag(verb + 1).startsWith("NNP") || s.tag(verb + 1).equals("PRP")
                || s.tag(verb + 1).equals("DT") || s.tag(verb + 1).startsWith("NN"))) {
            int j = verb + 1;
            while (j < s.size() && (s.tag(j + 1).startsWith("NN") || s.tag(j + 1).equals("DT")) && !s.tag(j).startsWith("NNP")) {
                j++;
            }
            while (j < s.size() && s.tag(j + 1).startsWith("NNP")) {
                j++;
            }
            return j;
        }
        return 0;
    }
}
