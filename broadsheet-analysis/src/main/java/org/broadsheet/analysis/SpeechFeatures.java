package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of a {@link SpeechCandidate}, computed here only, so that the features the training data was dumped
 * with and those the shipped model decides on cannot drift apart. They describe the form of the construction, never
 * an article, an outlet or a word taken from a miss: whether the rules made it, the form the cue governs, the class
 * of the cue (and its lemma from a general list of cues), its part of speech and relation, who the subject is (a
 * named person, an organisation, a group, a pronoun, a noun, nobody), the content's length, verbs and quotation
 * marks, where it stands, negation, modals and planned speech.
 */
final class SpeechFeatures {

    /** Cue lemmas common in news, each a feature of its own; any other cue counts by its class only. */
    static final List<String> LEMMAS = List.of("say", "tell", "add", "note", "claim", "argue", "warn", "announce",
            "report", "write", "explain", "believe", "think", "hope", "expect", "suggest", "ask", "call", "describe",
            "accuse", "urge", "deny", "confirm", "find", "show", "according", "promise", "estimate", "insist",
            "predict", "agree", "acknowledge", "reveal", "state", "admit", "indicate", "fear", "vow");

    private static final Set<String> MODALS = Set.of("would", "could", "will", "may", "might", "should", "can", "must",
            "shall", "'ll", "wo", "ca");

    /** Verbs whose infinitive is only planned, wished or refused speech (the spec's R2). */
    private static final Set<String> PLANNED = Set.of("want", "plan", "expect", "refuse", "decline", "fail", "hope",
            "intend", "seek", "try", "need", "have", "be", "wish", "prepare", "schedule", "set", "likely", "able",
            "unable", "going", "due", "continue", "begin", "start");

    /** The features' names, in the order of the vectors {@link #of} gives. */
    static final List<String> NAMES = names();

    private SpeechFeatures() {
    }

    private static List<String> names() {
        List<String> n = new ArrayList<>();
        n.add("rules");
        for (CueCandidates.Form f : CueCandidates.Form.values()) {
            n.add("form." + f.name().toLowerCase(Locale.ROOT));
        }
        n.addAll(List.of("class.say", "class.clauseOnly", "class.objectContent", "class.infinitiveContent",
                "class.belief", "class.naming", "class.finding", "class.noun", "class.according", "class.other"));
        for (String l : LEMMAS) {
            n.add("lemma." + l);
        }
        n.addAll(List.of("pos.past", "pos.present", "pos.gerund", "pos.participle", "pos.base", "pos.noun", "pos.other",
                "rel.root", "rel.ccomp", "rel.conj", "rel.advcl", "rel.xcomp", "rel.relative", "rel.parataxis",
                "rel.other",
                "speaker.person", "speaker.organization", "speaker.group", "speaker.unnamed", "speaker.none",
                "subject.pronoun", "subject.proper", "subject.nominal", "subject.none", "subject.after",
                "content.tokens", "content.finite", "content.quoted", "content.beforeCue", "content.gap",
                "content.toEnd", "content.whole", "content.question",
                "cue.negated", "cue.modal", "cue.planned", "cue.passive", "cue.quoted", "cue.embedded",
                "sentence.first", "sentence.position", "sentence.tokens", "sentence.question",
                "content.afterThat", "content.pronounStart", "content.ownSubject", "content.subjectStart",
                "content.adjacent"));
        return List.copyOf(n);
    }

