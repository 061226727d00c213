package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds speech reported without quotation marks, by rules over the basic dependency graph and the word
 * order: "X said (that) ...", "X vowed to ...", "X noted ...", "X pointed out that ...", "X voiced the hope
 * that ...", "..., X said.", "..., according to X". A cue that attributes a direct quote is not reported
 * speech.
 */
final class ReportedSpeechFinder {

    /** Verbs of thinking or asking: not statements of their own. */
    private static final Set<String> NOT_REPORTING = Set.of("believe", "think", "hope", "expect", "continue",
            "describe", "agree", "ask", "call", "accuse", "urge", "demand", "suspect", "fear");

    private static final Set<String> SKIP_AFTER_CUE = Set.of("that", ",", ":", "out", "also");

    /** Chooses the statements among the candidates: {@link ReportedSpeechModel#choose}, or a stand-in in benches. */
    interface Judge {
        /** The statements among {@code candidates}, in their order. */
        List<ReportedSpeech> choose(List<SpeechCandidate> candidates);
    }

    private final List<Sentence> sentences;
    private final Entities entities;
    private final QuoteFinder quotes;
    private final Judge judge;

    ReportedSpeechFinder(List<Sentence> sentences, Entities entities, QuoteFinder quotes) {
        this(sentences, entities, quotes, ReportedSpeechModel.judge());
    }

    /**
     * A finder whose statements {@code judge} chooses among the candidates; with a null judge the rules decide alone
     * and no candidate is weighed (no broad reading, no features: nothing to pay for).
     */
    ReportedSpeechFinder(List<Sentence> sentences, Entities entities, QuoteFinder quotes, Judge judge) {
        this.sentences = sentences;
        this.entities = entities;
        this.quotes = quotes;
        this.judge = judge;
    }

    /** The statements reported in the sentences: the candidates, as the judge chooses among them. */
    List<ReportedSpeech> find() {
        if (judge == null) {
            List<ReportedSpeech> out = new ArrayList<>();
            byRules(out, new ArrayList<>());
            return out;
        }
        return judge.choose(candidates());
    }

    /**
     * Every candidate statement: those the rules make, then the broader readings of {@link CueCandidates} at cues
     * the rules left alone (not the same cue, not the same statement), each with its {@link SpeechFeatures}.
     */
    List<SpeechCandidate> candidates() {
        List<ReportedSpeech> rules = new ArrayList<>();
        List<int[]> cues = new ArrayList<>();
        byRules(rules, cues);
        List<SpeechCandidate> out = new ArrayList<>();
        int at = 0;
        for (Sentence s : sentences) {
            Set<Integer> taken = new java.util.HashSet<>();
            List<ReportedSpeech> here = new ArrayList<>();
            for (; at < rules.size() && cues.get(at)[0] == s.index; at++) {
                ReportedSpeech r = rules.get(at);
                int cue = cues.get(at)[1];
                taken.add(cue);
                here.add(r);
                out.add(candidate(s, cue, r, true));
            }
            for (int i = 1; i <= s.size(); i++) {
                if (taken.contains(i) || !CueCandidates.mayCue(s, i)) {
                    continue;
                }
                CueCandidates.Reading reading = CueCandidates.read(s, i);
                if (reading.form() == CueCandidates.Form.NONE) {
                    continue;
                }
                Speaker speaker = reading.subject() > 0 ? speakerOf(s, reading.subject()) : null;
                ReportedSpeech r = new ReportedSpeech(speaker == null ? Speaker.UNATTRIBUTED : speaker,
                        s.word(i), s.span(reading.from(), reading.to()), s.whole(),
                        insideEarlierCue(s, i));
                // (a content every narrative word of which is quoted is a quote, not reported speech: the spec's R5)
                if (!mostlyQuoted(r.content()) && here.stream().noneMatch(o -> ReportedSpeechModel.sameStatement(o, r))) {
                    out.add(candidate(s, i, r, false));
                }
            }
        }
        return out;
    }

    private SpeechCandidate candidate(Sentence s, int cue, ReportedSpeech r, boolean byRules) {
        CueCandidates.Reading reading = cue > 0 ? CueCandidates.read(s, cue) : CueCandidates.Reading.NONE;
        return new SpeechCandidate(r, byRules, SpeechFeatures.of(s, cue, r, byRules, reading, quotedShare(r.content()),
                cue > 0 && quoted(s.begin(cue)), sentences.size()));
    }

    /** The share of {@code content}'s characters inside quotation marks. */
    private double quotedShare(Span content) {
        int inside = 0;
        for (int[] q : quotes.quoted) {
            inside += Math.max(0, Math.min(q[1], content.end()) - Math.max(q[0], content.start()));
        }
        return content.end() <= content.start() ? 0 : Math.min(1, (double) inside / (content.end() - content.start()));
    }

