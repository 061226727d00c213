package org.broadsheet.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads, more broadly than {@link ReportedSpeechFinder}'s rules, what a word that may be a cue of speech or belief
 * governs: the form of the construction (a clausal complement, a "that" clause by word order, a clause set off
 * before the cue, an infinitive, an object, a noun's clause) and the stretch of words it would report. Whether the
 * reading is a statement is left to {@link ReportedSpeechModel}; this class only proposes.
 */
final class CueCandidates {

    /** The form of the construction a cue governs. */
    enum Form {
        /** A clausal complement after the cue ("said the depot is ..."). */
        CLAUSE,
        /** A "that" clause found by word order where the parser hung it elsewhere. */
        THAT,
        /** A clause after the cue that the parser set beside it ("told reporters the fund was ..."). */
        PARATAXIS,
        /** The statement stands before its cue ("The fund is empty, the minister said."). */
        TRAILING,
        /** An infinitive ("vowed to resign", "urged voters to ..."). */
        INFINITIVE,
        /** An object ("denied the sinking", "called the plan reckless"). */
        OBJECT,
        /** A noun with its clause ("his pledge that ...", "reports that ..."). */
        NOUN,
        /**
         * A finite clause after a cue by word order alone, where the parser hung its words on the cue as an object or
         * an adverbial, or made the cue a parenthesis ("The party said between 30,000 and 40,000 people had turned
         * out", "the minister says all arrivals will be held").
         */
        LOOSE,
        /** Nothing the cue could report. */
        NONE
    }

    /**
     * A reading of one cue.
     *
     * @param form the construction
     * @param from first token of what it would report (0 when {@code form} is {@link Form#NONE})
     * @param to last token of it
     * @param subject the token naming who speaks, or 0
     */
    record Reading(Form form, int from, int to, int subject) {
        static final Reading NONE = new Reading(Form.NONE, 0, 0, 0);

        /** This reading, or {@code other} when this one is {@link Form#NONE}. */
        Reading orElse(Reading other) {
            return form == Form.NONE ? other : this;
        }
    }

    /** Verbs beyond the rules' cues that may report speech, belief or a finding. */
    private static final Set<String> MORE_VERBS = Set.copyOf(List.of("insist", "signal", "indicate", "underscore", "propose",
            "recommend", "forecast", "project", "speculate", "charge", "dispute", "plead", "attest", "mention",
            "clarify", "specify", "detail", "recognize", "recognise", "reaffirm", "brag", "boast", "lament",
            "guarantee", "reckon", "feel", "worry", "doubt", "repeat", "order", "press", "notify", "reason", "wonder",
            "calculate", "guess", "argue", "announce", "pledge", "signal", "agree", "acknowledge", "concede", "deny",
            "confirm", "predict", "estimate", "explain", "admit", "concur", "contend", "posit", "theorize", "emphasise",
            "stress", "hold", "opine", "retort", "shout", "scream", "whisper", "email", "text", "testify", "plead",
            "caution", "advise", "recommend", "demand", "request", "appeal", "counter", "object", "protest", "allege",
            "accuse", "blame", "credit", "praise", "criticize", "criticise", "dismiss", "insinuate", "imply", "convey",
            "relay", "communicate", "publish", "release", "issue", "tell", "teach", "learn", "hear", "read", "find",
            "show", "prove", "demonstrate", "reveal", "discover", "conclude", "determine", "establish", "suggest"));

    /** Verbs that may be cues: the rules' cues, their naming verbs and {@link #MORE_VERBS}. */
    static final Set<String> VERBS = Stream.of(SpeechCues.SAY, SpeechCues.FINDING, SpeechCues.SHOWING,
            ReportedSpeechFinder.NAMING, MORE_VERBS).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** Nouns that may carry a statement in their clause. */
    static final Set<String> NOUNS = Stream.concat(ReportedSpeechFinder.SAYING_NOUNS.stream(), Stream.of("view",
            "belief", "hope", "fear", "concern", "message", "word", "news", "notion", "idea", "suggestion", "reminder",
            "signal", "request", "demand", "call", "order", "plea", "appeal", "ruling", "finding", "conclusion",
            "estimate", "forecast", "rumor", "rumour", "speculation", "indication", "expectation", "threat", "denial",
            "remark", "comment", "opinion", "explanation", "position", "insistence", "agreement", "decision",
            "recommendation", "proposal", "guarantee", "charge", "theory", "prediction"))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> SKIP_FIRST = Set.of("that", ",", ":", "to", "whether", "if", "\u2014", "--");

    private CueCandidates() {
    }

    /** True when token {@code i} may be a cue: a verb or noun of {@link #VERBS} or {@link #NOUNS}. */
    static boolean mayCue(Sentence s, int i) {
        String tag = s.tag(i);
        String lemma = s.lemma(i);
        return tag.startsWith("VB") && VERBS.contains(lemma) || tag.startsWith("NN") && NOUNS.contains(lemma);
    }

    /** The broad reading of token {@code i} as a cue, {@link Reading#NONE} when it governs nothing reportable. */
    static Reading read(Sentence s, int i) {
        if (!mayCue(s, i)) {
            return Reading.NONE;
        }
        return s.tag(i).startsWith("NN") ? noun(s, i) : verb(s, i);
    }

    /**
     * A finite clause after finite cue {@code i} by word order, where the parse gives the cue no clause of its own:
     * the words after the cue to the sentence's end, when they hold a tensed verb or modal outside any relative
     * clause, and the cue's subject stands before it.
     */
    private static Reading loose(Sentence s, int i, int subject) {
        if (subject == 0 || subject > i || !s.tag(i).matches("VB[DPZ]")) {
            return Reading.NONE;
        }
        for (int t = i + 1; t <= s.size(); t++) {
            if (s.tag(t).matches("VB[DPZ]|MD") && !inRelative(s, t, i)) {
                return trimmed(s, i, Form.LOOSE, i + 1, s.size(), subject);
            }
        }
        return Reading.NONE;
    }

    /** Token {@code t} stands in a relative clause ("refugees who arrive ...") below cue {@code cue}. */
    private static boolean inRelative(Sentence s, int t, int cue) {
        for (int h = t; h > 0 && h != cue; h = s.head(h)) {
            if (s.relation(h).equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    private static Reading verb(Sentence s, int i) {
        int subject = SpeechCues.subject(s, i);
        List<Integer> complements = s.children(i, "ccomp");
        int best = 0;
        for (int c : complements) {
            if (best == 0 || size(s, c) > size(s, best)) {
                best = c;
            }
        }
        if (best > i) {
            return trimmed(s, i, Form.CLAUSE, Math.max(s.subtree(best)[0], i + 1), s.subtree(best)[1], subject);
        }
        if (best > 0) {
            // "The fund is empty, the minister said": the clause before the cue, up to its speaker
            int to = Math.min(s.subtree(best)[1], i - 1);
            if (subject > 0 && subject < i) {
                to = Math.min(to, Math.min(s.subtree(subject)[0], s.nounPhrase(subject)[0]) - 1);
            }
            return trimmed(s, i, Form.TRAILING, s.subtree(best)[0], to, subject);
        }
        for (int c : s.children(i, "parataxis")) {
            if (c > i && s.tag(c).startsWith("VB")) {
                return trimmed(s, i, Form.PARATAXIS, Math.max(s.subtree(c)[0], i + 1), s.subtree(c)[1], subject);
            }
        }
        int that = ReportedSpeechFinder.clause(s, i);
        if (that > i) {
            int from = s.word(that).equalsIgnoreCase("that") ? that : Math.max(s.subtree(that)[0], i + 1);
            return trimmed(s, i, Form.THAT, from, s.size(), subject);
        }
        int h = s.head(i);
        if (h > 0 && h < i && s.relation(i).matches("parataxis|ccomp|dep|conj") && subject > h) {
            // "The fund is empty, the minister said.": the parser made the statement the head
            int to = Math.min(s.subtree(subject)[0], s.nounPhrase(subject)[0]) - 1;
            return trimmed(s, i, Form.TRAILING, 1, to, subject);
        }
        for (int x : s.children(i, "xcomp")) {
            if (x > i) {
                return trimmed(s, i, Form.INFINITIVE, Math.max(s.subtree(x)[0], i + 1), s.subtree(x)[1], subject);
            }
        }
        int obj = s.child(i, "obj");
        if (obj > i) {
            int to = s.subtree(obj)[1];
            for (int x : s.children(i, "xcomp")) {
                to = Math.max(to, s.subtree(x)[1]); // "called the plan reckless"
            }
            Reading object = trimmed(s, i, Form.OBJECT, obj, to, subject);
            return object.form() == Form.NONE || object.to() >= lastWord(s) ? object : loose(s, i, subject).orElse(object);
        }
        return loose(s, i, subject);
    }

    /** The sentence's last token that is not closing punctuation. */
    static int lastWord(Sentence s) {
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|``|''|-RRB-")) {
            last--;
        }
        return last;
    }

    private static Reading noun(Sentence s, int n) {
        int speaker = s.child(n, "nmod:poss");
        int h = s.head(n);
        if (speaker == 0 && h > 0 && s.tag(h).startsWith("VB") && s.relation(n).equals("obj")) {
            speaker = s.child(h, "nsubj"); // "the minister made the claim that ..."
        }
        for (String rel : List.of("acl", "ccomp")) {
            for (int c : s.children(n, rel)) {
                if (c > n && s.tag(c).startsWith("VB")) {
                    int first = s.subtree(c)[0];
                    if (first > n && s.word(first).toLowerCase(Locale.ROOT).matches("that|to")) {
                        return trimmed(s, n, Form.NOUN, first, s.subtree(c)[1], speaker);
                    }
                }
            }
        }
        return Reading.NONE;
    }

    private static int size(Sentence s, int head) {
        int[] t = s.subtree(head);
        return t[1] - t[0];
    }

    /** The reading with its stretch trimmed: no leading "that", no closing punctuation, and at least three words. */
    private static Reading trimmed(Sentence s, int cue, Form form, int from, int to, int subject) {
        while (from <= to && (SKIP_FIRST.contains(s.word(from).toLowerCase(Locale.ROOT)) || s.tag(from).equals("``"))) {
            from++;
        }
        if (from > cue) {
            // "said A, but added B": the next cue joined to this one ends the statement
            for (int c : s.children(cue, "conj")) {
                if (c > from && c <= to && mayCue(s, c)) {
                    to = Math.min(to, s.subtree(c)[0] - 1);
                }
            }
        }
        while (to >= from && (s.tag(to).matches("[.,:]|``|''|CC|-RRB-|-LRB-") || s.relation(to).equals("cc"))) {
            to--;
        }
        if (to - from < 2 || from < 1 || from <= cue && to >= cue) {
            return Reading.NONE;
        }
        return new Reading(form, from, to, subject);
    }
}
