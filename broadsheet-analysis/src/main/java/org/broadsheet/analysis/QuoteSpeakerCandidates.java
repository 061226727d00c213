package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The speaker candidates of each direct quote or reported statement, for the learned choice of speakers ({@code
 * bench/train_speakers.py}): the people and organizations named (or referred to by a resolved pronoun) outside
 * quotation marks in the stretch's paragraph and the paragraphs before and after it, the speaker the rules chose, the
 * speaker of the stretch before, and "no speaker". Each candidate gets features of general form only (distance and
 * direction, paragraph, whether it is the subject of a speech verb or the listener of one, whether it is named only
 * inside what was said, whether the rules or the stretch before chose it and in what form: a pronoun, a description,
 * a group; how often the article names it and its quotes). {@link QuoteSpeakerModel} ranks them at run time; {@code
 * QuoteSpeakerBench} writes them for training, so both see the same features.
 */
final class QuoteSpeakerCandidates {

    /** The features of a candidate, in the order of {@link Candidate#features()}. */
    static final List<String> NAMES = List.of("rules_cue", "rules_nocue", "rules_none", "prev", "prev_cont", "prev_para",
            "none", "person", "organization", "other_kind", "window", "log_distance", "before", "same_sentence",
            "para_before", "para_same", "para_after", "subj_cue_sentence", "subj_cue_para", "subj_cue_other",
            "subj_any", "after_in_sentence", "pronoun", "last_before", "first_in_para", "log_mentions_article",
            "log_mentions_window", "log_quotes_by_rules", "subj_root_sentence", "continuation_last_para", "cue_object",
            "log_subject_mentions", "rival_cue_subject", "log_quotes_window", "place", "in_statement", "rules_pronoun",
            "rules_unnamed", "rules_group", "rules_person_word", "in_rules_phrase");

    /**
     * A possible speaker of one quote.
     *
     * @param speaker who it is ({@link Speaker#UNATTRIBUTED} for "no speaker")
     * @param byRules whether the rules chose it
     * @param features the values, in the order of {@link #NAMES}
     */
    record Candidate(Speaker speaker, boolean byRules, double[] features) {
    }

    private final String text;
    private final List<Sentence> sentences;
    private final Entities entities;
    private final List<int[]> quoted;
    private final Map<String, Integer> articleMentions = new HashMap<>();

    /**
     * The candidates' finder over one analysed body.
     *
     * @param text the screened body the sentences were parsed from
     * @param sentences its sentences
     * @param entities the names found in them
     * @param quoted the body's quoted stretches ({@link QuoteFinder#quotedStretches})
     */
    QuoteSpeakerCandidates(String text, List<Sentence> sentences, Entities entities, List<int[]> quoted) {
        this.text = text;
        this.sentences = sentences;
        this.entities = entities;
        this.quoted = quoted;
        for (Sentence s : sentences) {
            Entities.Ref last = null;
            for (int i = 1; i <= s.size(); i++) {
                Entities.Ref r = entities.refAt(s.begin(i));
                if (r != null && !r.equals(last) && named(r) && !inside(s.begin(i))) {
                    articleMentions.merge(key(r.kind(), r.name()), 1, Integer::sum);
                }
                last = r;
            }
        }
    }

    /**
     * A stretch of speech whose speaker is chosen: a direct quote, or the content of a reported statement.
     *
     * @param start the offset of its first character in the body
     * @param end the offset after its last character
     * @param speaker the speaker the rules chose
     * @param cue whether the rules found its cue ("he said"): always, for a reported statement
     * @param said whether every word from start to end is what was said (a reported statement's content; not a quote,
     *        whose parts may hold its own cue between them: "A," Pell said, "B.")
     */
    record Attributed(int start, int end, Speaker speaker, boolean cue, boolean said) {

        /** A settled quote's stretch. */
        static Attributed of(Quote q) {
            return new Attributed(q.start(), q.end(), q.speaker(), q.cue() != null, false);
        }

        /** A reported statement's content. */
        static Attributed of(ReportedSpeech r) {
            return new Attributed(r.content().start(), r.content().end(), r.speaker(), true, true);
        }
    }

    /** The candidates for quote {@code k} of {@code quotes} (the rules' settled quotes, one part each). */
    List<Candidate> candidates(List<Quote> quotes, int k) {
        return candidatesOf(quotes.stream().map(Attributed::of).toList(), k);
    }