    /** The statements the rules make, in order, with the token of each one's cue in {@code cues}. */
    private void byRules(List<ReportedSpeech> out, List<int[]> cues) {
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                ReportedSpeech r = s.word(i).equalsIgnoreCase("according") && i < s.size() && s.word(i + 1).equals("to")
                        ? accordingTo(s, i, i + 2, "according to")
                        : perSource(s, i) ? accordingTo(s, i, i + 1, s.word(i)) : cue(s, i);
                if (r != null && quoted(s.begin(i))) {
                    // the spec's R6: a source's statement inside a direct quote, kept within that quote
                    ReportedSpeech within = withinQuote(r, stretch(s.begin(i)));
                    if (within != null) {
                        out.add(within.inside());
                        cues.add(new int[] {s.index, i});
                    }
                    continue;
                }
                int at = s.begin(i);
                if (r != null && s.relation(i).equals("acl:relcl") && s.child(i, "nsubj") > 0
                        && s.word(s.child(i, "nsubj")).equalsIgnoreCase("who") && out.stream().anyMatch(o -> o.sentence().start() == s.begin()
                        && o.content().start() <= at && at < o.content().end())) {
                    // "reported that the number of young people who have reported using meth was ...": a "who" clause
                    // inside a statement describes people of that statement, it reports nothing of its own
                    continue;
                }
                if (r != null && insideEarlierCue(s, i)) {
                    r = r.inside(); // another source's act inside a statement (R6, nested)
                }
                for (int k = 0; r == null && k < CUELESS.size(); k++) {
                    r = CUELESS.get(k).find(this, s, i);
                }
                if (r == null) {
                    r = nounStatement(s, i);
                    ReportedSpeech found = r;
                    if (r != null && out.stream().anyMatch(o -> o.content().start() < found.content().end()
                            && found.content().start() < o.content().end())) {
                        r = null; // already read from a cue
                    }
                }
                if (r != null && !mostlyQuoted(r.content()) && !SpeechCues.thingAsSource(s, i, r.speaker())) {
                    out.add(withoutApposition(s, r));
                    cues.add(new int[] {s.index, i});
                }
            }
        }
        withoutRepeats(out, cues);
    }

    /**
     * Drops a statement read a second time from another cue of its sentence: most of its words are another
     * statement's of the sentence, and that one has the same speaker ("..., Dempsey said, adding that ...") or a
     * named one where this one has none ("Studies indicate coffee drinkers ..., says Klinger"). The spec's R6 does
     * not repeat a source nested in itself; a named source nested in another's statement stays.
     */
    private static void withoutRepeats(List<ReportedSpeech> out, List<int[]> cues) {
        for (int j = out.size() - 1; j >= 0; j--) {
            ReportedSpeech r = out.get(j);
            Set<String> words = words(r.content().text());
            for (int k = 0; k < out.size(); k++) {
                ReportedSpeech o = out.get(k);
                if (k == j || o.sentence().start() != r.sentence().start() || overlap(words, words(o.content().text())) < 0.6) {
                    continue;
                }
                boolean same = o.speaker().name().equals(r.speaker().name()) && k < j;
                boolean better = !r.embedded() && !named(r.speaker()) && r.speaker().kind() != Speaker.Kind.GROUP
                        && named(o.speaker());
                if (same || better) {
                    out.remove(j);
                    cues.remove(j);
                    break;
                }
            }
        }
    }

    /**
     * Subject {@code subj}, which gives {@code speaker}, is an unnamed mass of people: no name, and a plural with no
     * determiner or an indefinite one ("Analysts", "Many businesses", "Some economists"), not "Both experts" or "the
     * two sides".
     */
    private static boolean mass(Sentence s, int subj, Speaker speaker) {
        if (named(speaker) || !s.tag(subj).equals("NNS")) {
            return false;
        }
        int det = s.child(subj, "det") > 0 ? s.child(subj, "det") : s.child(subj, "amod");
        return det == 0 && s.child(subj, "cc:preconj") == 0 && s.child(subj, "nmod:poss") == 0 && s.child(subj, "nummod") == 0
                || det > 0 && s.word(det).toLowerCase(java.util.Locale.ROOT).matches("many|most|some|several|few|numerous|other|more|fewer");
    }

    private static boolean named(Speaker sp) {
        return sp.kind() == Speaker.Kind.PERSON || sp.kind() == Speaker.Kind.ORGANIZATION;
    }

    private static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The share of the words of {@code a} and {@code b} together that both have (their Jaccard index). */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        int union = a.size() + b.size() - both.size();
        return union == 0 ? 0 : (double) both.size() / union;
    }

    /**
     * Statement {@code r} without a closing apposition set off by a dash ("He recalled that it looked just like a tuft
     * cell — a cell type most often associated with ..."): a noun phrase with no verb of its own after a dash is the
     * writer's gloss on the last noun, not part of what was said (the spec's R3, the writer's background).
     */
    private static ReportedSpeech withoutApposition(Sentence s, ReportedSpeech r) {
        int first = s.tokenAt(r.content().start());
        int last = s.tokenAt(r.content().end() - 1);
        if (first <= 0 || last <= first) {
            return r;
        }
        for (int k = first + 3; k < last; k++) {
            if (s.word(k).matches("[\u2014\u2013]|--") && s.word(k + 1).matches("a|an|the")) {
                for (int v = k + 1; v <= last; v++) {
                    if (s.tag(v).matches("VB[DPZ]|MD")) {
                        return r;
                    }
                }
                int end = k - 1;
                while (end > first && s.tag(end).matches("[,:]|``|''")) {
                    end--;
                }
                return new ReportedSpeech(r.speaker(), r.cue(), s.span(first, end), r.sentence(), r.embedded());
            }
        }
        return r;
    }

    /** A construction that states something without a verb of saying as its head, tried at one word. */
    private interface Construction {
        ReportedSpeech find(ReportedSpeechFinder finder, Sentence s, int i);
    }

    /** The constructions tried, in this order, where no cue gave a statement. */
    private static final List<Construction> CUELESS = List.of(ReportedSpeechFinder::askedQuestion,
            ReportedSpeechFinder::madeClear, ReportedSpeechFinder::courtHeard, ReportedSpeechFinder::nounCue,
            ReportedSpeechFinder::swallowed, ReportedSpeechFinder::relativeStatement, ReportedSpeechFinder::asSourced,
            ReportedSpeechFinder::closingAttribution, ReportedSpeechFinder::passiveDirective);

    /**
     * "The skippers were told to stop using the old nets.": an instruction reported in the passive
     * ({@link PassiveDirective}); its source is the agent, else nobody named.
     */
    private ReportedSpeech passiveDirective(Sentence s, int i) {
        PassiveDirective.Shape shape = PassiveDirective.at(s, i);
        if (shape == null || quoted(s.begin(i)) || negated(s, i)) {
            return null;
        }
        Speaker agent = shape.agent() > 0 ? SpeechCues.speaker(s, entities, shape.agent()) : null;
        return new ReportedSpeech(agent == null ? Speaker.UNATTRIBUTED : agent, s.word(i), s.span(shape.from(), shape.to()),
                s.whole());
    }

    /**
     * "..., said Dr Marsh.", "..., said one of the people.": a verb of saying that closes the sentence with its speaker
     * after it, read from the word order where the parse gave the verb no subject ({@link ClosingAttribution}); the
     * statement is the sentence before it (the spec's R1 and R3).
     */
    private ReportedSpeech closingAttribution(Sentence s, int i) {
        ClosingAttribution.Shape shape = ClosingAttribution.at(s, i);
        if (shape == null) {
            shape = ClosingAttribution.subjectFirst(s, i);
        }
        if (shape == null || quoted(s.begin(i)) || negated(s, i) || !hasFiniteVerb(s, 1, shape.end())
                || leadIn(s, s.span(1, shape.end()))) {
            return null;
        }
        Speaker speaker = speakerOf(s, shape.speaker());
        return speaker == null ? null : new ReportedSpeech(speaker, s.word(i), s.span(1, shape.end()), s.whole());
    }

    /**
     * "151 PS; which Halden claims is a 20% improvement", "The levy, which the union says is too low, ...": a cue
     * whose object is the relative pronoun and which a finite verb follows at once states that the antecedent is
     * what follows, up to the relative clause's closing comma (the spec's R3: the reported clause as written).
     */
    private ReportedSpeech relativeStatement(Sentence s, int i) {
        if (!SpeechCues.isCue(s, i) || !s.tag(i).matches("VB[DPZ]") || i >= s.size() || !s.tag(i + 1).matches("VB[DPZ]|MD")
                || quoted(s.begin(i)) || negated(s, i) || unrealized(s, i)) {
            return null;
        }
        int subj = s.child(i, "nsubj");
        int which = subj - 1;
        while (which > 1 && s.descends(which, subj)) {
            which--;
        }
        if (subj <= 1 || subj > i || !s.word(which).toLowerCase(java.util.Locale.ROOT).matches("which|that") || which < 3
                || !s.tag(which - 1).matches("[,:]")) {
            return null;
        }
        Speaker speaker = speakerOf(s, subj);
        int to = i + 1;
        while (to < s.size() && !s.tag(to + 1).matches("[,.:]")) {
            to++;
        }
        return speaker == null || to - i < 3 ? null : new ReportedSpeech(speaker, s.word(i), s.span(i + 1, to), s.whole());
    }

    /** True when word {@code i} heads the clause of a cue before it ("Putin said he believes ..."). */
    private static boolean insideEarlierCue(Sentence s, int i) {
        return s.relation(i).equals("ccomp") && SpeechCues.isCue(s, s.head(i)) && s.head(i) < i;
    }

    private ReportedSpeech cue(Sentence s, int i) {
        if (!SpeechCues.isCue(s, i) && !NAMING.contains(s.lemma(i)) || negated(s, i) || unrealized(s, i)) {
            return null;
        }
        if (quoted(s.begin(i)) && !quotedSource(s, i)) {
            return null;
        }
        if (s.relation(i).equals("acl") && s.tag(i).equals("VBN")) {
            // "Coty bought the boatyard, a deal announced on Monday": a past participle on a noun is a passive whose
            // noun is the thing announced, not its source; it attributes nothing
            return null;
        }
        String lemma = s.lemma(i);
        if (s.child(i, "aux:pass") == 0 && !s.relation(i).equals("amod")) {
            ReportedSpeech special = objectStatement(s, i, lemma);
            if (special != null) {
                return special;
            }
            int named = SpeechCues.subject(s, i);
            if (!SpeechCues.isCue(s, i) && (named == 0 || trailing(s, i, named) == null)) {
                // a verb of naming or judging that is no verb of saying ("see", "view", "term") states something only
                // by naming its object, or set off after a statement (", Klinger cites.")
                return null;
            }
        }
        if (lemma.equals("point") && !(i < s.size() && s.word(i + 1).equals("out"))) {
            return null;
        }
        if (s.relation(i).equals("amod")) {
            return null;
        }
        if (s.child(i, "aux:pass") > 0) {
            return passive(s, i);
        }
        ReportedSpeech as = asClause(s, i);
        if (as != null) {
            return as;
        }
        ReportedSpeech asSaid = asAside(s, i);
        if (asSaid != null) {
            return asSaid;
        }
        for (int m : s.children(i, "mark")) {
            if (s.word(m).toLowerCase(java.util.Locale.ROOT).matches("as|than") && s.child(i, "ccomp") == 0 && m < i) {
                return null; // "10 times as many cases as they had initially reported": a comparison, not a statement
            }
        }
                // "..., saying the hostages had suffered": the parser took the participle for a subordinator
        boolean markParticiple = s.relation(i).equals("mark") && s.tag(i).equals("VBG") && s.head(i) > i;
        int subj = markParticiple ? s.child(s.head(s.head(i)), "nsubj") : SpeechCues.subject(s, i);
        if (subj == 0) {
            return null;
        }
        int[] trailing = markParticiple ? null : trailing(s, i, subj);
        // a cue inside what someone else said ("Putin said he believes ...") belongs to that statement, unless it is
        // another named source's act ("Kell added that the board had told tenants ...": the spec's R6, nested)
        if (trailing == null && insideEarlierCue(s, i)
                && !anotherSource(s, i, subj)) {
            return null;
        }
        Speaker speaker = speakerOf(s, subj);
        if (speaker == null || lemma.matches("recogni[sz]e") && speaker.kind() == Speaker.Kind.UNNAMED) {
            // (recognising is a view: not reported of an unnamed mass, "A growing number of people recognise that
            // ...", as beliefs are not: the spec's R4)
            return null;
        }
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|``|''|-RRB-")) {
            last--;
        }
        if (trailing == null && subj < i && clause(s, i) == 0 && !NOT_REPORTING.contains(lemma)) {
            // "Disney's tech teams isolated the problem, Mayer said, and ...": an attribution set off by commas
            // in the middle of the statement; the statement's main part is what comes before it
            int first = Math.min(s.subtree(subj)[0], s.nounPhrase(subj)[0]);
            int after = i + 1;
            while (after <= s.size() && s.head(after) == i && !s.tag(after).equals(",") && after - i < 5) {
                after = s.subtree(after)[1] + 1;
            }
            if (first > 3 && s.tag(first - 1).equals(",") && after <= s.size() && s.tag(after).equals(",")) {
                if (s.word(first - 2).toLowerCase(java.util.Locale.ROOT).matches("because|that|but|and|so|while|although|as|since")) {
                    // "..., because, he said, quality is key": the statement follows the attribution
                    return last - after < 2 ? null : new ReportedSpeech(speaker, s.word(i), s.span(after + 1, last), s.whole());
                }
                int host = s.head(i);
                boolean hostClause = host >= 1 && host <= first - 2 && s.tag(host).startsWith("VB")
                        && (s.child(host, "nsubj") > 0 || s.child(host, "nsubj:pass") > 0);
                if (!hasFiniteVerb(s, 1, first - 2) && !hostClause) {
                    // (a clause before the attribution whose verb the tagger read as a participle, "Disney's tech
                    // teams isolated the problem, Mayer said, and ...", is still a clause of its own)
                    // "Finding water vapor on Europa, he said, is the next best thing": the whole sentence
                    return new ReportedSpeech(speaker, s.word(i), s.span(1, last), s.whole());
                }
                int end = first - 2;
                while (end > 1 && s.tag(end).matches("[,:]|``|''")) {
                    end--;
                }
                if (end >= 3 && hasVerb(s, 1, end) || end >= 3 && s.tag(1).startsWith("NN")) {
                    return new ReportedSpeech(speaker, s.word(i), s.span(1, end), s.whole());
                }
            }
        }
        int cueEnd = i;
        if (lemma.equals("point")) {
            cueEnd = i + 1;
        }
        if (lemma.equals("voice") || lemma.equals("express")) {
            int obj = s.child(i, "obj");
            if (obj == 0 || !SpeechCues.VOICED.contains(s.lemma(obj))) {
                return null;
            }
            cueEnd = obj;
        }
        int clause = markParticiple ? s.head(i) : clause(s, i);
        boolean hasInfinitive = !s.children(i, "xcomp").isEmpty();
        boolean hasObject = s.child(i, "obj") > i;
        if (clause == 0 && trailing == null && !markParticiple && lemma.equals("say") && subj < i) {
            // "Marlow says to set the table the night before": "say" with an infinitive and no clause reports an
            // instruction, as "urged her to resign" does (the spec's R1: infinitives)
            ReportedSpeech told = instruction(s, i, subj, speaker);
            if (told != null) {
                return told;
            }
        }
        if (trailing != null) {
            if (NOT_REPORTING.contains(lemma)) {
                return null;
            }
            int end = trailing[0] - 1;
            while (end > 1 && s.tag(end).matches("[,:]|''|``")) {
                end--;
            }
            if (end < 3 || !hasVerb(s, 1, end) || leadIn(s, s.span(1, end))) {
                return null;
            }
            return new ReportedSpeech(speaker, cueText(s, subj, i, cueEnd), s.span(1, end), s.whole());
        }
        if (clause == 0 && !markParticiple && subj < i && LOOSE.contains(lemma)) {
            int loose = looseClause(s, i);
            if (loose > 0) {
                int end = last;
                for (int c : s.children(i, "conj")) {
                    if (c > loose && SpeechCues.isCue(s, c)) {
                        end = Math.min(end, s.subtree(c)[0] - 1);
                    }
                }
                end = siblingAct(s, i, loose, end);
                end = otherSpeaker(s, i, loose, end);
                end = nextAct(s, i, loose, end);
                int opener = Math.min(s.subtree(subj)[0], s.nounPhrase(subj)[0]) - 1;
                if (opener >= 1 && s.word(opener).matches("(?i)although|though|while|whereas|because|if|when|as|after|before|since|once|until")) {
                    // "Although X suggested Y, Z told ...": a cue in a clause opened by a subordinator states
                    // only up to the comma that closes that clause
                    for (int k = loose; k < end; k++) {
                        if (s.tag(k).equals(",")) {
                            end = k;
                            break;
                        }
                    }
                }
                while (end > loose && s.tag(end).matches("[,:]|CC|``|''")) {
                    end--;
                }
                if (end - loose >= 3) {
                    return new ReportedSpeech(speaker, cueText(s, subj, i, cueEnd), s.span(loose, end), s.whole());
                }
            }
        }
        boolean ok;
        if (lemma.equals("voice") || lemma.equals("express")) {
            ok = true;
        } else if (SpeechCues.INFINITIVE_CONTENT.contains(lemma)) {
            ok = hasInfinitive || clause > 0;
            if (lemma.equals("threaten") && s.child(i, "obj") > i) {
                ok = false; // "threatened the crew with dismissal to ...": the threat is made to someone, not stated
            }
        } else if (SpeechCues.OBJECT_CONTENT.contains(lemma)) {
            ok = hasObject || clause > 0;
        } else {
            // a verb of naming or judging that is no verb of saying ("see", "regard") reports no clause: "see how both
            // treatments work" is perception; it attributes only set off after a statement (", Klinger cites.")
            // (agreeing is a view: not reported of an unnamed mass, the spec's R4: "Many businesses agree that ...")
            ok = clause > 0 && (!NOT_REPORTING.contains(lemma) || agreedThat(s, i, clause) && !mass(s, subj, speaker))
                    && SpeechCues.isCue(s, i);
        }
        if (ok && clause > 0 && clause < i && s.subtree(clause)[1] < Math.min(subj, i)) {
            // "S, Cook said while visiting ...": the statement stands before its cue
            int[] c = s.subtree(clause);
            int to = c[1];
            while (to > c[0] && s.tag(to).matches("[,:]|``|''")) {
                to--;
            }
            return to - c[0] < 3 ? null : new ReportedSpeech(speaker, cueText(s, subj, i, cueEnd), s.span(c[0], to), s.whole());
        }
                if (s.tag(i).equals("VBG") && clause == 0) {
            ok = false; // "announcing a corruption inquiry", "denying flu vaccines": acts, not statements
        }
        if (subj > i && clause == 0 && !NOT_REPORTING.contains(lemma) && SpeechCues.inverted(s, i)) {
            ReportedSpeech aside = parenthetical(s, i, subj, speaker, last);
            if (aside != null) {
                return aside;
            }
        }
                boolean setOff = subj > i && clause > i && s.child(clause, "nsubj") == subj && SpeechCues.inverted(s, i)
                && s.relation(i).equals("root") && s.child(i, "nsubj") > 0 && s.child(i, "nsubj") < i;
        if (!ok || subj > i && !setOff && !(s.tag(i).equals("VBG") && s.relation(i).equals("advcl") && !s.children(i, "ccomp").isEmpty())) {
            return null;
        }
        int from = cueEnd + 1;
        if (clause > 0) {
            // skip what belongs to the cue: "told reporters", "said in a statement", "said on Tuesday"
            int clauseStart = markParticiple ? i + 1 : s.subtree(clause)[0];
            boolean indirect = s.child(i, "iobj") > 0;
            for (int k = from; k < clauseStart; k++) {
                String rel = s.relation(k);
                if (s.head(k) == i && (rel.equals("obj") && !indirect || rel.equals("iobj") || rel.startsWith("obl"))) {
                    from = Math.max(from, s.subtree(k)[1] + 1);
                }
            }
            if (s.word(clause).equalsIgnoreCase("that") && s.relation(clause).matches("obj|mark|dep")) {
                // "said that" misparsed with "that" as the object; "said in a statement emailed to the Gazette
                // that ...", where the clause hangs on the medium's verb: the statement starts after "that"
                from = Math.max(from, clause + 1);
            }
            from = Math.min(from, Math.max(cueEnd + 1, clauseStart));
            if (setOff) {
                // "This system, says Richard Locksley, an immunologist at ..., helps direct ...": the parser made the
                // speaker set off after the cue the clause's subject; the statement is the clause after the speaker
                int after = s.subtree(subj)[1] + 1;
                while (after < clause && s.tag(after).equals(",")) {
                    after++;
                }
                from = Math.max(from, after);
            }
        }
        while (from <= last && SKIP_AFTER_CUE.contains(s.word(from).toLowerCase(java.util.Locale.ROOT))) {
            from++;
        }
        if (!markParticiple && s.relation(i).matches("advcl|acl|acl:relcl")) {
            last = Math.min(last, s.subtree(i)[1]); // "When his advisers suggested S, Mr. Trump ...": S only
            while (last > from && s.tag(last).matches("[,:]|``|''")) {
                last--;
            }
        }
                if (clause == 0 && hasObject && SpeechCues.OBJECT_CONTENT.contains(lemma)) {
            last = Math.min(last, s.subtree(s.child(i, "obj"))[1]); // "noted the shared identities ...": the object
        }
                // "said A, but added B": the statement ends where the next cue joined to this one begins
        for (int c : s.children(i, "conj")) {
            // "said A, but added B", "said A and identified B": a second act of the same speaker ends the first
            if (c > from && (SpeechCues.isCue(s, c) || sameForm(s, c, i) && s.child(c, "nsubj") == 0
                    && s.child(c, "nsubj:pass") == 0 && s.child(c, "cop") == 0)) {
                int stop = s.subtree(c)[0] - 1;
                while (stop > from && (s.tag(stop).matches("[,:]|CC") || s.relation(stop).equals("cc"))) {
                    stop--;
                }
                last = Math.min(last, stop);
            }
        }
        if (clause > 0) {
            // "said he never used the term and added, ...": a cue joined to the statement's verb with no subject of
            // its own, in the cue's form, is the speaker's next act, not part of what was said
            for (int c : s.children(clause, "conj")) {
                if (c > from && SpeechCues.isCue(s, c) && sameForm(s, c, i) && s.child(c, "nsubj") == 0
                        && s.child(c, "nsubj:pass") == 0) {
                    int stop = s.subtree(c)[0] - 1;
                    while (stop > from && (s.tag(stop).matches("[,:]|CC|``|''") || s.relation(stop).equals("cc"))) {
                        stop--;
                    }
                    last = Math.min(last, stop);
                }
            }
        }
        last = siblingAct(s, i, from, last);
        last = otherSpeaker(s, i, from, last);
        last = nextAct(s, i, from, last);
        if (subj < i) {
            last = subordinateEnd(s, subj, from, last);
        }
        if (clause == 0 && hasObject && lemma.matches("announce|highlight") && !hasFiniteVerb(s, from, last)
                && java.util.stream.IntStream.rangeClosed(from, last).noneMatch(k -> s.word(k).equals(":"))) {
            // "announced a new integrated booking service", "highlighted the growing popularity of ...": what is
            // announced or highlighted as a noun phrase is an act or a topic, not a statement (the spec's R2, "announced
            // two resignations"); participles inside the phrase do not make it a clause. A point set out after a colon
            // ("highlighted a new issue: billions of people use ...") is stated
            return null;
        }
        if (from > last || last - from < 3 && !shortClause(s, from, last) || !hasVerb(s, from, last)) {
            return null;
        }
        return new ReportedSpeech(speaker, cueText(s, subj, i, cueEnd), s.span(from, last), s.whole());
    }

    /**
     * "The levy, as the finance minister noted last week, is the lowest in the region": an attribution opened by "as"
     * and set off by commas inside the statement (not a comparison, "as many cases as they had reported", whose "as"
     * follows no comma). The statement is its main part, what follows the aside (the spec's R3); null when the cue
     * governs a clause or an object of its own, or what follows is no clause.
     */
    private ReportedSpeech asAside(Sentence s, int i) {
        int as = 0;
        for (int m : s.children(i, "mark")) {
            as = m > 2 && m < i && s.word(m).equalsIgnoreCase("as") && s.tag(m - 1).equals(",") ? m : as;
        }
        // the aside closes at the first comma after the cue; what stands between is the cue's ("noted last week")
        int close = i + 1;
        while (close < s.size() && !s.tag(close).equals(",") && s.descends(close, i)) {
            close++;
        }
        if (as == 0 || !SpeechCues.isCue(s, i) || s.child(i, "ccomp") > 0 || s.child(i, "obj") > 0
                || close >= s.size() || !s.tag(close).equals(",") || s.text(as, i).contains(",")) {
            return null;
        }
        int subj = SpeechCues.subject(s, i);
        Speaker speaker = subj > as && subj < i ? speakerOf(s, subj) : null;
        int last = s.size();
        while (last > close && s.tag(last).matches("[.,:]|``|''|-RRB-")) {
            last--;
        }
        if (speaker == null || last - close < 3 || !hasFiniteVerb(s, close + 1, last) || s.tag(close + 1).equals("``")) {
            return null;
        }
        return new ReportedSpeech(speaker, s.word(i), s.span(close + 1, last), s.whole());
    }

    /**
     * "Marlow says to set the table", "says not to worry about ...": the infinitive {@code say} governs (an xcomp
     * marked "to" after the cue), from its first word to its end; null when there is none.
     */
    private static ReportedSpeech instruction(Sentence s, int i, int subj, Speaker speaker) {
        for (int x : s.children(i, "xcomp")) {
            if (x <= i || !s.tag(x).equals("VB")
                    || s.children(x, "mark").stream().noneMatch(m -> s.word(m).equalsIgnoreCase("to"))) {
                continue;
            }
            int[] t = s.subtree(x);
            int to = t[1];
            while (to > t[0] && s.tag(to).matches("[.,:]|``|''")) {
                to--;
            }
            if (t[0] > i && to - t[0] >= 2) {
                return new ReportedSpeech(speaker, cueText(s, subj, i, i), s.span(t[0], to), s.whole());
            }
        }
        return null;
    }

    /**
     * "Once the man mentioned that he had switched to a feather duvet, Dempsey came up with ...": a cue whose speaker
     * follows a subordinator opening the sentence stands in a subordinate clause, and what it reports ends at the
     * comma after which the main clause begins with a subject of its own and its finite verb (whatever the parser
     * made of the subordinator). Returns the statement's last token.
     */
    private static int subordinateEnd(Sentence s, int subj, int from, int last) {
        int opener = Math.min(s.subtree(subj)[0], s.nounPhrase(subj)[0]) - 1;
        if (opener < 1 || opener > 2 || !s.word(opener).matches("(?i)although|though|while|whereas|because|if|when|after|before|since|once|until|unless")) {
            return last;
        }
        for (int k = from + 1; k < last - 1; k++) {
            if (!s.tag(k).equals(",")) {
                continue;
            }
            // the main clause: a subject (a name, a pronoun or a noun phrase) and its finite verb within a few words
            for (int v = k + 1; v <= Math.min(last, k + 6); v++) {
                if (s.tag(v).matches("VB[DPZ]|MD")) {
                    int own = s.child(s.tag(v).equals("MD") ? s.head(v) : v, "nsubj");
                    boolean subject = own > k && own < v || s.tag(k + 1).matches("NNP|PRP") && v > k + 1;
                    if (subject && v > k + 1) {
                        int end = k - 1;
                        while (end > from && s.tag(end).matches("[,:]|``|''")) {
                            end--;
                        }
                        return end;
                    }
                    break;
                }
            }
        }
        return last;
    }

    /**
     * Cue {@code i} is "agree" with a following "that" clause of its own subject: "agreed that the bridge had been
     * neglected" states what was agreed, while "agreed to pay" is an act.
     */
    private static boolean agreedThat(Sentence s, int i, int clause) {
        return s.lemma(i).equals("agree") && clause > i && s.child(clause, "nsubj") > 0
                && s.children(clause, "mark").stream().anyMatch(m -> s.word(m).equalsIgnoreCase("that"));
    }

    /**
     * Cue {@code i} stands inside a direct quote and reports what a named source said ("“The harbour board told
     * us the rents would be frozen,” said Quill"): its subject, also inside the quote, is a name, an
     * organization or a group, not a pronoun (whose referent inside someone's words cannot be told).
     */
    private boolean quotedSource(Sentence s, int i) {
        if (!SpeechCues.SAY.contains(s.lemma(i)) || NOT_REPORTING.contains(s.lemma(i)) || !s.tag(i).startsWith("VB")) {
            return false;
        }
        int subj = SpeechCues.subject(s, i);
        if (subj == 0 || subj > i || !quoted(s.begin(subj)) || s.tag(subj).matches("PRP.*|W.*|DT|EX")) {
            return false;
        }
        Speaker sp = SpeechCues.speaker(s, entities, subj);
        return sp != null && (sp.kind() == Speaker.Kind.PERSON || sp.kind() == Speaker.Kind.ORGANIZATION
                || sp.kind() == Speaker.Kind.GROUP);
    }

    /**
     * Acts of communication that count as another source's statement inside a reported one ("said the minister had
     * promised ..."); verbs of judging or concluding there ("said Washington had concluded ...") are the content.
     */
    private static final Set<String> ACTS = Set.of("say", "tell", "promise", "pledge", "vow", "announce", "warn",
            "claim", "deny", "confirm", "admit", "insist", "state", "report", "urge", "write", "testify", "allege",
            "accuse", "assure", "inform", "declare", "threaten", "reply", "respond", "tweet", "post", "acknowledge",
            "concede", "reveal", "disclose");

    /** Acts addressed to someone that a writer's "I" or "we" may report ("I asked the clerk whether ..."). */
    private static final Set<String> ADDRESSED = Set.of("ask", "tell", "inform", "assure", "urge", "reply", "respond", "warn");

    /**
     * Cue {@code i}, the complement of an earlier cue, is the act of another source than that cue's ("Kell added
     * that the harbour board had told tenants ..."): its subject is a name, an organization or a group (not a
     * pronoun, which may be the same source: "he said he had told ..."), and the two speakers differ.
     */
    private boolean anotherSource(Sentence s, int i, int subj) {
        if (subj == 0 || subj > i || !ACTS.contains(s.lemma(i)) || s.tag(subj).matches("PRP.*|W.*|DT|EX")) {
            return false;
        }
        Speaker inner = SpeechCues.speaker(s, entities, subj);
        int outerSubj = SpeechCues.subject(s, s.head(i));
        Speaker outer = outerSubj > 0 ? speakerOf(s, outerSubj) : null;
        // an unnamed source only when the noun is a person's ("the minister had promised ..."), not "the data"
        return inner != null && outer != null && !inner.name().equals(outer.name())
                && (inner.kind() == Speaker.Kind.PERSON || inner.kind() == Speaker.Kind.ORGANIZATION
                || inner.kind() == Speaker.Kind.GROUP
                || inner.kind() == Speaker.Kind.UNNAMED && SpeechCues.personNoun(s.lemma(subj)));
    }

    /**
     * "The result, say analysts, means higher fares": an attribution set off by commas after the statement's
     * subject, with the cue before its speaker. The statement is the sentence around it (its main part when what
     * stands before the attribution is a clause of its own).
     */
    private ReportedSpeech parenthetical(Sentence s, int i, int subj, Speaker speaker, int last) {
        int after = Math.max(subj, s.subtree(subj)[1]) + 1;
        if (after >= last || !s.tag(after).equals(",") || i < 3 || !hasFiniteVerb(s, after + 1, last)) {
            return null;
        }
        int end = i - 2;
        while (end > 1 && s.tag(end).matches("[,:]|``|''")) {
            end--;
        }
        if (hasFiniteVerb(s, 1, end)) {
            return end < 3 ? null : new ReportedSpeech(speaker, s.word(i), s.span(1, end), s.whole());
        }
        return new ReportedSpeech(speaker, s.word(i), s.span(1, last), s.whole());
    }

    /**
     * "Voss made clear that he would not resign", "made it clear that ...": a statement made plain; the "that"
     * clause hung on "clear" is its content.
     */
    private ReportedSpeech madeClear(Sentence s, int i) {
        if (!s.lemma(i).equals("make") || !s.tag(i).startsWith("VB") || quoted(s.begin(i)) || negated(s, i) || unrealized(s, i)) {
            return null;
        }
        for (int c : s.children(i, null)) {
            if (c <= i || !s.word(c).equalsIgnoreCase("clear") || c - i > 2) {
                continue;
            }
            int clause = s.child(c, "ccomp") > 0 ? s.child(c, "ccomp") : s.child(i, "ccomp");
            int subj = SpeechCues.subject(s, i);
            if (clause <= c || subj == 0 || subj > i || s.child(clause, "mark") == 0) {
                return null;
            }
            Speaker speaker = speakerOf(s, subj);
            int from = s.child(clause, "mark") + 1;
            int to = s.subtree(clause)[1];
            while (to > from && s.tag(to).matches("[.,:]|``|''")) {
                to--;
            }
            return speaker == null || to - from < 2 ? null
                    : new ReportedSpeech(speaker, s.text(i, c), s.span(from, to), s.whole());
        }
        return null;
    }

    /**
     * "The court heard that the defendant had been drinking", "the inquest was told ...": evidence given to a court
     * or an inquiry by someone the sentence does not name (the spec's section 6: "The court heard" is unnamed).
     */
    private ReportedSpeech courtHeard(Sentence s, int i) {
        if (!s.lemma(i).equals("hear") || !s.tag(i).matches("VB[DZP]|VBN") || quoted(s.begin(i)) || negated(s, i) || unrealized(s, i)) {
            return null;
        }
        int subj = s.child(i, "nsubj");
        int clause = s.child(i, "ccomp");
        if (subj == 0 || subj > i || clause <= i
                || !s.lemma(subj).matches("court|jury|tribunal|inquiry|inquest|hearing|trial|committee|panel|magistrate|judge")) {
            return null;
        }
        int from = s.subtree(clause)[0];
        while (from < clause && s.word(from).equalsIgnoreCase("that")) {
            from++;
        }
        int to = s.subtree(clause)[1];
        while (to > from && s.tag(to).matches("[.,:]|``|''")) {
            to--;
        }
        if (to - from < 2) {
            return null;
        }
        int[] np = s.nounPhrase(subj);
        Span words = s.span(np[0], i);
        return new ReportedSpeech(new Speaker(words.text(), Speaker.Kind.UNNAMED, new Mention(words.text(), words.start(),
                words.end(), Mention.Kind.NAME)), s.word(i), s.span(from, to), s.whole());
    }

    /** Words that open an indirect question. */
    private static final String QUESTION_WORDS = "(?i)whether|if|how|why|what|when|where|who|which|whom";

    /**
     * "Asked how the fund was spent, the treasurer ...", "When asked whether ..., she said", "He was asked why
     * ...": an indirect question whose asker the article does not name (the spec's R7: the asker's, null).
     * Read by word order, since the parser often makes "Asked" a marker of the question's verb.
     */
    private ReportedSpeech askedQuestion(Sentence s, int i) {
        if (!s.word(i).equalsIgnoreCase("asked") || i >= s.size() - 2 || quoted(s.begin(i))
                || !s.word(i + 1).matches(QUESTION_WORDS) || s.child(i, "nsubj") > 0) {
            return null;
        }
        boolean opens = i == 1 || i == 2 && s.word(1).matches("(?i)when|if|once")
                || s.word(i - 1).matches("(?i)was|were|been|being|is|are");
        if (!opens) {
            return null;
        }
        int to = i + 1;
        while (to < s.size() && !s.tag(to + 1).matches("[,.:]|``|''")) {
            to++;
        }
        if (to - i < 3 || !hasVerb(s, i + 2, to)) {
            return null;
        }
        return new ReportedSpeech(Speaker.UNATTRIBUTED, s.word(i), s.span(i + 1, to), s.whole());
    }

    /**
     * The speaker named by subject {@code subj}; "I" or "we" in the article's own words asking or telling someone (a
     * columnist's "I asked the clerk whether ...", a letter writer's "I told him ...") is a source the article does
     * not name: an unnamed speaker (the spec's kind {@code unnamed}) rather than no statement at all.
     */
    Speaker speakerOf(Sentence s, int subj) {
        Speaker sp = SpeechCues.speaker(s, entities, subj);
        int verb = s.head(subj);
        // only acts addressed to someone: "We should also note that ..." is the writer's own narration
        if (sp == null && s.tag(subj).equals("PRP") && s.word(subj).matches("I|[Ww]e") && !quoted(s.begin(subj))
                && verb > 0 && ADDRESSED.contains(s.lemma(verb)) && s.children(verb, "aux").stream().noneMatch(a -> s.tag(a).equals("MD"))) {
            Span w = s.span(subj, subj);
            return new Speaker(w.text(), Speaker.Kind.UNNAMED, new Mention(w.text(), w.start(), w.end(), Mention.Kind.PRONOUN));
        }
        return sp;
    }

    /** Verbs of naming and evaluating: "called the plan reckless", "described X as Y", "declared X an outlaw group". */
    static final Set<String> NAMING = Set.of("call", "describe", "declare", "dismiss", "rate", "label", "brand",
            "identify", "cite", "consider", "introduce", "attribute", "characterize", "characterise", "term", "hail",
            "slam", "praise", "criticize", "criticise", "condemn", "assail", "tout", "view", "see", "regard", "reject",
            "deride", "denounce", "herald", "dub", "define", "portray", "depict", "eulogize", "eulogise", "justify",
            "rank", "classify", "compare", "liken");

    /**
     * Verbs of characterizing that name or judge only with an "as" phrase after their object ("defined success as
     * owning a boat", "ranks the harbour as the third busiest"; not "defined the rules", "ranked third"); comparing
     * names with a "to" phrase ("compares the bridge to a cathedral").
     */
    private static final Set<String> AS_ONLY = Set.of("see", "view", "regard", "define", "portray", "depict",
            "eulogize", "eulogise", "justify", "rank", "classify");

    /** Nouns of saying whose "that" clause is a statement (the spec's R1, nominal forms). */
    static final Set<String> SAYING_NOUNS = Set.of("announcement", "claim", "assertion", "pledge", "promise",
            "warning", "admission", "suggestion", "insistence", "allegation", "report", "assurance", "vow",
            "prediction", "confirmation", "acknowledgment", "acknowledgement", "argument", "contention", "statement",
            "declaration", "testimony", "complaint", "accusation", "boast");

    /**
     * "Van Der Beek's announcement that his wife had suffered a miscarriage", "with reports that Hemsworth would
     * return": a noun of saying with a "that" clause of its own states the clause; the speaker is the noun's
     * possessor or its "by" phrase, else nobody named (a plural "reports", an unowned "claim").
     */
    private ReportedSpeech nounStatement(Sentence s, int n) {
        String lemma = s.lemma(n).toLowerCase(java.util.Locale.ROOT);
        if (!s.tag(n).startsWith("NN") || !SAYING_NOUNS.contains(lemma) || quoted(s.begin(n))) {
            return null;
        }
        int clause = 0;
        int that = 0;
        List<Integer> holders = new ArrayList<>(s.children(n, null));
        for (int m : s.children(n, "nmod")) {
            if (m > n && m - n <= 5) {
                holders.addAll(s.children(m, null)); // "his claim in the same interview that ...": hung on the phrase
            }
        }
        for (int c : holders) {
            String rel = s.relation(c);
            int mark = thatOf(s, c);
            if (c > n && (rel.equals("acl") || rel.equals("ccomp") || rel.equals("dep")) && mark > n && mark < c
                    && s.child(c, "nsubj") + s.child(c, "nsubj:pass") > 0) {
                clause = c;
                that = mark;
            }
        }
        for (int c : s.children(n, null)) {
            // "his repeated claims of having no memory of events": a gerund with its object is the claim's clause
            if (clause == 0 && c == n + 2 && s.relation(c).matches("acl|nmod") && s.tag(c).equals("VBG") && s.word(n + 1).equalsIgnoreCase("of")
                    && s.child(c, "obj") > c) {
                clause = c;
                that = n + 1;
            }
        }
        int det = s.child(n, "det");
        if (clause == 0 || det > 0 && s.word(det).equalsIgnoreCase("no")) {
            return null; // "There is no argument that ...": a statement denied to exist (the spec's R2, negated)
        }
        Speaker speaker = null;
        int poss = s.child(n, "nmod:poss");
        if (poss > 0 && !s.tag(poss).matches("PRP\\$") || poss > 0 && entities.refAt(s.begin(poss)) != null) {
            speaker = SpeechCues.speaker(s, entities, poss);
        } else if (poss > 0) {
            speaker = SpeechCues.speaker(s, entities, poss); // "his announcement that ..."
        }
        for (int c : s.children(n, "nmod")) {
            if (speaker == null && s.children(c, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("by"))) {
                speaker = SpeechCues.speaker(s, entities, c);
            }
        }
        if (speaker == null) {
            Span np = s.span(s.nounPhrase(n)[0], n);
            speaker = new Speaker(np.text(), Speaker.Kind.UNNAMED, new Mention(np.text(), np.start(), np.end(), Mention.Kind.NAME));
        }
        int[] sub = s.subtree(clause);
        int from = that + 1;
        int to = sub[1];
        while (to > from && s.tag(to).matches("[.,:]|``|''|-RRB-")) {
            to--;
        }
        if (to - from < 2) {
            return null;
        }
        String cue = s.text(s.nounPhrase(n)[0], n) + " " + s.word(that);
        return new ReportedSpeech(speaker, cue, s.span(from, to), s.whole());
    }

    /**
     * The "that" opening clause {@code c}, or 0: its marker, or a first word "that" the parser hung on the clause
     * as a loose dependent ("his vow that Britain would leave": a complementizer, since the clause has its own
     * subject).
     */
    private static int thatOf(Sentence s, int c) {
        int mark = s.child(c, "mark");
        if (mark > 0) {
            return s.word(mark).equalsIgnoreCase("that") ? mark : 0;
        }
        int first = s.subtree(c)[0];
        return s.word(first).equalsIgnoreCase("that") && s.head(first) == c && s.relation(first).equals("dep") ? first : 0;
    }

    /**
     * "She points to the rising rents as the main cause": pointing to something as what it is names it, as "described X
     * as Y" does (the spec's R1, naming); the content is the thing with its "as" phrase. Pointing to a thing alone is
     * no statement.
     */
    private static ReportedSpeech pointedAs(Sentence s, int i, Speaker speaker) {
        for (int c : s.children(i, "obl")) {
            if (c <= i || s.children(c, "case").stream().noneMatch(k -> s.word(k).equalsIgnoreCase("to"))) {
                continue;
            }
            List<Integer> phrases = new ArrayList<>(s.children(c, null));
            phrases.addAll(s.children(i, null));
            for (int a : phrases) {
                int first = s.subtree(a)[0];
                if (a > c && s.relation(a).matches("nmod|obl|advcl") && s.word(first).equalsIgnoreCase("as")) {
                    int from = s.subtree(c)[0] + 1; // after "to"
                    int to = s.subtree(a)[1];
                    while (to > from && s.tag(to).matches("[.,:]|``|''")) {
                        to--;
                    }
                    return new ReportedSpeech(speaker, s.word(i), s.span(from, to), s.whole());
                }
            }
        }
        return null;
    }

    /** An "as" phrase that judges: an adjective ("as false") or words in quotation marks. */
    private static boolean verdict(Sentence s, int c) {
        int[] sub = s.subtree(c);
        for (int k = sub[0]; k <= sub[1]; k++) {
            if (s.tag(k).matches("``|''") || s.tag(k).startsWith("JJ") && s.head(k) == c || k == c && s.tag(k).startsWith("JJ")) {
                return true;
            }
        }
        return false;
    }

    /** Directives whose object and infinitive are the content: "urged voters to ...", "advised residents to ...". */
    private static final Set<String> DIRECTIVES = Set.of("urge", "advise", "implore", "beg", "instruct", "encourage",
            "remind", "warn");

    /** Beliefs reported of a named source (the spec's R4): "Fenwick hopes ...", "the coastguard suspects ...". */
    private static final Set<String> BELIEF = Set.of("believe", "think", "hope", "expect", "suspect", "fear");

    /**
     * Statements whose content is the cue's object with what follows it: naming ("called the plan reckless",
     * "described her daughter as brave"), urging and accusing ("urged voters to ...", "accused X of ..."),
     * asking ("asked whether ..."), and beliefs of a named person or organization ("NASA believes ...").
     */
    private ReportedSpeech objectStatement(Sentence s, int i, String lemma) {
        boolean naming = NAMING.contains(lemma);
        boolean directive = DIRECTIVES.contains(lemma) || lemma.equals("accuse") || lemma.equals("ask");
        boolean belief = BELIEF.contains(lemma);
        if (lemma.equals("deny")) {
            return denial(s, i);
        }
        int object = s.child(i, "obj");
        if (lemma.equals("confirm") && object > i && clause(s, i) == 0 && s.children(i, "xcomp").isEmpty()
                && !hasVerb(s, object, s.subtree(object)[1])) {
            // "The club confirmed the departure of its goalkeeper": a noun phrase standing for a proposition, like
            // a denial (the spec's exception to R2)
            return denial(s, i);
        }
        if (lemma.equals("tell") && clause(s, i) == 0) {
            // "Masayoshi Son told WeWork executives to look for new sources of revenue": an instruction, like "urged"
            return request(s, i);
        }
        boolean pointing = lemma.equals("point") && i < s.size() && s.word(i + 1).equalsIgnoreCase("to");
        if (!naming && !directive && !belief && !pointing) {
            return null;
        }
        int subj = SpeechCues.subject(s, i);
        if (subj == 0 || subj > i && !lemma.equals("ask")) {
            return null;
        }
        Speaker speaker = speakerOf(s, subj);
        if (speaker == null || lemma.matches("see|view|regard") && mass(s, subj, speaker)) {
            return null; // (a view of an unnamed mass is not reported, as beliefs: the spec's R4, "Many people see X as Y")
        }
        if (pointing) {
            return pointedAs(s, i, speaker);
        }
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|``|''|-RRB-")) {
            last--;
        }
        if (belief) {
            int clause = clause(s, i);
            int loose = clause == 0 && subj < i ? looseClause(s, i) : 0;
            if (loose > 0 && (speaker.kind() == Speaker.Kind.PERSON || speaker.kind() == Speaker.Kind.ORGANIZATION)
                    && !insideStatement(s, i)) {
                // "NASA believes this discovery is further evidence that ...", parsed as an object
                return last - loose < 3 ? null : new ReportedSpeech(speaker, s.word(i), s.span(loose, last), s.whole());
            }
            int held = s.child(i, "obj");
            if (clause == 0 && loose == 0 && held > i && lemma.matches("expect|believe")
                    && (speaker.kind() == Speaker.Kind.PERSON || speaker.kind() == Speaker.Kind.ORGANIZATION)
                    && !insideStatement(s, i)) {
                // "The union expects the strike to last a week": the object with its infinitive is the view held
                for (int c : s.children(i, "xcomp")) {
                    if (c > held && s.word(s.subtree(c)[0]).equalsIgnoreCase("to")) {
                        int to = Math.min(last, s.subtree(c)[1]);
                        while (to > c && s.tag(to).matches("[.,:]|``|''")) {
                            to--;
                        }
                        return new ReportedSpeech(speaker, s.word(i), s.span(s.subtree(held)[0], to), s.whole());
                    }
                }
            }
            if (clause == 0 || speaker.kind() != Speaker.Kind.PERSON && speaker.kind() != Speaker.Kind.ORGANIZATION
                    || s.relation(i).equals("ccomp") && SpeechCues.isCue(s, s.head(i))) {
                return null; // "many fear", "analysts are concerned"; a belief inside a statement is its content
            }
            int from = s.subtree(clause)[0];
            while (from <= last && s.word(from).equalsIgnoreCase("that")) {
                from++;
            }
            int to = Math.min(last, s.subtree(clause)[1]);
            while (to > from && s.tag(to).matches("[.,:]|``|''")) {
                to--;
            }
            return to - from < 2 ? null : new ReportedSpeech(speaker, s.word(i), s.span(from, to), s.whole());
        }
        int obj = s.child(i, "obj");
        if (lemma.equals("ask")) {
            // "asked whether ...", "asked how ...": the indirect question
            for (int c : s.children(i, "ccomp")) {
                int m = s.subtree(c)[0];
                if (s.word(m).toLowerCase(java.util.Locale.ROOT).matches("whether|if|how|why|what|when|where|who")) {
                    int to = Math.min(last, s.subtree(c)[1]);
                    return new ReportedSpeech(speaker, s.word(i), s.span(m, to), s.whole());
                }
            }
            // "asked the company to unwind the agreement": a request, like "urged"
            return subj < i ? request(s, i) : null;
        }
        if (naming && insideEarlierCue(s, i)) {
            return null; // "reiterated it still considers all settlement activity illegal": the statement's content
        }
        if (obj == 0 && naming) {
            // "called the cancellation a disaster" parsed as a small clause: the predicate with its own subject
            for (int c : s.children(i, "xcomp")) {
                int[] sc = s.subtree(c);
                int own = s.child(c, "nsubj") > 0 ? s.child(c, "nsubj") : s.child(c, "dep");
                // (the predicate's subject may hang loose: "called Reyes's speech “shameful,”")
                if (c > i && own > i && own < c && sc[0] > i) {
                    int to = Math.min(last, sc[1]);
                    while (to > sc[0] && s.tag(to).matches("[.,:]|``|''")) {
                        to--;
                    }
                    return new ReportedSpeech(speaker, s.word(i), s.span(sc[0], to), s.whole());
                }
            }
        }
        if (obj == 0 || obj < i) {
            return null;
        }
        // what follows the object: an "as"/"of"/"to" phrase, an infinitive, or a predicate noun or adjective
        int end = s.subtree(obj)[1];
        boolean complement = false;
        for (int c : s.children(i, null)) {
            if (c <= obj) {
                continue;
            }
            String rel = s.relation(c);
            if (rel.equals("xcomp") || rel.startsWith("obl") || rel.equals("advcl") || rel.equals("ccomp")
                    || rel.equals("obj") || rel.equals("dep")) {
                int first = s.subtree(c)[0];
                String w = s.word(first).toLowerCase(java.util.Locale.ROOT);
                boolean fits = lemma.equals("accuse") ? w.equals("of")
                        : DIRECTIVES.contains(lemma) ? rel.equals("xcomp") || w.equals("to")
                        : lemma.equals("attribute") ? w.equals("to")
                        // "sees X as Y": seeing and regarding are naming only with "as" ("have seen price increases")
                        // rejecting is a judgement only with a verdict: "rejected the claims as “patently false”",
                        // not "rejected the administration as a mediator"
                        : lemma.matches("reject|deride|denounce") ? w.equals("as") && verdict(s, c)
                        : AS_ONLY.contains(lemma) ? w.equals("as")
                        : lemma.matches("compare|liken") ? w.equals("to")
                                && (speaker.kind() == Speaker.Kind.PERSON || speaker.kind() == Speaker.Kind.ORGANIZATION)
                        : rel.equals("xcomp") || w.equals("as") || rel.equals("obj") || rel.equals("dep")
                        || rel.equals("obl:npmod") && s.tag(c).startsWith("NN"); // "called the process a sham"
                if (fits) {
                    end = Math.max(end, s.subtree(c)[1]);
                    complement = true;
                }
            }
        }
        if (!complement && lemma.matches("call|label|brand|term|dub|declare")) {
            // "called the decision on the resolution a landmark judgment": the parser hung the predicate noun
            // inside the object's phrase
            int[] o = s.subtree(obj);
            for (int k = obj + 1; k <= o[1] && !complement; k++) {
                complement = s.relation(k).equals("dep") && s.tag(k).startsWith("NN") && s.tag(s.subtree(k)[0]).equals("DT");
            }
        }
        if (!complement && !lemma.matches("slam|praise|criticize|criticise|condemn|assail|hail|tout")) {
            return null;
        }
        if (!complement) {
            return null; // "condemned the vandalism": an act, not a statement (the spec's R2)
        }
        end = Math.min(end, last);
        for (int k = obj + 1; k < end; k++) {
            // "called it the “end of an era,” as the industry's symbol ... was sidelined": the name or verdict is a
            // phrase; a clause set off after it by a comma and a subordinator is the writer's, not the naming
            int next = k + 1;
            while (next < end && s.tag(next).matches("``|''")) {
                next++;
            }
            if (s.tag(k).equals(",") && s.word(next).toLowerCase(java.util.Locale.ROOT)
                    .matches("as|while|whereas|because|since|after|although|though|which|when")) {
                end = k;
                break;
            }
            if (naming && s.word(k).matches("[\u2014\u2013;]|--")) {
                // "define it as not having to work to live — i.e. ... — but maybe you want ...", "compares X to Y —
                // equally bunk": a dash or a semicolon ends the name or verdict; what follows is the writer's
                end = k - 1;
                break;
            }
        }
        while (end > obj && s.tag(end).matches("[.,:]|``|''")) {
            end--;
        }
        int from = s.subtree(obj)[0];
        return new ReportedSpeech(speaker, s.word(i), s.span(from, end), s.whole());
    }

    /**
     * "It was reported that ...": the speaker is the agent ("by the ministry") or, when there is none,
     * explicitly unattributed.
     */
    private ReportedSpeech passive(Sentence s, int i) {
        int it = s.child(i, "nsubj:pass");
        int clause = s.child(i, "ccomp");
        String lemma = s.lemma(i);
        if (it > 0 && (lemma.equals("accuse") || lemma.equals("tell") || lemma.equals("inform"))) {
            // "X was accused (by critics) of ...", "employees were told that ...": the agent, else nobody named
            Speaker speaker = Speaker.UNATTRIBUTED;
            int from = 0;
            int to = 0;
            for (int k : s.children(i, "obl")) {
                int cs = s.child(k, "case");
                String prep = cs > 0 ? s.word(cs).toLowerCase(java.util.Locale.ROOT) : "";
                if (prep.equals("by") && k > i) {
                    Speaker agent = SpeechCues.speaker(s, entities, k);
                    speaker = agent == null ? speaker : agent;
                } else if (prep.equals("of") && lemma.equals("accuse") && from == 0) {
                    from = s.subtree(k)[0];
                    to = s.subtree(k)[1];
                }
            }
            for (int k : s.children(i, "advcl")) {
                int m = s.child(k, "mark");
                if (lemma.equals("accuse") && from == 0 && m > 0 && s.word(m).equalsIgnoreCase("of")) {
                    from = m; // "was accused of trying to ...": the parser made the gerund a clause
                    to = s.subtree(k)[1];
                }
            }
            if (!lemma.equals("accuse")) {
                int c = clause > 0 ? clause : looseClause(s, i);
                if (c == 0) {
                    return null;
                }
                from = clause > 0 ? s.subtree(clause)[0] : c;
                to = clause > 0 ? s.subtree(clause)[1] : s.size();
                while (from < to && s.word(from).equalsIgnoreCase("that")) {
                    from++;
                }
            }
            while (to > from && s.tag(to).matches("[.,:]|``|''")) {
                to--;
            }
            if (from == 0 || to - from < 2 || s.relation(i).equals("amod")) {
                return null;
            }
            return new ReportedSpeech(speaker, s.text(s.child(i, "aux:pass"), i), s.span(from, to), s.whole());
        }
        if (it > 0 && !s.word(it).equalsIgnoreCase("it") && clause == 0 && lemma.matches("say|report|allege|rumou?r")
                && !s.relation(i).equals("amod")) {
            // "Two firms are said to be among the suppliers", "His sister was said to have been unhappy": a statement
            // with no source named (the spec's R1; speaker null without an agent), the whole clause as written
            for (int c : s.children(i, "xcomp")) {
                int[] sub = s.subtree(c);
                if (c > i && sub[0] > i && s.word(sub[0]).equalsIgnoreCase("to")) {
                    int from = Math.min(s.subtree(it)[0], s.nounPhrase(it)[0]);
                    int last = sub[1];
                    while (last > c && s.tag(last).matches("[.,:]|``|''")) {
                        last--;
                    }
                    Speaker speaker = Speaker.UNATTRIBUTED;
                    for (int k : s.children(i, "obl")) {
                        if (k > i && s.child(k, "case") > 0 && s.word(s.child(k, "case")).equalsIgnoreCase("by")) {
                            Speaker agent = SpeechCues.speaker(s, entities, k);
                            speaker = agent == null ? speaker : agent;
                        }
                    }
                    return from > it ? null : new ReportedSpeech(speaker, s.text(s.child(i, "aux:pass"), i), s.span(from, last), s.whole());
                }
            }
        }
        if (it == 0 || !s.word(it).equalsIgnoreCase("it") || clause == 0 || NOT_REPORTING.contains(s.lemma(i))) {
            return null;
        }
        Speaker speaker = Speaker.UNATTRIBUTED;
        for (int k : s.children(i, "obl")) {
            if (k < clause && s.child(k, "case") > 0 && s.word(s.child(k, "case")).equalsIgnoreCase("by")) {
                Speaker agent = SpeechCues.speaker(s, entities, k);
                speaker = agent == null ? speaker : agent;
            }
        }
        int from = s.subtree(clause)[0];
        while (from < clause && s.word(from).equalsIgnoreCase("that")) {
            from++;
        }
        int last = s.subtree(clause)[1];
        while (last > from && s.tag(last).matches("[.,:]|``|''")) {
            last--;
        }
        if (last - from < 2 || !hasVerb(s, from, last)) {
            return null;
        }
        return new ReportedSpeech(speaker, s.text(s.child(i, "aux:pass"), i), s.span(from, last), s.whole());
    }

    /** Verb {@code i} hangs below another speech cue ("Putin said he believes ..."): it is that statement's content. */
    private static boolean insideStatement(Sentence s, int i) {
        for (int h = s.head(i), steps = 0; h > 0 && steps < 10; h = s.head(h), steps++) {
            if (SpeechCues.isCue(s, h) && h < i) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of "as X reported": reporting proper, not "as the company continued to ...". */
    private static final Set<String> AS_REPORTED = Set.of("say", "report", "note", "write", "tell", "state", "announce",
            "confirm", "predict", "reveal", "disclose", "acknowledge", "observe", "claim", "argue", "warn", "explain",
            "point", "add", "testify", "tweet", "post");

    /**
     * "As Reuters reported, the talks ...", "..., as the company said in March.": a parenthetical attribution
     * whose statement is the rest of the sentence.
     */
    private ReportedSpeech asClause(Sentence s, int i) {
        int mark = s.child(i, "mark");
        if (mark == 0 || !s.word(mark).equalsIgnoreCase("as") || !s.relation(i).equals("advcl") || clause(s, i) > 0
                || s.child(i, "obj") > 0 || !asReporting(s.lemma(i))) {
            return null;
        }
        int[] sub = s.subtree(i);
        int subj = s.child(i, "nsubj");
        if (subj == 0 || subj < sub[0] || subj > sub[1]) {
            return null;
        }
        Speaker speaker = speakerOf(s, subj);
        return speaker == null ? null : aroundAs(s, i, sub, speaker);
    }

    /**
     * The statement of an "as" clause spanning tokens {@code sub}, cue {@code i}: the rest of the sentence, after the
     * clause when it opens the sentence or before it when it closes it; null when that is no clause of its own.
     */
    private ReportedSpeech aroundAs(Sentence s, int i, int[] sub, Speaker speaker) {
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|``|''")) {
            last--;
        }
        int from;
        int to;
        if (sub[0] <= 2 && sub[1] < last) {
            from = sub[1] + 1;
            to = last;
            while (from < to && s.tag(from).matches("[,:]")) {
                from++;
            }
        } else if (sub[1] >= last && sub[0] > 3) {
            from = 1;
            to = sub[0] - 1;
            while (to > from && s.tag(to).matches("[,:]")) {
                to--;
            }
        } else {
            return null;
        }
        return to - from < 3 || !hasFiniteVerb(s, from, to) || s.tag(from).matches("``|''") || quoted(s.begin(from)) ? null
                : new ReportedSpeech(speaker, s.word(i), s.span(from, to), s.whole());
    }

    /** Verbs of "as detailed in X's report": setting out what a source wrote, besides the verbs of reporting. */
    private static final Set<String> AS_SET_OUT = Set.of("detail", "highlight", "describe", "outline", "document", "echo");

    /** Nouns of a published piece whose outlet or author, named inside it, is the source ("an Ars Technica article"). */
    private static final Set<String> PIECES = Set.of("article", "story", "piece", "post", "column", "editorial",
            "coverage", "news", "book", "letter", "blog", "newsletter", "podcast", "interview");

    /**
     * "As reported by Wired, researchers ...", "..., as detailed in an Ars Technica report.", "As a VentureBeat
     * article explains, ...": an "as" clause opening the sentence or set off by a comma, whose source is named only
     * inside the agent or the work it cites (a passive with "by" or "in", or a published piece as subject). The
     * statement is the rest of the sentence, as for "As Reuters reported, ..." (the spec's R1, parenthetical
     * attributions). Read from the words, because the parser seldom makes such a clause a clause. A source must be a
     * named person or organization: "as shown in the chart below" cites none. Tried at the "as".
     */
    private ReportedSpeech asSourced(Sentence s, int i) {
        if (!lower(s, i).equals("as") || !(i == 1 || s.tag(i - 1).equals(",")) || i + 3 > s.size() || quoted(s.begin(i))) {
            return null;
        }
        int close = i + 1; // the clause's last word, before the next comma or the sentence's end
        while (close < s.size() && !s.tag(close + 1).matches("[,.:]")) {
            close++;
        }
        int verb;
        int from;
        int to;
        if (s.tag(i + 1).equals("VBN") && asReporting(s.lemma(i + 1)) && close >= i + 3 && lower(s, i + 2).matches("by|in")) {
            verb = i + 1; // "as reported by Wired", "as detailed in an Ars Technica report on ..."
            from = i + 3;
            to = close;
        } else if (s.tag(close).matches("VB[DPZ]") && asReporting(s.lemma(close)) && close - i >= 3
                && (citesPiece(s, i + 1, close - 1) || close - i <= 6 && entities.refAt(s.begin(close - 1)) != null)) {
            verb = close; // "As a VentureBeat article on the tool explains", "As historian Mary Beard details"
            from = i + 1;
            to = close - 1;
        } else {
            return null;
        }
        Speaker speaker = namedIn(s, from, to);
        if (speaker == null && verb == i + 1 && to - from < 5 && countNames(s, from, to) == to - from + 1) {
            // "as reported by Travel + Leisure": an outlet's name the entity tagger did not know is still a name
            Span name = s.span(s.tag(from).equals("DT") ? from + 1 : from, to);
            speaker = new Speaker(name.text(), Speaker.Kind.ORGANIZATION,
                    new Mention(name.text(), name.start(), name.end(), Mention.Kind.NAME));
        }
        return speaker == null || speaker.kind() != Speaker.Kind.PERSON && speaker.kind() != Speaker.Kind.ORGANIZATION ? null
                : aroundAs(s, verb, new int[] {i, close}, speaker);
    }

    /**
     * How many of tokens {@code from..to} are words of a proper name: capitalized nouns (the tagger reads "Travel +
     * Leisure" as common nouns), with "The", "+", "&" and "of" inside one.
     */
    private static int countNames(Sentence s, int from, int to) {
        int n = 0;
        for (int k = from; k <= to; k++) {
            if (capitalizedNoun(s, k) || k > from && s.word(k).matches("[+&]|of") || k == from && s.tag(k).equals("DT")) {
                n++;
            }
        }
        return capitalizedNoun(s, to) ? n : 0;
    }

    private static boolean capitalizedNoun(Sentence s, int k) {
        return s.tag(k).startsWith("NN") && Character.isUpperCase(s.word(k).charAt(0));
    }

    private static boolean asReporting(String lemma) {
        return AS_REPORTED.contains(lemma) || AS_SET_OUT.contains(lemma);
    }

    /** Tokens {@code from..to} hold a noun of a published piece or a study. */
    private static boolean citesPiece(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            String noun = s.lemma(k).toLowerCase(java.util.Locale.ROOT);
            if (s.tag(k).startsWith("NN") && (PIECES.contains(noun) || SpeechCues.WORKS.contains(noun))) {
                return true;
            }
        }
        return false;
    }

    /** The person or organization named in tokens {@code from..to}, the last one that is no place or employer. */
    private Speaker namedIn(Sentence s, int from, int to) {
        Speaker speaker = null;
        for (int k = to; k >= from && speaker == null; k--) {
            if (entities.refAt(s.begin(k)) != null && !locative(s, k, from, to) && !affiliation(s, k, from, to)) {
                speaker = SpeechCues.speaker(s, entities, k);
            }
        }
        return speaker;
    }

    /**
     * "This comes a week after Bloomberg reported WeWork is the subject of ...", "The study found the spacecraft
     * mass could be reduced by a third": a statement with no "that" whose verb the parser made the head of the cue,
     * taking the statement's subject for the cue's object. The statement runs from that object to the sentence's end.
     */
    private ReportedSpeech swallowed(Sentence s, int i) {
        String lemma = s.lemma(i);
        int subj = s.child(i, "nsubj");
        boolean finding = lemma.equals("find") && subj > 0 && SpeechCues.WORKS.contains(s.lemma(subj).toLowerCase(java.util.Locale.ROOT));
        if (!s.tag(i).matches("VB[DPZ]") || !(LOOSE.contains(lemma) || lemma.equals("report") || finding)
                || !s.relation(i).matches("csubj(:pass)?|advcl") || quoted(s.begin(i)) || negated(s, i) || unrealized(s, i) || subj == 0 || subj > i) {
            return null;
        }
        int h = s.head(i);
        int obj = s.child(i, "obj");
        if (h <= i || obj <= i || obj >= h || s.child(i, "ccomp") > 0 || s.child(h, "nsubj") > 0 || s.child(h, "nsubj:pass") > 0
                || !(s.tag(h).startsWith("VB") || s.child(h, "cop") > 0) || !hasFiniteVerb(s, obj, h)
                && s.child(h, "cop") == 0 && s.child(h, "aux") == 0 && s.child(h, "aux:pass") == 0) {
            return null;
        }
        Speaker speaker = speakerOf(s, subj);
        if (speaker == null) {
            return null;
        }
        int last = s.size();
        while (last > obj && s.tag(last).matches("[.,:]|``|''|-RRB-")) {
            last--;
        }
        int from = s.subtree(obj)[0];
        return last - from < 3 ? null : new ReportedSpeech(speaker, s.word(i), s.span(from, last), s.whole());
    }

    /**
     * "asked the company to unwind the agreement", "told executives to look for new revenue": a request or an
     * instruction to the cue's object, whose content is the object with its infinitive; null without one.
     */
    private ReportedSpeech request(Sentence s, int i) {
        int obj = s.child(i, "obj");
        int subj = SpeechCues.subject(s, i);
        if (obj <= i || subj == 0 || subj > i) {
            return null;
        }
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|``|''|-RRB-")) {
            last--;
        }
        for (int c : s.children(i, "xcomp")) {
            if (c > obj && s.word(s.subtree(c)[0]).equalsIgnoreCase("to")) {
                Speaker speaker = speakerOf(s, subj);
                int to = Math.min(last, s.subtree(c)[1]);
                for (int sub : s.children(c, "advcl")) {
                    // "... to look for new revenue as SoftBank attempts to rescue the company": the writer's context
                    int start = s.subtree(sub)[0];
                    if (start > c && s.word(start).toLowerCase(java.util.Locale.ROOT).matches("as|while|because|after|before|when|since|although")) {
                        to = Math.min(to, start - 1);
                    }
                }
                while (to > obj && s.tag(to).matches("[.,:]|``|''")) {
                    to--;
                }
                return speaker == null ? null : new ReportedSpeech(speaker, s.word(i), s.span(s.subtree(obj)[0], to), s.whole());
            }
        }
        return null;
    }

    /**
     * "Assange has denied both allegations", "denied any wrongdoing": a denial whose object stands for a proposition
     * (the spec's exception to R2); not "denied him bail" (a refusal to someone) nor a clause ("denied that ...",
     * read as a statement elsewhere).
     */
    private ReportedSpeech denial(Sentence s, int i) {
        int obj = s.child(i, "obj");
        int subj = SpeechCues.subject(s, i);
        int gerund = s.child(i, "xcomp");
        if (obj == 0 && gerund > i && s.tag(gerund).equals("VBG") && s.subtree(gerund)[0] == gerund && subj > 0 && subj < i
                && clause(s, i) == 0) {
            // "denied taking payments from the company": the gerund's clause is the proposition denied
            Speaker speaker = speakerOf(s, subj);
            int[] g = s.subtree(gerund);
            int to = g[1];
            while (to > gerund && s.tag(to).matches("[.,:]|``|''")) {
                to--;
            }
            return speaker == null || to - gerund < 1 ? null : new ReportedSpeech(speaker, s.word(i), s.span(gerund, to), s.whole());
        }
        if (obj < i || subj == 0 || subj > i || clause(s, i) > 0 || s.child(i, "iobj") > 0 || s.tag(obj).startsWith("PRP")
                || entities.refAt(s.begin(obj)) != null || !s.tag(obj).startsWith("NN")) {
            return null;
        }
        Speaker speaker = speakerOf(s, subj);
        if (speaker == null) {
            return null;
        }
        int[] o = s.subtree(obj);
        int to = o[1];
        while (to > obj && s.tag(to).matches("[.,:]|``|''")) {
            to--;
        }
        return new ReportedSpeech(speaker, s.word(i), s.span(o[0], to), s.whole());
    }

    /**
     * "The bulk of these benefits is because of ..., states Lauren Slayton, MS, RD.": a speech verb set off by a
     * comma after a statement and followed by the speaker's name, which the parser hung elsewhere (as a modifier,
     * or the verb read as a plural noun) so that no cue was read from it. The statement is the clause before the
     * comma.
     */
    private ReportedSpeech nounCue(Sentence s, int i) {
        if (!s.tag(i).matches("NNS|VBZ|VBD") || !s.word(i).matches("[a-z]+") || i < 4 || i == s.size() || !s.tag(i - 1).equals(",")
                || quoted(s.begin(i)) || !SpeechCues.SAY.contains(s.lemma(i)) && !s.lemma(i).matches("cite|comment")) {
            return null;
        }
        Entities.Ref named = entities.refAt(s.begin(i + 1));
        if (named == null || named.kind() != Speaker.Kind.PERSON && named.kind() != Speaker.Kind.ORGANIZATION) {
            return null;
        }
        int end = i - 2;
        while (end > 1 && s.tag(end).matches("[,:]|``|''")) {
            end--;
        }
        if (end < 3 || !hasFiniteVerb(s, 1, end)) {
            return null;
        }
        Speaker speaker = SpeechCues.speaker(s, entities, i + 1);
        return speaker == null ? null : new ReportedSpeech(speaker, s.word(i), s.span(1, end), s.whole());
    }

    /**
     * "Any adviser will tell you ...", "some might argue ...", "Let's say the cost is ...", "let me explain why ...", "if
     * the minister confirms that ...": a cue under a modal, under "let" or in a condition is speech supposed, planned
     * or offered, not speech made (the spec's R2: planned and imagined speech do not count).
     */
    static boolean unrealized(Sentence s, int verb) {
        for (int a : s.children(verb, "aux")) {
            if (s.tag(a).equals("MD")) {
                return true;
            }
        }
        for (int m : s.children(verb, "mark")) {
            if (s.word(m).matches("(?i)if|unless") && m < verb) {
                return true; // "If the minister confirms that ...": a condition, not a statement
            }
        }
        int h = s.head(verb);
        return h > 0 && h < verb && s.lemma(h).equalsIgnoreCase("let") && s.relation(verb).matches("xcomp|ccomp");
    }

    /** "did not say", "didn't estimate": a cue denied is no statement. */
    static boolean negated(Sentence s, int verb) {
        int h = s.head(verb);
        String refusal = "refusal|refuse|decline|fail|failure|reluctant|unwilling|unable";
        if (h > 0 && s.lemma(h).toLowerCase(java.util.Locale.ROOT).matches(refusal)) {
            return true; // "his refusal to say which side ...": no statement
        }
        int subj = s.child(verb, "nsubj");
        if (subj > 0 && s.tag(verb).equals("VB") && s.children(verb, "mark").stream().anyMatch(m -> s.word(m).equalsIgnoreCase("to"))
                && s.lemma(subj).toLowerCase(java.util.Locale.ROOT).matches(refusal)) {
            return true; // the same, parsed with the noun as the infinitive's subject
        }
        if (s.lemma(verb).equals("add") && verb < s.size() && s.word(verb + 1).equalsIgnoreCase("to")) {
            return true; // "adding to a mounting series of problems"
        }
        for (int k : s.children(verb, "advmod")) {
            if (Set.of("not", "n't", "never").contains(s.word(k).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''))) {
                return true;
            }
        }
        return !s.children(verb, "neg").isEmpty();
    }

    /**
     * The head of the clause that cue {@code verb} reports, or 0: a clausal complement; a clause after it
     * the parser left loose ("told reporters the decision ... had been taken"); or a clause after "that"
     * the parser took for something else ("claimed at the time that they were ...").
     */
    static int clause(Sentence s, int verb) {
        List<Integer> complements = s.children(verb, "ccomp");
        if (complements.size() > 1) {
            // "That said, the DEA says that ...", "S, said X in an email that was reviewed by Reuters": of two
            // clauses the parser hung on the cue, the longer one is what it reports
            complements.sort((a, b) -> Integer.compare(s.subtree(b)[1] - s.subtree(b)[0], s.subtree(a)[1] - s.subtree(a)[0]));
        }
        for (int c : complements) {
            // "said while visiting the conference": a circumstance of the saying, not what was said
            boolean circumstance = s.tag(c).equals("VBG") && s.child(c, "nsubj") == 0
                    && (s.child(c, "mark") > 0 || c == verb + 1 || s.word(verb + 1).equalsIgnoreCase("being"));
            return circumstance ? 0 : c;
        }
        for (String rel : List.of("parataxis", "dep")) {
            for (int c : s.children(verb, rel)) {
                // only a finite clause: "saying ...", "referring to ..." are not what the cue reports
                int obj = s.child(verb, "obj");
                // (a copular clause counts by its subject and verb: "told reporters on Monday the fund was nearly empty")
                boolean copular = s.child(c, "cop") > 0 && s.child(c, "nsubj") > verb && s.tag(s.child(c, "cop")).matches("VB[DPZ]");
                if (c > verb && (s.tag(c).matches("VB[DPZ]|MD") || s.tag(c).startsWith("VB") && s.child(c, "aux") > 0 || copular)
                        && !(s.child(c, "nsubj") == 0 && obj > verb && obj < c && looseClause(s, verb) > 0)
                        && !describesMedium(s, c)) {
                    // (not when its subject is the cue's "object": "They say the increased selection ... will
                    // make them more popular" is read from the object on)
                    return c;
                }
            }
        }
        // "explained why the timetable had been cut", "questioned whether ...": a question clause the parser hung
        // as an adverbial (not "if"/"when", which set a condition or a time: "said if the talks fail, ...")
        if (s.lemma(verb).matches("explain|question|ask|wonder|reveal|disclose|detail|tell|describe|say|add|write")) {
            for (int c : s.children(verb, "advcl")) {
                int first = s.subtree(c)[0];
                if (c > verb && first > verb && s.word(first).matches("(?i)why|how|whether|what|where|who")
                        && s.tag(c).startsWith("VB") && (first == verb + 1 || s.head(first - 1) == verb && s.relation(first - 1).matches("i?obj"))) {
                    return c;
                }
            }
        }
        // word order: the first "that" within a few words of the cue, followed by a verb, with no verb between
        // other than in a relative clause ("told teachers who covered the lawn that ...")
        boolean relative = false;
        boolean medium = false;
        for (int k = verb + 1; k <= Math.min(s.size() - 1, verb + 15); k++) {
            String w = s.word(k).toLowerCase(java.util.Locale.ROOT);
            medium |= describesMedium(s, k);
            if (w.equals("who") || w.equals("which")) {
                relative = true;
            } else if (w.equals("that") && (k == verb + 1 || !s.tag(k - 1).equals("DT") && !s.tag(k).equals("DT")
                    // "a statement emailed to NBC News that the agency ...": the parser took "that" for an object
                    || medium && s.tag(k + 1).matches("DT|PRP|NNPS?"))
                    && !(s.tag(k - 1).startsWith("NN") && s.relation(k).startsWith("nsubj") && !medium)) {
                // (a "that" right after the cue opens the statement however long its subject: "cautioned that the
                // sudden emergence of tuft cells in tissues like the lungs, where ..., might ...")
                int reach = k == verb + 1 && s.tag(k).equals("IN") ? 30 : 8;
                for (int v = k + 1; v <= Math.min(s.size(), k + reach); v++) {
                    if (s.tag(v).matches(medium ? "VB[DPZN]?|MD" : "VB[DPZ]?|MD")) { // (the parser may tag the verb as a participle then)
                        return s.word(k + 1).equals(",") ? 0 : k;
                    }
                }
                return 0;
            } else if (s.tag(k).matches("VB[DPZ]|MD") && !relative && !describesMedium(s, k) || s.tag(k).matches("[.:]")) {
                return 0;
            }
        }
        return 0;
    }

    /** Nouns of the medium a statement was made in: "said in a statement emailed to NBC News that ...". */
    private static final Set<String> MEDIA = Set.of("statement", "email", "e-mail", "letter", "post", "interview",
            "message", "release", "memo", "note", "filing", "tweet", "video", "speech", "op-ed", "blog");

    /**
     * Verb {@code k}, without a subject, right after a noun of the medium ("a statement emailed to NBC News", "a
     * letter sent Tuesday"): it tells how the statement was made, and the "that" clause after it is the statement.
     */
    private static boolean describesMedium(Sentence s, int k) {
        return k > 1 && s.tag(k).matches("VB[DN]") && s.child(k, "nsubj") == 0 && s.child(k, "nsubj:pass") == 0
                && MEDIA.contains(s.lemma(k - 1));
    }

    /**
     * Verb {@code c}, joined to cue {@code cue}, has the cue's form ("said ... and identified"), so it is the
     * speaker's next act; a verb in another tense ("said gardening fosters ... and uses ...") continues the
     * statement though the parser joined it to the cue.
     */
    private static boolean sameForm(Sentence s, int c, int cue) {
        String a = s.tag(c);
        String b = s.tag(cue);
        return a.equals(b) || a.matches("VB[DN]") && b.matches("VB[DN]");
    }

    /**
     * "China said it is committed to ..., while the city's police deny ... and say ...": another speaker's
     * statement, joined by "while", "but" or a comma, ends the one of cue {@code i}; so does an act joined by "and"
     * with a subject and a clause of its own ("said A, and he noted that B", "told X that A and the military said B":
     * the spec's R3, separate cues are separate items). Returns the first statement's last token.
     */
    private static int otherSpeaker(Sentence s, int i, int from, int last) {
        for (int k = from + 1; k <= last; k++) {
            boolean madeClear = s.lemma(k).equals("make") && k < s.size() && s.word(k + 1).equalsIgnoreCase("clear");
            boolean cue = SpeechCues.isCue(s, k) || NAMING.contains(s.lemma(k)) && s.tag(k).startsWith("VB") || madeClear;
            int subj = s.child(k, "nsubj");
            // a statement of its own: its own subject and its own clause ("..., and he noted that ...", "... and the
            // military said it was ..."); a named subject needs no clause ("while the city's police deny ...")
            // (not a verb of naming, not an expletive "it had been made clear that")
            boolean ownClause = subj > from && s.tag(k).matches("VB[DPZN]?") && !s.word(subj).matches("(?i)it|there")
                    && (SpeechCues.isCue(s, k) && clause(s, k) > 0 || madeClear);
            if (k != i && cue && subj > 0 && (!s.tag(subj).startsWith("PRP") || ownClause)) {
                int start = s.subtree(k)[0];
                if (start > from && (s.word(start).toLowerCase(java.util.Locale.ROOT).matches("while|whereas|but|,|;")
                        || ownClause && s.word(start).equalsIgnoreCase("and"))) {
                    int stop = start - 1;
                    while (stop > from && s.tag(stop).matches("[,:]|CC")) {
                        stop--;
                    }
                    last = Math.min(last, stop);
                }
            }
        }
        return last;
    }

    /**
     * "The caller phoned 911, announced that he had shot two people, and hung up": where the cue is one verb of a
     * series sharing one subject, a later verb of that series (a conjunct of the verb the cue is a conjunct of, with
     * no subject of its own) is the speaker's next act, whatever it is, and ends the statement: the parse hangs it
     * beside the cue, not inside what was said (the spec's R3: separate acts, separate items). Returns the
     * statement's last token.
     */
    private static int siblingAct(Sentence s, int i, int from, int last) {
        if (!s.relation(i).equals("conj")) {
            return last;
        }
        for (int c : s.children(s.head(i), "conj")) {
            if (c > i && c > from && c <= last && s.tag(c).startsWith("VB") && s.child(c, "nsubj") == 0
                    && s.child(c, "nsubj:pass") == 0) {
                int stop = s.subtree(c)[0] - 1;
                while (stop > from && (s.tag(stop).matches("[,:]|CC|``|''") || s.relation(stop).equals("cc"))) {
                    stop--;
                }
                if (hasVerb(s, from, stop)) {
                    // (what is left before the next act must still be a clause: "expressed concerns about agents and
                    // pushed for ..." is one act)
                    last = Math.min(last, stop);
                }
            }
        }
        return last;
    }

    /**
     * "The ferry company said the route would reopen in May, warning that repairs could run over budget": a saying
     * participle set off by a comma after the statement, with no subject of its own, is the speaker's next act (a
     * statement of its own), not part of the first, wherever the parser hung it (the spec's R3: separate cues,
     * separate items). Returns the first statement's last token.
     */
    private int nextAct(Sentence s, int i, int from, int last) {
        for (int k = from + 2; k <= last; k++) {
            if (k != i && s.tag(k).equals("VBG") && s.tag(k - 1).equals(",") && SpeechCues.isCue(s, k)
                    && s.child(k, "nsubj") == 0 && !quoted(s.begin(k))) {
                int stop = k - 1;
                while (stop > from && s.tag(stop).matches("[,:]|``|''")) {
                    stop--;
                }
                return Math.min(last, stop);
            }
        }
        return last;
    }

    /** Cues whose statement may follow with no "that", which the parser sometimes reads as an object. */
    private static final Set<String> LOOSE = Set.of("say", "add", "tell", "claim", "argue", "insist", "warn", "state",
            "explain", "admit", "acknowledge", "concede", "predict", "estimate", "write", "note", "stress", "confirm",
            "find", "indicate", "announce", "report", "suggest");

    /**
     * "Nomura said the order favoured banks", "Shahabuddin said the garden has become ...": a noun phrase right
     * after the cue (after the person told, for "tell") followed at once by a verb is the subject of the statement
     * the parser took for an object. Returns the statement's first token, or 0.
     */
    private static int looseClause(Sentence s, int verb) {
        int k = verb + 1;
        if (Set.of("tell", "inform", "assure").contains(s.lemma(verb))) {
            int told = s.child(verb, "iobj") > 0 ? s.child(verb, "iobj") : s.child(verb, "obj");
            if (told == 0 || told < verb) {
                return 0;
            }
            k = s.subtree(told)[1] + 1;
            // "told AFP the ...": only a short phrase for the person told
            if (k - verb > 5) {
                return 0;
            }
        }
        k = pastAdjuncts(s, verb, k);
        if (k <= s.size() && s.word(k).equalsIgnoreCase("that")) {
            k++;
        }
        int start = k;
        int noun = 0;
        // the subject's phrase, with its "of"/"for" phrases ("the growth of Lilly's and Novo's consumer offerings")
        while (k <= s.size() && k - start < 12 && (s.tag(k).matches("DT|PRP\\$|JJ[RS]?|NNP?S?|CD|POS|PRP|HYPH|\\$|SYM")
                // a participle used as an adjective: "the increased selection"
                || s.tag(k).matches("VBN|VBG") && k > start && k < s.size() && s.tag(k - 1).equals("DT") && s.tag(k + 1).matches("JJ.*|NN.*")
                || k > start && s.tag(k).matches("IN|CC") && !s.word(k).equalsIgnoreCase("that")
                // (not a subordinator: "added a goal as the Rovers beat ..." is an object and a clause of its own)
                && !s.relation(k).equals("mark"))) {
            noun = s.tag(k).startsWith("NN") || s.tag(k).equals("PRP") ? k : noun;
            k++;
        }
        if (noun == 0 || noun != k - 1 || k > s.size() || s.tag(start).matches("IN|CC")
                || s.tag(start).equals("PRP") && !s.word(start).matches("(?i)it|he|she|they|we|I")) {
            return 0;
        }
        // an adverb between the subject and its verb: "said the operators typically were not aware ..."
        while (k < s.size() && s.tag(k).equals("RB") && s.relation(k).equals("advmod") && s.head(k) > k
                && k - (noun + 1) < 2) {
            k++;
        }
        boolean finite = s.tag(k).matches("VB[DPZ]|MD")
                || s.tag(k).equals("VBN") && k < s.size() && s.tag(k + 1).matches("DT|NNS?|PRP\\$|JJ|RB|IN")
                // (not a participle the parser hung on the noun: "reporting a 6th fatality linked to ...")
                && !(s.relation(k).equals("acl") && s.head(k) == noun);
        return finite && !SpeechCues.isCue(s, k) ? start : 0;
    }

    /**
     * The first token at or after {@code k} past short adjuncts of cue {@code verb} that stand between it and its
     * statement ("told reporters on Monday the ...", "said Tuesday it would appeal", "told the BBC in an interview
     * the ..."): a phrase of at most five words hung on the cue as a time, a place or a manner.
     */
    private static int pastAdjuncts(Sentence s, int verb, int k) {
        for (int guard = 0; guard < 3 && k <= s.size(); guard++) {
            int h = k;
            for (int up = 0; up < 6 && h > 0 && s.head(h) != verb; up++) {
                h = s.head(h);
            }
            if (h <= 0 || s.head(h) != verb || !s.relation(h).matches("obl(:tmod|:npmod)?|advmod") || s.subtree(h)[0] != k
                    || s.subtree(h)[1] - k > 4 || !(s.tag(k).equals("IN") || s.ner(h).matches("DATE|TIME") || s.relation(h).equals("advmod"))) {
                break;
            }
            k = s.subtree(h)[1] + 1;
        }
        return k;
    }

    /**
     * Tokens {@code from..to} are three words making a whole clause, a subject and a finite verb ("the man died",
     * "it would appeal", "profits would fall"): short, but a statement.
     */
    private static boolean shortClause(Sentence s, int from, int to) {
        if (to - from != 2) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            if (s.tag(k).matches("VB[DPZ]?|MD") && s.head(k) >= 0) {
                int head = s.tag(k).equals("MD") ? s.head(k) : k;
                int subj = s.child(head, "nsubj");
                if (subj >= from && subj < k) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasFiniteVerb(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.tag(k).matches("VB[DPZ]|MD")) {
                return true;
            }
        }
        return false;
    }

    /** Content is a clause: it has a verb ("in an email" is not content). */
    private static boolean hasVerb(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.tag(k).startsWith("VB") || s.tag(k).equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., he said." / "..., the U.S. Attorney's Office for the Western District said in a statement." /
     * "..., an insurgent source told Agence France-Presse.": the cue and its subject close the sentence after a
     * comma or a closing quotation mark. Returns the first token of the attribution, or {@code null}.
     */
    private static int[] trailing(Sentence s, int verb, int subj) {
        if (s.relation(verb).equals("acl:relcl") && subj > 0 && subj < verb && s.tag(subj).matches("W.*")) {
            // "..., her husband, the late Tom Reed, who wrote as Tom Fable.": a relative clause describes a person
            // of the sentence; it attributes nothing to the clause before it
            return null;
        }
        int first;
        if (subj < verb) {
            first = Math.min(s.subtree(subj)[0], s.nounPhrase(subj)[0]);
            // the subject's phrase must reach the cue: nothing but the subject's words and adverbs between
            for (int k = first; k < verb; k++) {
                if (!s.descends(k, subj) && !s.relation(k).startsWith("advmod") && !s.relation(k).startsWith("aux")) {
                    return null;
                }
            }
        } else {
            first = verb;
        }
        while (first > 1 && s.tag(first - 1).startsWith("NNP")) {
            first--;
        }
        if (first < 3 || !s.tag(first - 1).matches(",|''|:")) {
            return null;
        }
        int end = s.size();
        while (end > verb && s.tag(end).matches("[.]|''|``")) {
            end--;
        }
        int own = 0;
        for (int k = verb + 1; k <= end; k++) {
            // (a relative clause on the medium does not count: "..., X wrote in the new paper, which was published ...")
            own += onMedium(s, k, verb) ? 0 : 1;
        }
        if (own > 12) {
            return null;
        }
        boolean tell = Set.of("tell", "inform", "assure").contains(s.lemma(verb));
        for (int k = verb + 1; k <= end; k++) {
            if (s.descends(k, subj) && subj > verb) {
                continue; // "said Derek Scissors, a China scholar with ..."
            }
            // what follows may only be the cue's own modifiers ("on Monday", "in a statement", "told AFP")
            if (!s.descends(k, verb) || s.tag(k).matches("VB[DPZ]?|MD") && !inRelativeClause(s, k, verb)
                    || s.head(k) == verb && (s.relation(k).equals("ccomp") || s.relation(k).equals("xcomp")
                    || s.relation(k).equals("obj") && !tell)) {
                return null;
            }
        }
        return new int[] {first};
    }

    /**
     * Token {@code k} lies in a relative clause below {@code top} on a medium or a published work ("wrote in the new
     * paper, which was published online today in ...").
     */
    private static boolean onMedium(Sentence s, int k, int top) {
        for (int h = k, steps = 0; h != 0 && h != top && steps <= s.size(); h = s.head(h), steps++) {
            if (s.relation(h).equals("acl:relcl")) {
                String noun = s.lemma(s.head(h)).toLowerCase(java.util.Locale.ROOT);
                return MEDIA.contains(noun) || SpeechCues.WORKS.contains(noun);
            }
        }
        return false;
    }

    /** Token {@code k} lies in a relative clause below {@code top} ("said in the email, which was seen by ..."). */
    private static boolean inRelativeClause(Sentence s, int k, int top) {
        for (int h = k, steps = 0; h != 0 && h != top && steps <= s.size(); h = s.head(h), steps++) {
            if (s.relation(h).equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    private static String cueText(Sentence s, int subj, int verb, int cueEnd) {
        if (subj > verb) {
            return s.text(verb, cueEnd);
        }
        return s.text(verb, cueEnd);
    }

    /**
     * "..., per Bloomberg.", "Per the filing, ...": "per" before a source set off at the end or the start of the
     * sentence (not "per cent", "per share", "per day").
     */
    private boolean perSource(Sentence s, int i) {
        if (!s.word(i).equalsIgnoreCase("per") || i >= s.size() || !(i == 1 || s.tag(i - 1).equals(","))) {
            return false;
        }
        int to = i + 1;
        while (to < s.size() && !s.tag(to + 1).matches("[,.:]")) {
            to++;
        }
        if (i > 1 && to < s.size() - 1 || to - i > 8) {
            return false; // at the end, only the source closes the sentence
        }
        for (int k = i + 1; k <= to; k++) {
            Entities.Ref r = entities.refAt(s.begin(k));
            if (r != null && r.kind() != Speaker.Kind.UNATTRIBUTED || SpeechCues.issued(s.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    private ReportedSpeech accordingTo(Sentence s, int i, int from, String cueWords) {
        if (from > s.size()) {
            return null;
        }
        int to = from;
        while (to < s.size() && !s.tag(to + 1).matches("[,.:]")) {
            to++;
        }
        int head = from;
        for (int k = from; k <= to; k++) {
            if (s.head(k) < from || s.head(k) > to) {
                head = k;
                break;
            }
        }
        // "according to U.S. officials": a group named by its phrase, not the name inside it
        Speaker speaker = SpeechCues.peopleOfABody(s, head) ? null : namedIn(s, from, to);
        if (speaker == null) {
            // "according to the analyst": the person of the article that the description stands for, if any
            Speaker resolved = s.tag(head).matches("NNS?") ? SpeechCues.speaker(s, entities, head) : null;
            speaker = resolved != null && resolved.kind() == Speaker.Kind.PERSON ? resolved
                    : SpeechCues.nominal(s, entities, new int[] {from, to}, head);
        }
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|''")) {
            last--;
        }
        int end = i - 1;
        while (end > 1 && s.tag(end).equals(",")) {
            end--;
        }
        int start = to + 1;
        while (start <= last && s.tag(start).equals(",")) {
            start++;
        }
        int first = 1;
        // "(Reuters) — The ...": the wire credit opening the sentence is no part of the statement
        for (int k = 1; k <= Math.min(end, 6); k++) {
            if (s.word(k).matches("\u2014|--|-") && k > 1 && s.tag(k - 1).matches("-RRB-|NNP")) {
                first = k + 1;
            }
        }
        if (start <= last && s.tag(start).equals("VBG")) {
            last = start - 1; // "..., according to X, adding to ...": the participle is the writer's
            while (last > 1 && s.tag(last).matches("[.,:]")) {
                last--;
            }
        }
        if (end <= 3 && s.text(1, Math.max(1, end)).toLowerCase(java.util.Locale.ROOT).matches("(that|this)\\s*(\u2019s|'s|is)?")
                && s.index > 0) {
            // "That's according to a new survey": the statement is the sentence before
            Sentence prev = entities.sentences().get(s.index - 1);
            int pl = prev.size();
            while (pl > 1 && prev.tag(pl).matches("[.,:]")) {
                pl--;
            }
            return new ReportedSpeech(speaker, cueWords, prev.span(1, pl), prev.whole());
        }
        for (int k = first; k <= end; k++) {
            if (SpeechCues.isCue(s, k) && !quoted(s.begin(k)) && SpeechCues.subject(s, k) > 0) {
                return null; // "“...,” he told settler leaders, according to a statement": the source of a quote
            }
        }
        boolean setAgainst = end >= 1 && CONTRASTING.contains(lower(s, end)); // "..., but according to X, ..."
        boolean before = end >= 3 && hasVerb(s, first, end) && !setAgainst;
        boolean after = start <= last && last - start >= 2 && hasFiniteVerb(s, start, last) // not ", a data firm based in ..."
                && !CONTRASTING.contains(lower(s, start)) && !describesSource(s, from, to, start, last);
        // "It was the second attack; the earlier bombing killed three, according to X": the statement is the clause
        // the attribution hangs on, not a clause joined before it
        int own = before ? ownClauseStart(s, s.head(head), head) : 1;
        boolean ownAfter = own > end;
        if (before) {
            first = ownAfter ? first : Math.max(first, own);
            before = !ownAfter && end - first >= 2 && hasVerb(s, first, end);
        }
        if (before && after && start <= last && s.word(start).toLowerCase(java.util.Locale.ROOT).matches(JOINING_AFTER)
                && hasFiniteVerb(s, first, end)) {
            // "The findings contradicted the consensus, according to the scientist, as ...": a finished clause before
            // the attribution is the statement; a clause joined after it is the writer's own (the spec's R3)
            after = false;
        }
        Span content;
        if (before && after) {
            content = s.span(first, last); // "He had, according to the Post, ...": the whole sentence is the statement
        } else if (before) {
            content = s.span(first, end);
        } else if (after) {
            content = s.span(end >= 1 && i > 2 && !setAgainst && !ownAfter ? 1 : start, last);
        } else {
            return null;
        }
        return new ReportedSpeech(speaker, cueWords, content, s.whole());
    }

    /**
     * The first token of the clause of predicate {@code verb}, which the attribution of source noun {@code source}
     * modifies: its own subject and words, without a clause joined before it ("..., and, according to X, there still
     * needs to be a vote"; "...; the earlier bombing killed three, according to X") or a contrasting clause opening the
     * sentence ("While X has found luck there, they were ..., according to Y"). 1 when it cannot be told.
     */
    private static int ownClauseStart(Sentence s, int verb, int source) {
        boolean ownSubject = verb > 0 && (s.child(verb, "nsubj") > 0 || s.child(verb, "nsubj:pass") > 0 || s.child(verb, "expl") > 0);
        // (a finite clause: a participle joined on, ", but failing to ...", goes on with the clause before it)
        boolean finite = verb > 0 && (s.tag(verb).matches("VB[DPZ]") || s.child(verb, "cop") > 0 || s.child(verb, "aux") > 0
                || s.child(verb, "aux:pass") > 0);
        if (!ownSubject || !finite) {
            return 1;
        }
        // only a clause of its own: joined to an earlier one, or after a contrasting clause opening the sentence
        boolean joined = s.relation(verb).matches("conj|parataxis");
        int start = verb;
        boolean contrasted = false;
        for (int k = 1; k < verb; k++) {
            if (s.head(k) != verb || k == source) {
                continue;
            }
            String rel = s.relation(k);
            int mark = s.child(k, "mark");
            boolean contrast = rel.equals("advcl") && mark > 0 && (CONTRASTING.contains(lower(s, mark)) || lower(s, mark).equals("while"));
            contrasted |= contrast;
            if (!rel.matches("conj|parataxis|cc|punct") && !contrast) {
                start = Math.min(start, s.subtree(k)[0]);
            }
        }
        return joined || contrasted ? start : 1;
    }

    /** Words that open a clause joined after a finished one: "and", "as", "while", "which", a dash. */
    private static final String JOINING_AFTER = "and|as|while|because|since|so|which|\u2014|\u2013|--";

    /**
     * Words that set a clause against the one before it ("..., but according to reviews, the finish peels", "...,
     * according to the survey, though funding fell"): the clause on the far side of one is the writer's, not the
     * source's.
     */
    private static final Set<String> CONTRASTING = Set.of("but", "yet", "though", "although", "whereas");

    private static String lower(Sentence s, int k) {
        return s.word(k).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Tokens {@code start..last} after "according to X," describe the source rather than go on with the statement
     * ("according to Jane Doyle, an economist at a bank that lends to farmers"): the part is a noun phrase hung on a
     * word of the source phrase {@code from..to} (a clause the parser hung there, verbal or copular, is still the
     * statement's).
     */
    private static boolean describesSource(Sentence s, int from, int to, int start, int last) {
        for (int k = start; k <= last; k++) {
            int h = s.head(k);
            if (h < start || h > last) {
                return h >= from && h <= to && s.tag(k).startsWith("NN") && s.child(k, "cop") == 0 && s.child(k, "nsubj") == 0;
            }
        }
        return false;
    }

    /**
     * Token {@code k} names whom a person of the phrase works for, not the source ("a survey by Penelope Abernathy of
     * the University of North Carolina", "John Hale, CEO of Acme"): a person's name lies on its way up the parse,
     * within {@code from..to}.
     */
    private boolean affiliation(Sentence s, int k, int from, int to) {
        Entities.Ref own = entities.refAt(s.begin(k));
        for (int h = s.head(k), steps = 0; h >= from && h <= to && steps < 8; h = s.head(h), steps++) {
            Entities.Ref r = entities.refAt(s.begin(h));
            if (r != null && !r.equals(own) && r.kind() == Speaker.Kind.PERSON && own.kind() != Speaker.Kind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code k} names where the source is, not who it is ("the Centre for Disease Control in the US", "a
     * researcher at Harvard"): a locative preposition within {@code from..to} governs it or a noun above it (the one
     * that leads into the phrase, "as detailed in an Ars Technica report", places nothing).
     */
    private static boolean locative(Sentence s, int k, int from, int to) {
        for (int h = k, steps = 0; h >= from && h <= to && steps < 8; h = s.head(h), steps++) {
            for (int c : s.children(h, "case")) {
                if (c >= from && s.word(c).toLowerCase(java.util.Locale.ROOT).matches("in|at|near|across|around|inside|outside|within")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Statement {@code r} cut at the end of quoted stretch {@code q} (its closing mark and the punctuation before
     * it left out), or null when it does not start inside the stretch or too little is left.
     */
    private static ReportedSpeech withinQuote(ReportedSpeech r, int[] q) {
        Span c = r.content();
        if (q == null || c.start() < q[0] || c.start() >= q[1]) {
            return null;
        }
        int end = Math.min(c.end(), q[1] - 1);
        String text = c.text().substring(0, end - c.start()).replaceFirst("[\\s,.;:\u201D\u2019\"']+$", "");
        if (text.split("\\s+").length < 3 || text.matches("(?s).*[\"\u201C\u201D].*")) {
            return null; // (marks inside: quotes within quotes, or straight marks paired wrongly: no source to trust)
        }
        return new ReportedSpeech(r.speaker(), r.cue(), new Span(text, c.start(), c.start() + text.length()), r.sentence());
    }

    /**
     * "For the industry, “2020 will be about ...,” he said.", "Yet X has amended his testimony — “I now do recall,” he
     * said.": what a trailing attribution closes is a quote that opens after a dash or a colon, or after a comma that
     * ends a phrase with no finite verb; the words before it are the writer's lead-in, so what was said is wholly
     * quoted (the spec's R5: a quote only).
     */
    private boolean leadIn(Sentence s, Span content) {
        int[] q = stretch(Math.max(content.start(), content.end() - 1));
        if (q == null || q[0] <= content.start()) {
            return false;
        }
        // (the stretch may or may not hold its opening mark)
        String before = content.text().substring(0, q[0] - content.start()).replaceAll("[\\s\u201C\u2018\"']+$", "");
        if (before.endsWith(":") || before.endsWith("\u2014") || before.endsWith("\u2013") || before.endsWith("--")) {
            return true;
        }
        // after a comma only a phrase with no finite verb is a lead-in: "During the call, he asked about X and said,
        // “...”" is the source's account with a quote inside it
        int first = Math.max(1, s.tokenAt(content.start()));
        int last = 0;
        for (int k = first; k <= s.size() && s.begin(k) < q[0]; k++) {
            last = k;
        }
        return before.endsWith(",") && last > 0 && !hasFiniteVerb(s, first, last);
    }

    /** The quoted stretch holding {@code offset}, or null. */
    private int[] stretch(int offset) {
        return quotes.quoted.stream().filter(q -> offset >= q[0] && offset < q[1]).findFirst().orElse(null);
    }

    private boolean quoted(int offset) {
        return quotes.quoted.stream().anyMatch(q -> offset >= q[0] && offset < q[1]);
    }

    private boolean mostlyQuoted(Span content) {
        int inside = 0;
        for (int[] q : quotes.quoted) {
            inside += Math.max(0, Math.min(q[1], content.end()) - Math.max(q[0], content.start()));
        }
        // the spec's R5: a statement is only the quote when every narrative word of it is inside the marks
        String outside = content.text();
        for (int[] q : quotes.quoted) {
            int a = Math.max(q[0], content.start()) - content.start();
            int b = Math.min(q[1], content.end()) - content.start();
            if (a < b) {
                outside = outside.substring(0, a) + " ".repeat(b - a) + outside.substring(b);
            }
        }
        return outside.replaceAll("(?i)\\b(that|and|but)\\b", "").matches("[\\s\\p{Punct}\u2018\u2019\u201C\u201D\u2014\u2013]*");
    }
}