    /**
     * The features of one candidate.
     *
     * @param s its sentence
     * @param cue the cue's token, or 0 when not known
     * @param r the statement
     * @param byRules whether the rules made it
     * @param reading the broad reading of the cue ({@link CueCandidates#read})
     * @param quotedShare the share of the content's characters inside quotation marks
     * @param cueQuoted whether the cue stands inside quotation marks
     * @param sentences the number of sentences in the article
     */
    static double[] of(Sentence s, int cue, ReportedSpeech r, boolean byRules, CueCandidates.Reading reading,
            double quotedShare, boolean cueQuoted, int sentences) {
        double[] x = new double[NAMES.size()];
        int k = 0;
        x[k++] = byRules ? 1 : 0;
        for (CueCandidates.Form f : CueCandidates.Form.values()) {
            x[k++] = reading.form() == f ? 1 : 0;
        }
        String lemma = cue > 0 ? s.lemma(cue) : "";
        String tag = cue > 0 ? s.tag(cue) : "";
        boolean according = lemma.equals("according") || r.cue() != null && r.cue().toLowerCase(Locale.ROOT).startsWith("according");
        if (according) {
            lemma = "according";
        }
        int cls = according ? 8 : tag.startsWith("NN") ? 7
                : ReportedSpeechFinder.NAMING.contains(lemma) && !SpeechCues.SAY.contains(lemma) ? 5
                : Set.of("believe", "think", "hope", "expect", "suspect", "fear").contains(lemma) ? 4
                : SpeechCues.INFINITIVE_CONTENT.contains(lemma) ? 3
                : SpeechCues.OBJECT_CONTENT.contains(lemma) ? 2
                : SpeechCues.CLAUSE_ONLY.contains(lemma) ? 1
                : SpeechCues.SAY.contains(lemma) ? 0
                : SpeechCues.FINDING.contains(lemma) || SpeechCues.SHOWING.contains(lemma) ? 6 : 9;
        x[k + cls] = 1;
        k += 10;
        int li = LEMMAS.indexOf(lemma);
        if (li >= 0) {
            x[k + li] = 1;
        }
        k += LEMMAS.size();
        int pos = tag.equals("VBD") ? 0 : tag.matches("VB[PZ]") ? 1 : tag.equals("VBG") ? 2 : tag.equals("VBN") ? 3
                : tag.equals("VB") ? 4 : tag.startsWith("NN") ? 5 : 6;
        x[k + pos] = 1;
        k += 7;
        String rel = cue > 0 ? s.relation(cue) : "";
        int ri = rel.equals("root") ? 0 : rel.equals("ccomp") ? 1 : rel.equals("conj") ? 2 : rel.equals("advcl") ? 3
                : rel.equals("xcomp") ? 4 : rel.startsWith("acl") ? 5 : rel.equals("parataxis") ? 6 : 7;
        x[k + ri] = 1;
        k += 8;
        Speaker sp = r.speaker();
        int si = sp == null ? 4 : switch (sp.kind()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case GROUP -> 2;
            case UNNAMED -> 3;
            case UNATTRIBUTED -> 4;
        };
        x[k + si] = 1;
        k += 5;
        int subj = reading.subject() > 0 ? reading.subject() : cue > 0 && tag.startsWith("VB") ? SpeechCues.subject(s, cue) : 0;
        String st = subj > 0 ? s.tag(subj) : "";
        x[k + (subj == 0 ? 3 : st.startsWith("PRP") || st.equals("WP") ? 0 : st.startsWith("NNP") ? 1 : 2)] = 1;
        k += 4;
        x[k++] = subj > cue && cue > 0 ? 1 : 0;
        int from = s.tokenAt(r.content().start());
        int to = s.tokenAt(Math.max(r.content().start(), r.content().end() - 1));
        if (from == 0) {
            from = 1;
        }
        if (to < from) {
            to = from;
        }
        int last = CueCandidates.lastWord(s);
        x[k++] = Math.log1p(to - from + 1);
        boolean finite = false;
        for (int t = from; t <= to && !finite; t++) {
            finite = s.tag(t).matches("VB[DPZ]|MD");
        }
        x[k++] = finite ? 1 : 0;
        x[k++] = quotedShare;
        x[k++] = cue > 0 && to < cue ? 1 : 0;
        x[k++] = cue == 0 ? 0 : Math.log1p(to < cue ? cue - to - 1 : Math.max(0, from - cue - 1));
        x[k++] = to >= last ? 1 : 0;
        x[k++] = from <= 2 && to >= last ? 1 : 0;
        x[k++] = r.content().text().strip().endsWith("?") || from > 1 && s.word(from - 1).matches("(?i)whether|if|how|why|what|when|where|who") ? 1 : 0;
        x[k++] = cue > 0 && ReportedSpeechFinder.negated(s, cue) ? 1 : 0;
        boolean modal = false;
        for (int a : cue > 0 ? s.children(cue, "aux") : List.<Integer>of()) {
            modal |= MODALS.contains(s.word(a).toLowerCase(Locale.ROOT));
        }
        x[k++] = modal ? 1 : 0;
        int h = cue > 0 ? s.head(cue) : 0;
        x[k++] = h > 0 && rel.equals("xcomp") && PLANNED.contains(s.lemma(h)) ? 1 : 0;
        x[k++] = cue > 0 && s.child(cue, "aux:pass") > 0 ? 1 : 0;
        x[k++] = cueQuoted ? 1 : 0;
        x[k++] = r.embedded() ? 1 : 0;
        x[k++] = s.index == 0 ? 1 : 0;
        x[k++] = sentences <= 1 ? 0 : (double) s.index / (sentences - 1);
        x[k++] = Math.log1p(s.size());
        x[k++] = s.word(s.size()).equals("?") ? 1 : 0;
        x[k++] = from > 1 && s.word(from - 1).equalsIgnoreCase("that") ? 1 : 0;
        x[k++] = s.tag(from).startsWith("PRP") ? 1 : 0;
        boolean ownSubject = false;
        for (int t = from; t <= to && !ownSubject; t++) {
            ownSubject = s.relation(t).startsWith("nsubj") && s.head(t) >= from && s.head(t) <= to;
        }
        x[k++] = ownSubject ? 1 : 0;
        // a clause opens with its subject ("the fund is", "all refugees who ...", "between 30,000 and 40,000 people
        // had"), not with a preposition, an adverb, a conjunction or a verb, which open a circumstance or a fragment
        x[k++] = s.tag(from).matches("DT|PDT|PRP\\$?|NNP?S?|CD|JJ[RS]?|EX") ? 1 : 0;
        // the content follows its cue at once, or after "that" alone
        x[k++] = cue > 0 && (from == cue + 1 || from == cue + 2 && s.word(cue + 1).equalsIgnoreCase("that")) ? 1 : 0;
        if (k != x.length) {
            throw new IllegalStateException("features: " + k + " of " + x.length);
        }
        return x;
    }
}