    /**
     * The candidates for stretch {@code k} of {@code stretches} (an article's quotes, or its reported statements, in
     * the order of the text): the stretches before it give the features "quote before" and "quotes by the rules".
     */
    List<Candidate> candidatesOf(List<Attributed> stretches, int k) {
        Attributed stretch = stretches.get(k);
        int start = stretch.start();
        int end = stretch.end();
        int paragraph = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int paragraphEnd = text.indexOf('\n', end);
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        int before = paragraph == 0 ? 0 : text.lastIndexOf('\n', paragraph - 2) + 1;
        int afterEnd = paragraphEnd >= text.length() ? text.length() : text.indexOf('\n', paragraphEnd + 1);
        afterEnd = afterEnd < 0 ? text.length() : afterEnd;
        Sentence own = sentenceAt(start);
        boolean opensParagraph = text.substring(paragraph, start).strip().matches("[\"\u201C\u00AB'\u2018]?");
        boolean continuation = opensParagraph && !stretch.cue();
        Attributed previous = k > 0 ? stretches.get(k - 1) : null;
        boolean prevSamePara = previous != null && previous.start() >= paragraph;

        Map<String, double[]> byKey = new LinkedHashMap<>();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        String lastBefore = null;
        int lastBeforeAt = -1;
        String firstInPara = null;
        Map<String, Integer> windowMentions = new HashMap<>();
        for (Sentence s : sentences) {
            if (s.end() < before || s.begin() >= afterEnd) {
                continue;
            }
            Entities.Ref last = null;
            Entities.Ref lastSubject = null;
            for (int i = 1; i <= s.size(); i++) {
                int b = s.begin(i);
                Entities.Ref r = entities.refAt(b);
                if (r == null || !named(r) || inside(b) || b < before || b >= afterEnd) {
                    last = r;
                    continue;
                }
                String key = key(r.kind(), r.name());
                double[] x = byKey.computeIfAbsent(key, x0 -> fresh());
                speakers.putIfAbsent(key, new Speaker(r.name(), r.kind(), null));
                if (entities.place(r)) {
                    x[idx("place")] = 1;
                }
                if (!r.equals(last)) {
                    windowMentions.merge(key, 1, Integer::sum);
                }
                last = r;
                Mention described = stretch.speaker().mention();
                if (described != null && b >= described.start() && b < described.end()) {
                    // another named inside the rules' speaker phrase: "Verizon CIO Jo Pell", "health department officials"
                    x[idx("in_rules_phrase")] = 1;
                }
                if (stretch.said() && b >= start && b < end) {
                    // named in what was said ("she said the mayor had ..."): seldom its source, and no cue of its own counts
                    x[idx("in_statement")] = 1;
                    continue;
                }
                int distance = b >= end ? b - end : Math.max(0, start - s.end(i));
                double logDistance = Math.log1p(distance);
                boolean isBefore = b < start;
                int para = b < paragraph ? -1 : b >= paragraphEnd ? 1 : 0;
                boolean sameSentence = own != null && s == own;
                if (x[idx("window")] == 0 || logDistance < x[idx("log_distance")]) {
                    x[idx("window")] = 1;
                    x[idx("log_distance")] = logDistance;
                    x[idx("before")] = isBefore ? 1 : 0;
                    x[idx("para_before")] = para == -1 ? 1 : 0;
                    x[idx("para_same")] = para == 0 ? 1 : 0;
                    x[idx("para_after")] = para == 1 ? 1 : 0;
                    x[idx("pronoun")] = s.tag(i).startsWith("PRP") ? 1 : 0;
                }
                if (sameSentence) {
                    x[idx("same_sentence")] = 1;
                    if (b >= end) {
                        x[idx("after_in_sentence")] = 1;
                    }
                }
                int top = phraseTop(s, i);
                String rel = s.relation(top);
                if (rel.startsWith("nsubj")) {
                    x[idx("subj_any")] = 1;
                    int h = s.head(top);
                    if (h > 0 && SpeechCues.isCue(s, h)) {
                        x[idx(sameSentence ? "subj_cue_sentence" : para == 0 ? "subj_cue_para" : "subj_cue_other")] = 1;
                    }
                    if (sameSentence && h == s.root()) {
                        x[idx("subj_root_sentence")] = 1;
                    }
                }
                if (rel.matches("obj|iobj|obl.*") && s.head(top) > 0 && SpeechCues.isCue(s, s.head(top))
                        || rel.startsWith("nmod") && s.head(top) > 0 && s.head(s.head(top)) > 0 && SpeechCues.isCue(s, s.head(s.head(top)))) {
                    // "told the Ledger", "said on its website", "in a statement to the Ledger": the cue's listener or channel
                    x[idx("cue_object")] = 1;
                }
                if (rel.startsWith("nsubj") && !r.equals(lastSubject)) {
                    x[idx("log_subject_mentions")] += 1;
                }
                lastSubject = rel.startsWith("nsubj") ? r : lastSubject;
                if (isBefore && b > lastBeforeAt && r.kind() == Speaker.Kind.PERSON) {
                    lastBefore = key;
                    lastBeforeAt = b;
                }
                if (para == 0 && firstInPara == null) {
                    firstInPara = key;
                }
            }
        }
        // the rules' choice and the quote before's speaker, also when not named in the window
        Speaker rules = stretch.speaker();
        boolean rulesNone = rules.kind() == Speaker.Kind.UNATTRIBUTED || rules.kind() == Speaker.Kind.UNNAMED;
        String rulesKey = rulesNone ? "none" : key(rules.kind(), rules.name());
        byKey.computeIfAbsent(rulesKey, x0 -> fresh());
        speakers.putIfAbsent(rulesKey, rulesNone ? rules : new Speaker(rules.name(), rules.kind(), null));
        String prevKey = null;
        if (previous != null) {
            Speaker p = previous.speaker();
            boolean pNone = p.kind() == Speaker.Kind.UNATTRIBUTED || p.kind() == Speaker.Kind.UNNAMED;
            prevKey = pNone ? "none" : key(p.kind(), p.name());
            byKey.computeIfAbsent(prevKey, x0 -> fresh());
            speakers.putIfAbsent(prevKey, pNone ? p : new Speaker(p.name(), p.kind(), null));
        }
        byKey.computeIfAbsent("none", x0 -> fresh());
        speakers.putIfAbsent("none", Speaker.UNATTRIBUTED);
        // the speaker of the last quote in the paragraph before, for a paragraph that opens with a quote and no cue
        String lastParaSpeaker = null;
        for (Attributed o : stretches) {
            if (o.start() >= before && o.start() < paragraph) {
                Speaker p = o.speaker();
                boolean pNone = p.kind() == Speaker.Kind.UNATTRIBUTED || p.kind() == Speaker.Kind.UNNAMED;
                lastParaSpeaker = pNone ? "none" : key(p.kind(), p.name());
            }
        }
        Map<String, Integer> byRules = new HashMap<>();
        for (Attributed o : stretches) {
            Speaker p = o.speaker();
            if (p.kind() != Speaker.Kind.UNATTRIBUTED && p.kind() != Speaker.Kind.UNNAMED) {
                byRules.merge(key(p.kind(), p.name()), 1, Integer::sum);
            }
        }
        Map<String, Integer> byRulesWindow = new HashMap<>();
        for (Attributed o : stretches) {
            Speaker p = o.speaker();
            if (o.start() >= before && o.start() < afterEnd && p.kind() != Speaker.Kind.UNATTRIBUTED && p.kind() != Speaker.Kind.UNNAMED) {
                byRulesWindow.merge(key(p.kind(), p.name()), 1, Integer::sum);
            }
        }
        boolean cueSubject = false;
        for (Map.Entry<String, double[]> e : byKey.entrySet()) {
            cueSubject |= !e.getKey().equals(rulesKey) && e.getValue()[idx("subj_cue_sentence")] > 0;
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : byKey.entrySet()) {
            String key = e.getKey();
            double[] x = e.getValue();
            Speaker sp = speakers.get(key);
            boolean none = key.equals("none");
            boolean chosen = key.equals(rulesKey);
            x[idx("rules_cue")] = chosen && !none && stretch.cue() ? 1 : 0;
            x[idx("rules_nocue")] = chosen && !none && !stretch.cue() ? 1 : 0;
            x[idx("rules_none")] = chosen && none ? 1 : 0;
            boolean prev = key.equals(prevKey);
            x[idx("prev")] = prev ? 1 : 0;
            x[idx("prev_cont")] = prev && continuation ? 1 : 0;
            x[idx("prev_para")] = prev && prevSamePara ? 1 : 0;
            x[idx("none")] = none ? 1 : 0;
            x[idx("person")] = sp.kind() == Speaker.Kind.PERSON ? 1 : 0;
            x[idx("organization")] = sp.kind() == Speaker.Kind.ORGANIZATION ? 1 : 0;
            x[idx("other_kind")] = !none && sp.kind() != Speaker.Kind.PERSON && sp.kind() != Speaker.Kind.ORGANIZATION ? 1 : 0;
            x[idx("last_before")] = key.equals(lastBefore) ? 1 : 0;
            x[idx("first_in_para")] = key.equals(firstInPara) ? 1 : 0;
            x[idx("log_mentions_article")] = Math.log1p(articleMentions.getOrDefault(key, 0));
            x[idx("log_mentions_window")] = Math.log1p(windowMentions.getOrDefault(key, 0));
            x[idx("log_quotes_by_rules")] = Math.log1p(byRules.getOrDefault(key, 0));
            x[idx("continuation_last_para")] = continuation && key.equals(lastParaSpeaker) ? 1 : 0;
            x[idx("log_subject_mentions")] = Math.log1p(x[idx("log_subject_mentions")]);
            x[idx("rival_cue_subject")] = chosen && cueSubject ? 1 : 0;
            x[idx("log_quotes_window")] = Math.log1p(byRulesWindow.getOrDefault(key, 0));
            x[idx("rules_pronoun")] = chosen && rules.mention() != null && rules.mention().kind() == Mention.Kind.PRONOUN ? 1 : 0;
            x[idx("rules_unnamed")] = chosen && rules.kind() == Speaker.Kind.UNNAMED ? 1 : 0;
            x[idx("rules_group")] = chosen && rules.kind() == Speaker.Kind.GROUP ? 1 : 0;
            x[idx("rules_person_word")] = chosen && described(rules) ? 1 : 0;
            x[idx("in_rules_phrase")] = chosen ? 0 : x[idx("in_rules_phrase")];
            out.add(new Candidate(sp, chosen, x));
        }
        return out;
    }

    /**
     * Whether an unnamed or group speaker is described by a word for a person or a post ("the Pentagon chief", "a
     * spokesman", "officials"), which the article may name nearby, rather than by a thing ("the argument").
     */
    private static boolean described(Speaker speaker) {
        if (speaker.kind() != Speaker.Kind.UNNAMED && speaker.kind() != Speaker.Kind.GROUP) {
            return false;
        }
        String[] words = speaker.name().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1].replaceAll("[^a-z0-9-]", "");
        String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        return RoleNouns.isRoleNoun(last) || SpeechCues.personNoun(last) || SpeechCues.personNoun(singular);
    }

    /**
     * The token whose relation says what a name's phrase does in the sentence: up from a word of the name through
     * compounds, flat names and appositions ("said the caretaker, Dora Pell": "Pell" is in apposition to the subject).
     */
    private static int phraseTop(Sentence s, int i) {
        int t = i;
        for (int n = 0; n < 4; n++) {
            String rel = s.relation(t);
            int h = s.head(t);
            if (h == 0 || !(rel.equals("compound") || rel.startsWith("flat") || rel.equals("appos"))) {
                break;
            }
            t = h;
        }
        return t;
    }

    private static final Map<String, Integer> INDEX = IntStream.range(0, NAMES.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(NAMES::get, i -> i));

    private static int idx(String name) {
        return INDEX.get(name);
    }

    private static double[] fresh() {
        return new double[NAMES.size()];
    }

    private static boolean named(Entities.Ref r) {
        return r.kind() == Speaker.Kind.PERSON || r.kind() == Speaker.Kind.ORGANIZATION;
    }

    private static String key(Speaker.Kind kind, String name) {
        return kind + ":" + name.toLowerCase(Locale.ROOT);
    }

    private boolean inside(int offset) {
        return QuoteFinder.inside(quoted, offset);
    }

    private Sentence sentenceAt(int offset) {
        return QuoteFinder.sentenceAt(sentences, offset);
    }
}
