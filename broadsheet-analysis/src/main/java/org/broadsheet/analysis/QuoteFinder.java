package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds direct quotes by their quotation marks and attributes each one by rule: the speech verb outside the
 * quotation marks in the same sentence and its subject ("..., he said"; "Zhang said: ..."); a quote with no
 * attribution of its own continues the speaker of the quote before it in the paragraph (or of the
 * paragraph before, when the paragraph opens with a quote). Quotes interrupted by their attribution are merged.
 */
final class QuoteFinder {

    /** A short quote ("so-called" words, titles) counts only with an attribution next to it. */
    private static final int MIN_WORDS_UNATTRIBUTED = 6;
    /** Fewer words than this are a term or a scare quote ("terrorist"), not a quote. */
    private static final int MIN_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final String text;
    private final List<Sentence> sentences;
    private final Entities entities;
    /** Start offsets of the speech verbs that attribute quotes: reported speech must not take them again. */
    final Set<Integer> usedCues = new HashSet<>();
    /** Offsets of the quoted stretches, quotation marks included. */
    final List<int[]> quoted = new ArrayList<>();

    QuoteFinder(String text, List<Sentence> sentences, Entities entities) {
        this.text = text;
        this.sentences = sentences;
        this.entities = entities;
    }

    /** A quoted stretch before attribution: inner offsets. */
    private record Raw(int start, int end) {
    }

    private record Attribution(Speaker speaker, String cue, String verb, int verbOffset) {
    }

    /** The stretches of {@code text} inside quotation marks, the marks included: start and end offsets. */
    static List<int[]> quotedStretches(String text) {
        List<int[]> out = new ArrayList<>();
        for (Raw r : rawQuotes(text)) {
            out.add(new int[] {r.start - 1, Math.min(text.length(), r.end + 1)});
        }
        return out;
    }

    List<Quote> find() {
        List<Raw> raws = rawQuotes(text);
        for (Raw r : raws) {
            quoted.add(new int[] {r.start - 1, Math.min(text.length(), r.end + 1)});
        }
        List<Quote> quotes = new ArrayList<>();
        Attribution previous = null;
        int previousEnd = -1;
        for (int k = 0; k < raws.size(); k++) {
            Raw r = raws.get(k);
            List<Span> parts = new ArrayList<>();
            parts.add(new Span(text.substring(r.start, r.end), r.start, r.end));
            Attribution a = attribute(r.start, r.end);
            // "A," he said, "B." : one quote
            while (k + 1 < raws.size() && interruptedBy(r.end, raws.get(k + 1).start)) {
                Raw next = raws.get(k + 1);
                parts.add(new Span(text.substring(next.start, next.end), next.start, next.end));
                if (a == null) {
                    a = attribute(next.start, next.end);
                }
                r = next;
                k++;
            }
            int words = 0;
            for (Span p : parts) {
                words += (int) WORD.matcher(p.text()).results().count();
            }
            // (a paragraph whose opening mark was dropped has no mark before it, nor a naming frame)
            boolean marked = r.start > 0 && text.charAt(r.start - 1) != '\n';
            if (parts.size() == 1 && marked && QuotedTerms.namesAThing(text, sentenceAt(r.start), r.start, r.end)) {
                // "known as “shiriki hubs”", "a “national salvation” pact": a term, a label or a title, whoever speaks
                if (a != null) {
                    previous = a;
                    previousEnd = r.end;
                }
                continue;
            }
            if (a == null && afterColon(parts.get(0).start())) {
                // "Buckley ... had a similar experience: “It was ...”": the clause that introduces the quote names its speaker
                Speaker sp = subjectOfSentence(parts.get(0).start());
                if (sp != null) {
                    a = new Attribution(sp, null, null, -1);
                }
            }
            if (a == null && previous != null && continues(previousEnd, parts.get(0).start())) {
                a = new Attribution(new Speaker(previous.speaker.name(), previous.speaker.kind(), null), null, null, -1);
            }
            // a word or two in quotation marks counts when a cue in its sentence gives it a speaker ("described the
            // call as “improper”"); without one it is a term or the writer's scare quotes
            // "“Amazing,” Davis said.": a word or two opening the sentence, closed by its punctuation, before the cue
            boolean utterance = a != null && opensSentence(parts.get(0).start()) && parts.get(parts.size() - 1).text().matches("(?s).*[,.!?]\\s*");
            if (a == null && words < MIN_WORDS_UNATTRIBUTED || words < 1 || words < MIN_WORDS && titleCase(parts) && !utterance
                    || words == 1 && parts.get(0).text().strip().matches(".+\\p{Lu}.*|.*[./@].*\\p{L}.*")) {
                if (a != null) {
                    previous = a; // the next quote of the paragraph still continues this speaker
                    previousEnd = parts.get(parts.size() - 1).end();
                }
                continue;
            }
            if (a == null && titleCase(parts)) {
                continue; // "We're Not Gonna Take It": a title or a slogan on a sign, not someone's words
            }
            if (a != null && a.verbOffset >= 0) {
                usedCues.add(a.verbOffset);
            }
            String joined = String.join(" ", parts.stream().map(Span::text).toList());
            quotes.add(a == null ? new Quote(joined, parts, Speaker.UNATTRIBUTED, null, null)
                    : new Quote(joined, parts, a.speaker, a.cue, a.verb));
            if (a != null) {
                previous = a;
            }
            previousEnd = parts.get(parts.size() - 1).end();
        }
        return quotes;
    }

    /**
     * Speakers for quotes left without one, from what the reported speech found: a quote inside a reported
     * statement is its speaker's ("Customers “began to say ...,” Cook told Benioff"); a quote opening a
     * paragraph with no cue continues the last speaker of the paragraph before (quote or reported statement);
     * a quoted phrase inside a narrative sentence is the words of the sentence's subject ("Cook remembered Jobs
     * ... “going way off script”"). Then every quoted stretch is one item (the spec's unit: "A," she said.
     * "B." is two quotes).
     */
    List<Quote> settle(List<Quote> quotes, List<ReportedSpeech> reported) {
        List<Quote> out = new ArrayList<>();
        List<Quote> nested = new ArrayList<>();
        for (Quote q : quotes) {
            Speaker sp = q.speaker();
            String cue = q.cue();
            if (sp.kind() == Speaker.Kind.UNATTRIBUTED) {
                Speaker found = null;
                for (ReportedSpeech r : reported) {
                    if (r.speaker().kind() != Speaker.Kind.UNATTRIBUTED && r.sentence().start() <= q.start()
                            && q.end() <= r.sentence().end()) {
                        found = r.speaker();
                        cue = r.cue();
                    }
                }
                int paragraph = text.lastIndexOf('\n', q.start()) + 1;
                boolean opensParagraph = text.substring(paragraph, q.start()).strip().matches("[\"\u201C\u00AB']?");
                if (found == null && opensParagraph) {
                    // "SRLabs noted:" / "In their words:" closing the paragraph before: that source's words follow
                    found = introducedByColon(paragraph, out);
                    cue = found == null ? cue : null;
                }
                if (found == null && opensParagraph) {
                    int previous = text.lastIndexOf('\n', Math.max(0, paragraph - 2)) + 1;
                    int last = -1;
                    for (Quote o : out) {
                        if (o.start() >= previous && o.start() < paragraph && o.speaker().kind() != Speaker.Kind.UNATTRIBUTED
                                && o.start() > last) {
                            found = o.speaker();
                            last = o.start();
                        }
                    }
                    for (ReportedSpeech r : reported) {
                        if (r.sentence().start() >= previous && r.sentence().start() < paragraph
                                && r.speaker().kind() != Speaker.Kind.UNATTRIBUTED && r.content().start() > last) {
                            found = r.speaker();
                            last = r.content().start();
                        }
                    }
                    cue = null;
                }
                if (found == null && opensSentence(q.start())) {
                    // "Sometimes employees don't follow the rules, he said. “But does that mean ...?”": a quote with
                    // no cue of its own continues the statement before it in the paragraph
                    int last = -1;
                    for (ReportedSpeech r : reported) {
                        if (r.sentence().start() >= paragraph && r.sentence().end() <= q.start()
                                && r.speaker().kind() != Speaker.Kind.UNATTRIBUTED && r.content().start() > last) {
                            found = r.speaker();
                            last = r.content().start();
                        }
                    }
                    cue = found == null ? cue : null;
                }
                if (found == null) {
                    found = subjectOfSentence(q);
                }
                if (found == null && opensSentence(q.start())) {
                    // "Dr. Marsh has run the clinic since 2009. “We see thirty patients a day.”": a quote with no cue
                    // after a sentence about a named person is theirs (the spec's hard case 4)
                    found = personBefore(q.start());
                    cue = found == null ? cue : null;
                }
                if (found != null) {
                    sp = new Speaker(found.name(), found.kind(), null);
                }
            }
            for (Span part : q.parts()) {
                Quote one = new Quote(part.text(), List.of(part), sp, cue, q.cueVerb());
                out.add(one);
                nested.addAll(nestedQuotes(part, sp));
            }
        }
        out.addAll(nested); // after the others: a quote inside a quote is no paragraph's last speaker
        return out;
    }

    /**
     * A speech verb with its clause right before a quotation inside a quote ("Vogel came in here and said,
     * ‘Congratulations,’", "Sondland replied that ‘He’s going to do it,’", "told him: ‘Welcome home,’", "will,
     * quote, ‘do anything’"): group 1 is the verb. Not a verb under a modal or after "to" ("she'd say, ‘Gee ...’"),
     * which imagines the words.
     */
    private static final String MODAL_BEFORE = "(?<!\\b(?:'d|’d|would|might|could|should|will|can|may|must|to)\\s)";
    private static final Pattern NESTED_CUE = Pattern.compile("(?i)(?:" + MODAL_BEFORE
            + "\\b(said|replied|answered|asked|told|yelled|shouted|wrote|responded)(?:\\s+[\\p{L}’'.]+){0,3}\\s*(?:,\\s*quote\\s*)?[,:]\\s*"
            // a bare "say" only after "did", "didn't" or "and" ("didn't say, ‘...’", "pull it out, and say, ‘...’"),
            // not a generic present ("People say, ‘...’")
            + "|(?<=\\b(?:did|didn't|didn’t|and)\\s)(say|ask)\\s*[,:]\\s*|\\b(say|ask)\\s*,\\s*quote\\s*,\\s*"
            + "|" + MODAL_BEFORE + "\\b(said|replied|answered|wrote)\\s+that\\s*|\\bquote\\s*,\\s*)$");
    /** A generic or imagined speaker before the cue ("you ask, ‘Why ...’", "you can sit back, relax, say, ‘...’"). */
    private static final Pattern GENERIC_YOU = Pattern.compile("(?i)\\byou\\b");

    /**
     * The quotations inside the quoted stretch {@code part} that someone is quoted as saying there (the spec's D5):
     * each in single or double marks right after a speech verb in the past or a "quote," ("I said, ‘Don’t you worry.’",
     * "Ambassador Sondland replied that ‘He’s going to do it,’"), never a term or a scare quote inside the quote
     * ("today's ‘impeachment’ proceedings"), nor words imagined or put to a generic "you". Its speaker is the verb's
     * subject, the quote's own speaker when that is "I" or "we" or the parse names none.
     */
    private List<Quote> nestedQuotes(Span part, Speaker outer) {
        List<Quote> out = new ArrayList<>();
        String t = part.text();
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            boolean opens = (c == '\u2018' || c == '\'' || c == '\u201C') && k + 1 < t.length()
                    && Character.isLetterOrDigit(t.charAt(k + 1)) && (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)));
            if (!opens) {
                continue;
            }
            int close = innerClose(t, k);
            if (close < 0) {
                continue;
            }
            String before = t.substring(Math.max(0, k - 80), k);
            int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
            java.util.regex.Matcher m = NESTED_CUE.matcher(before);
            if (!m.find() || GENERIC_YOU.matcher(before.substring(sentence + 1, m.start())).find()) {
                continue;
            }
            int from = part.start() + k + 1;
            int to = part.start() + close;
            Speaker sp = outer;
            int verb = -1;
            for (int g = m.groupCount(); g >= 1; g--) {
                verb = m.group(g) != null ? m.start(g) : verb;
            }
            if (verb >= 0) {
                int at = part.start() + k - before.length() + verb;
                Sentence s = sentenceAt(at);
                int v = s == null ? 0 : s.tokenAt(at);
                int subj = v > 0 ? SpeechCues.subject(s, v) : 0;
                if (subj > 0 && !s.word(subj).matches("(?i)i|we")) {
                    Speaker named = SpeechCues.speaker(s, entities, subj);
                    sp = named == null ? Speaker.UNATTRIBUTED : new Speaker(named.name(), named.kind(), null);
                }
            }
            out.add(new Quote(text.substring(from, to), List.of(new Span(text.substring(from, to), from, to)), sp, null, null));
            k = close;
        }
        return out;
    }

    /**
     * The offset in {@code t} of the mark closing the inner quotation opened at {@code k}: the matching curly or
     * straight mark with no letter after it and something other than a space before it (an apostrophe inside a word,
     * "Let’s", is none), or -1.
     */
    private static int innerClose(String t, int k) {
        char open = t.charAt(k);
        char closing = open == '\u2018' ? '\u2019' : open == '\u201C' ? '\u201D' : '\'';
        for (int j = k + 2; j < t.length(); j++) {
            if (t.charAt(j) == closing && !Character.isWhitespace(t.charAt(j - 1))
                    && (j + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    /** Nouns for what someone said, whose owner is its source: "In their words:", "Her reply:". */
    private static final Set<String> SAYINGS = Set.of("word", "words", "assessment", "statement", "verdict", "message",
            "reply", "response", "answer", "conclusion", "explanation", "summary", "advice", "warning", "view", "take");

    /**
     * The source named where the paragraph before the one starting at {@code paragraph} ends in a colon right after a
     * speech verb with its subject ("SRLabs noted:", "As the coroner put it:") or a noun for what someone said with
     * its owner ("Their assessment:", "In her words:"): the quote paragraph after it is that source's. {@code null}
     * when the colon closes anything else ("Here are the highlights:", "People love that feeling:").
     */
    private Speaker introducedByColon(int paragraph, List<Quote> earlier) {
        int colon = paragraph - 1;
        while (colon > 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (colon <= 0 || text.charAt(colon) != ':' || insideAnyQuote(colon)) {
            return null;
        }
        Sentence s = sentenceAt(colon);
        int t = s == null ? 0 : s.tokenAt(colon - 1);
        if (t <= 1) {
            return null;
        }
        if (s.word(t).equalsIgnoreCase("it") && s.tag(t - 1).startsWith("VB")) {
            t--; // "As SRLabs put it:"
        }
        Speaker sp = null;
        if (s.tag(t).startsWith("VB") && (SpeechCues.attributesQuotes(s, t) || s.lemma(t).equalsIgnoreCase("put"))) {
            int subj = SpeechCues.subject(s, t);
            sp = subj > 0 && !insideAnyQuote(s.begin(subj)) ? SpeechCues.speaker(s, entities, subj) : null;
        } else if (s.tag(t).startsWith("NN") && SAYINGS.contains(s.word(t).toLowerCase(java.util.Locale.ROOT))) {
            int owner = s.child(t, "nmod:poss");
            if (owner > 0 && s.word(owner).toLowerCase(java.util.Locale.ROOT).matches("their|its")) {
                Sentence.Token ante = SpeechCues.antecedent(s, entities, owner);
                sp = ante == null ? null : SpeechCues.speaker(ante.sentence(), entities, ante.index());
                if (sp == null || sp.kind() != Speaker.Kind.ORGANIZATION) {
                    // "Their verdict:" after paragraphs quoting the auditors: the organization quoted last, in the
                    // three paragraphs before
                    int since = paragraph;
                    for (int n = 0; n < 4 && since > 0; n++) {
                        since = text.lastIndexOf('\n', since - 2) + 1;
                    }
                    sp = null;
                    for (Quote q : earlier) {
                        if (q.start() >= since && q.start() < paragraph && q.speaker().kind() == Speaker.Kind.ORGANIZATION) {
                            sp = q.speaker();
                        }
                    }
                }
            } else if (owner > 0) {
                sp = SpeechCues.speaker(s, entities, owner);
            }
        }
        return sp != null && (sp.kind() == Speaker.Kind.PERSON || sp.kind() == Speaker.Kind.ORGANIZATION) ? sp : null;
    }

    /** The named person who is the main subject of the sentence before the one at {@code start}, or null. */
    private Speaker personBefore(int start) {
        Sentence here = sentenceAt(start);
        if (here == null || here.index == 0) {
            return null;
        }
        Sentence s = sentences.get(here.index - 1);
        int root = s.root();
        int subj = root > 0 ? s.child(root, "nsubj") : 0;
        if (subj == 0 || insideAnyQuote(s.begin(subj)) || insideAnyQuote(s.begin(root))) {
            return null;
        }
        Entities.Ref r = entities.refAt(s.begin(subj));
        return r != null && r.kind() == Speaker.Kind.PERSON ? new Speaker(r.name(), r.kind(), null) : null;
    }

    /** The quote starting at {@code start} follows a colon in its sentence ("... a similar experience: “...”"). */
    private boolean afterColon(int start) {
        int k = start - 2;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        Sentence s = sentenceAt(start);
        return k >= 0 && text.charAt(k) == ':' && s != null && s.begin() < k;
    }

    /** For a quoted phrase inside a sentence: the named subject of the sentence's main verb, else null. */
    private Speaker subjectOfSentence(Quote q) {
        return subjectOfSentence(q.start());
    }

    private Speaker subjectOfSentence(int start) {
        Sentence s = sentenceAt(start);
        if (s == null || s.begin() >= start - 1) {
            return null; // the quote opens the sentence: not a phrase inside one
        }
        int root = s.root();
        int subj = root > 0 ? s.child(root, "nsubj") : 0;
        if (subj == 0 || insideAnyQuote(s.begin(subj))) {
            return null;
        }
        Speaker sp = SpeechCues.speaker(s, entities, subj);
        return sp != null && (sp.kind() == Speaker.Kind.PERSON || sp.kind() == Speaker.Kind.ORGANIZATION) ? sp : null;
    }

    /** The quote starting at {@code start} opens its sentence (or paragraph). */
    private boolean opensSentence(int start) {
        Sentence s = sentenceAt(start);
        int before = start - 1;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        return before <= 0 || text.charAt(before - 1) == '\n' || s != null && s.begin() >= start - 1;
    }

    /** Most words capitalized: the quoted words are a title or a slogan, not speech. */
    private static boolean titleCase(List<Span> parts) {
        return QuotedTerms.titleCase(String.join(" ", parts.stream().map(Span::text).toList()));
    }

    /**
     * Quoted stretches, inner offsets; a quote left open at the end of a paragraph ends there. Paragraph by paragraph:
     * a paragraph whose first double mark stands where a quote closes ("... unique.\"" with no mark opening it) is a
     * quote from its start when the paragraph before left its quote open (the open-quote convention with the next
     * paragraph's opening mark dropped) or when the mark is a curly closing one, which never opens; paragraphs with no
     * double mark between such an open paragraph and such a closing one are quotes whole.
     */
    private static List<Raw> rawQuotes(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        for (int from = 0; from <= text.length();) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            paragraphs.add(new int[] {from, end});
            from = end + 1;
        }
        List<Raw> out = new ArrayList<>();
        boolean carried = false; // the paragraph before ended inside a quote
        for (int n = 0; n < paragraphs.size(); n++) {
            int from = paragraphs.get(n)[0];
            int end = paragraphs.get(n)[1];
            int first = firstDoubleMark(text, from, end);
            int body = bodyStart(text, from, end);
            if (first < 0 && carried && body < end && closedLater(text, paragraphs, n)) {
                out.add(new Raw(body, end)); // a middle paragraph of a quote whose marks were dropped
                continue;
            }
            boolean leadingClose = first > body && closesHere(text, first, end)
                    && (carried || text.charAt(first) == '\u201D');
            carried = pairParagraph(text, from, end, leadingClose ? body : -1, out);
        }
        return out;
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }

    /** The offset of the first double quotation mark in {@code [from, end)}, or -1. */
    private static int firstDoubleMark(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (isDoubleMark(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where a paragraph's words start, after spaces and a list bullet ("• If Republicans ..."). */
    private static int bodyStart(String text, int from, int end) {
        int i = from;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u2022')) {
            i++;
        }
        return i;
    }

    /** The mark at {@code i} can only close a quote: it follows a sentence's punctuation and no word follows it. */
    private static boolean closesHere(String text, int i, int end) {
        return ".,!?\u2026".indexOf(text.charAt(i - 1)) >= 0 && (i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * Whether, after paragraph {@code n} (with no double mark), the next paragraph with a mark (within three) starts
     * by closing a quote: paragraph {@code n} is then inside it.
     */
    private static boolean closedLater(String text, List<int[]> paragraphs, int n) {
        for (int m = n + 1; m < paragraphs.size() && m <= n + 3; m++) {
            int from = paragraphs.get(m)[0];
            int end = paragraphs.get(m)[1];
            int first = firstDoubleMark(text, from, end);
            if (first >= 0) {
                return first > bodyStart(text, from, end) && closesHere(text, first, end);
            }
        }
        return false;
    }

    /**
     * Pairs the marks of the paragraph {@code [from, end)}, a quote already open at {@code openAt} when it is not -1;
     * returns whether a quote in double marks is left open at the paragraph's end.
     */
    private static boolean pairParagraph(String text, int from, int end, int openAt, List<Raw> out) {
        String para = text.substring(from, end);
        // a paragraph without double marks may use single ones as its primary marks (‘...’, or '...' closed after
        // the sentence's punctuation)
        boolean noDoubles = firstDoubleMark(text, from, end) < 0;
        boolean singles = noDoubles && para.indexOf('\u2018') >= 0;
        boolean straightSingles = noDoubles && !singles;
        int open = openAt;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (open >= 0 && (c == '\u2019' || c == '\'') && i + 1 < text.length() && text.charAt(i + 1) == c
                    && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)))) {
                out.add(new Raw(open, i)); // a closing mark written as two apostrophes: voters,’’ Will Moy
                open = -1;
                i++;
                continue;
            }
            if (isDoubleMark(c) && i + 1 < end && isDoubleMark(text.charAt(i + 1))) {
                // a mark typed twice: ""Tim's ...," or |“”If ... Winc!”” – one mark
                if (open < 0 && i + 2 < end && Character.isLetterOrDigit(text.charAt(i + 2)) && c != '\u201D') {
                    open = i + 2;
                    i++;
                    continue;
                }
                if (open >= 0 && c != '\u201C' && c != '\u00AB' && text.charAt(i + 1) != '\u201C') {
                    if (i > open) {
                        out.add(new Raw(open, i));
                    }
                    open = -1;
                    i++;
                    continue;
                }
            }
            if (straightSingles && c == '\'' && open < 0 && (i == from || " (\u2014:".indexOf(text.charAt(i - 1)) >= 0)
                    && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))) {
                int close = straightSingleClose(text, i + 1, end);
                if (close > 0) {
                    out.add(new Raw(i + 1, close)); // said: 'The pressures ... demanding time.'
                    i = close;
                    continue;
                }
            }
            if (singles && c == '\u2018' && open < 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                open = i + 1;
                continue;
            }
            if (singles && c == '\u2019' && open >= 0 && (i + 1 >= text.length()
                    || !Character.isLetter(text.charAt(i + 1))) && i > open && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= text.length() || text.charAt(i + 1) != '\u2019') && !possessive(text, i)) {
                out.add(new Raw(open, i));
                open = -1;
                continue;
            }
            if (c == '\u201C' && open >= 0 && nestedPair(text, i, end) > 0) {
                i = nestedPair(text, i, end); // “... called us “terrorists”. ...”: the outer quote goes on
                continue;
            }
            if (c == '\u201C' || c == '\u00AB' || c == '"' && open < 0) {
                open = i + 1;
            } else if (c == '\u201D' && open < 0 && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (i == from || Character.isWhitespace(text.charAt(i - 1)))) {
                open = i + 1; // a closing mark typed where a quote opens: ”We've found ...,” said
            } else if ((c == '\u201D' || c == '\u00BB' || c == '"') && open >= 0) {
                if (i > open) {
                    out.add(new Raw(open, i));
                }
                open = -1;
            }
        }
        if (open >= 0 && end - open > 1) {
            out.add(new Raw(open, end));
            return !singles;
        }
        return false;
    }

    /**
     * The closing straight single mark of a quote opened before {@code from}: the first one after a sentence's
     * punctuation with no letter after it, before the paragraph's {@code end}; 0 when there is none.
     */
    private static int straightSingleClose(String text, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (text.charAt(k) == '\'' && ".,!?".indexOf(text.charAt(k - 1)) >= 0
                    && (k + 1 >= end || !Character.isLetter(text.charAt(k + 1)))) {
                return k;
            }
        }
        return 0;
    }

    /**
     * For an opening curly mark at {@code i} inside an open quote: the offset of its closing mark when two closing
     * marks follow before any other opening one (the inner pair, then the outer quote's), else 0.
     */
    private static int nestedPair(String text, int i, int end) {
        int inner = 0;
        for (int k = i + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\u201C') {
                return 0;
            }
            if (c == '\u201D') {
                if (inner > 0) {
                    return inner;
                }
                inner = k;
            }
        }
        return 0;
    }

    /** "the drugs’ manufacturers": an apostrophe after a plural, not a closing mark. */
    private static boolean possessive(String text, int i) {
        return i > 0 && text.charAt(i - 1) == 's' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isLowerCase(text.charAt(i + 2));
    }

    /** The text between two quotes is only an attribution (", he said, "). */
    private boolean interruptedBy(int end, int nextStart) {
        if (nextStart - end > 80 || nextStart <= end + 1) {
            return false;
        }
        String between = text.substring(end + 1, nextStart - 1);
        if (between.contains("\n") || !between.strip().startsWith(",") && !between.strip().startsWith("\u2014")) {
            return false;
        }
        Sentence s = sentenceAt(end + 1);
        if (s == null) {
            return false;
        }
        for (int i = 1; i <= s.size(); i++) {
            if (s.begin(i) > end && s.end(i) < nextStart && SpeechCues.attributesQuotes(s, i)) {
                return between.strip().endsWith(",") || between.strip().endsWith(":");
            }
        }
        return false;
    }

    /** The quote starting at {@code start} continues the previous speaker's words. */
    private boolean continues(int previousEnd, int start) {
        if (previousEnd < 0) {
            return false;
        }
        String between = text.substring(previousEnd, start);
        int newlines = (int) between.chars().filter(ch -> ch == '\n').count();
        if (newlines == 0) {
            return true;
        }
        // a new paragraph that opens with the quote
        return newlines == 1 && between.substring(between.indexOf('\n') + 1).strip().matches("[\"\u201C\u00AB']?");
    }

    /** The attribution of the quote between {@code start} and {@code end}, or {@code null}. */
    private Attribution attribute(int start, int end) {
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Sentence s : sentences) {
            // "“... Kentucky!” Trump tweeted before Election Day.": the tokenizer ends the sentence with the quote's
            // own mark, and its cue opens the next one
            boolean next = s.begin() > end + 1 && end > 0 && end < text.length() && "!?".indexOf(text.charAt(end - 1)) >= 0
                    && text.substring(end + 1, Math.min(text.length(), s.begin())).isBlank();
            if (s.end() < start - 1 || s.begin() > end + 1 && !next) {
                continue;
            }
            for (int i = 1; i <= s.size(); i++) {
                int b = s.begin(i);
                // (far into the next sentence only when that sentence opens with the speaker: "“...?” He Jianxiong,
                // the former executive director ..., said at ...")
                boolean opensWithSpeaker = s.root() == i && SpeechCues.subject(s, i) > 0 && SpeechCues.subject(s, i) <= 3;
                if (insideAnyQuote(b) || next && (i > 6 && !opensWithSpeaker || s.child(i, "ccomp") > 0)) {
                    continue;
                }
                int bare = SpeechCues.attributesQuotes(s, i) ? 0 : bareCue(s, i, end);
                if (bare == 0 && !SpeechCues.attributesQuotes(s, i) && !evaluates(s, i, start) && !putIt(s, i)) {
                    continue;
                }
                int subj = bare > 0 ? bare : SpeechCues.subject(s, i);
                if (subj == 0 && s.child(i, "aux:pass") > 0) {
                    subj = agent(s, i); // "was described as “dire” by the auditors": the passive's agent
                }
                int named = namedBeforeCue(s, i, end);
                if (named > 0) {
                    subj = named; // "“...,” Strauss Zelnick, CEO of Take-Two, adds.": the name, not the parser's subject
                }
                if (subj == 0 && next && i == 1 && s.tag(i).matches("VB[DZ]")) {
                    // "“...?” asked Pineda.": the quote's own mark ended the sentence, so the cue opens the next
                    // one, inverted, its speaker after it
                    subj = SpeechCues.invertedSubject(s, i);
                }
                if (subj == 0 && SpeechCues.inverted(s, i)) {
                    subj = nameAfterInvertedCue(s, i); // "“...,” said lead author Jane Holt, MD,": the parse garbled
                }
                if (subj > 0 && subj < i && !insideAnyQuote(s.begin(subj))) {
                    // "“...” the family's view, Starner said.": of several subjects the parser gave the cue, the
                    // person's name nearest before it
                    for (int c : s.children(i, "nsubj")) {
                        Entities.Ref r = entities.refAt(s.begin(c));
                        if (c > subj && c < i && r != null && r.kind() == Speaker.Kind.PERSON && !insideAnyQuote(s.begin(c))) {
                            subj = c;
                        }
                    }
                }
                if (subj == 0 && i < s.size() && SpeechCues.inverted(s, i) && entities.refAt(s.begin(i + 1)) != null
                        && entities.refAt(s.begin(i + 1)).kind() == Speaker.Kind.PERSON) {
                    subj = i + 1; // "...," says Early.: a known name the tagger read as a word
                }
                if (subj > 0 && insideAnyQuote(s.begin(subj))) {
                    // the parser took a noun of the quote for the subject: take one outside the quotation marks
                    subj = 0;
                    for (int c : s.children(i, "nsubj")) {
                        if (!insideAnyQuote(s.begin(c))) {
                            subj = c;
                        }
                    }
                    if (subj == 0 && i > 1 && s.tag(i - 1).matches("NNP|PRP|NN") && !insideAnyQuote(s.begin(i - 1))) {
                        subj = i - 1; // "..." Patrick said
                    }
                    if (subj == 0 && SpeechCues.inverted(s, i)) {
                        subj = SpeechCues.invertedSubject(s, i); // "...," said Daniel Anthony, ...
                    }
                }
                if (subj == 0 || insideAnyQuote(s.begin(subj))) {
                    continue;
                }
                Speaker sp = SpeechCues.speaker(s, entities, subj);
                if (sp == null) {
                    continue;
                }
                // the verb whose "as" phrase holds the quote governs it, however near another cue is
                int distance = evaluates(s, i, start) ? 0 : b >= end ? b - end : start - b;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    int from = Math.min(subj, i);
                    int to = Math.max(subj, i);
                    if (sp.mention() != null) {
                        from = Math.min(s.tokenAt(sp.mention().start()) == 0 ? from : s.tokenAt(sp.mention().start()), from);
                    }
                    if (to - from > 6) {
                        from = Math.min(subj, i);
                        to = Math.max(subj, i);
                        if (s.tokenAt(sp.mention().start()) > 0) {
                            from = Math.max(from, s.tokenAt(sp.mention().start()));
                        }
                    }
                    String cue = subj < i ? text.substring(sp.mention().start(), s.end(i)) : s.text(i, to);
                    best = new Attribution(sp, cue, s.word(i), b);
                }
            }
        }
        return best;
    }

    /**
     * The last word of a person's name among the few words after inverted cue {@code verb}, before any comma ("said
     * lead author Jane Holt, MD": the role's words however the parser read them), or 0.
     */
    private int nameAfterInvertedCue(Sentence s, int verb) {
        int name = 0;
        for (int k = verb + 1; k <= Math.min(s.size(), verb + 6) && !s.tag(k).matches("[,.:]") && !insideAnyQuote(s.begin(k)); k++) {
            Entities.Ref r = entities.refAt(s.begin(k));
            if (r != null && r.kind() == Speaker.Kind.PERSON) {
                name = k;
            } else if (name > 0) {
                break;
            }
        }
        return name;
    }

    /**
     * "As Gaiman put it, “...”", "“...,” as one trader put it.": "put it" in an "as" clause is an attribution, its
     * subject the speaker.
     */
    private static boolean putIt(Sentence s, int verb) {
        return s.lemma(verb).equalsIgnoreCase("put") && s.tag(verb).startsWith("VB")
                && s.children(verb, "obj").stream().anyMatch(o -> s.word(o).equalsIgnoreCase("it"))
                && s.children(verb, "mark").stream().anyMatch(m -> s.word(m).equalsIgnoreCase("as"));
    }

    /** The agent of passive verb {@code verb} (the noun of its "by" phrase), or 0. */
    private static int agent(Sentence s, int verb) {
        for (int c : s.children(verb, "obl")) {
            if (c > verb && s.children(c, "case").stream().anyMatch(k -> s.word(k).equalsIgnoreCase("by"))) {
                return c;
            }
        }
        return 0;
    }

    /**
     * "The Pentagon rejected these accusations as “patently false,”": a verb of judging whose "as" phrase holds
     * the quote starting at {@code start} gives it its speaker, the verb's subject.
     */
    private static boolean evaluates(Sentence s, int verb, int start) {
        if (!s.tag(verb).startsWith("VB") || !s.lemma(verb).matches("reject|dismiss|deride|denounce|brand|label|characteri[sz]e")) {
            return false;
        }
        for (int c : s.children(verb, null)) {
            int[] sub = s.subtree(c);
            if (c > verb && s.word(sub[0]).equalsIgnoreCase("as") && s.begin(sub[0]) < start && start <= s.end(sub[1])) {
                return true;
            }
        }
        // "rejected the claims as “groundless”" with the "as" phrase hung inside the object's: an "as" right
        // before the quote, under the verb, with no other verb between
        for (int k = verb + 1; k < s.size() && s.begin(k) < start; k++) {
            if (s.tag(k).startsWith("VB") || !s.descends(k, verb)) {
                return false;
            }
            if (s.word(k).equalsIgnoreCase("as") && s.begin(k + 1) >= start - 1 && s.begin(k + 1) <= start) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb standing alone with its subject right after the closing mark of the quote that ends at {@code end}
     * ("“...,” Wilgus clarifies." "“...,” Mattson offers, “...”", "“...,” shrugged Ortiz."): whatever the verb,
     * that position makes it the quote's attribution. Returns the subject's token, or 0.
     */
    private int bareCue(Sentence s, int verb, int end) {
        // "“...,” Wilgus shares.": the tagger may read the verb as a plural noun after a name
        boolean nounVerb = s.tag(verb).equals("NNS") && verb > 1 && verb < s.size() && s.tag(verb + 1).equals(".")
                && entities.refAt(s.begin(verb - 1)) != null && entities.refAt(s.begin(verb - 1)).kind() == Speaker.Kind.PERSON
                && entities.refAt(s.begin(verb)) == null;
        // "“...,” states Klinger.", "“...,” comments Robin Biesbroek of the CDF.": the same misreading before a name
        boolean nounVerbBeforeName = s.tag(verb).equals("NNS") && s.word(verb).matches("[a-z]+s") && verb < s.size()
                && s.tag(verb + 1).startsWith("NNP") && s.ner(verb + 1).matches("PERSON|ORGANIZATION");
        if (!s.tag(verb).matches("VB[DZP]") && !nounVerb && !nounVerbBeforeName || s.lemma(verb).matches("be|have|do")) {
            return 0;
        }
        int after = verb + 1;
        while (after <= s.size() && s.tag(after).equals("RB")) {
            after++;
        }
        int subj = 0;
        int mark;
        if (after <= s.size() && s.tag(after).startsWith("NNP") && s.ner(after).matches("PERSON|ORGANIZATION")) {
            // "“...,” shrugged Ortiz."
            subj = after;
            while (after <= s.size() && s.tag(after).startsWith("NNP")) {
                subj = after++;
            }
            mark = verb - 1;
        } else {
            // "“...,” Wilgus clarifies.", "“...,” she offers"
            mark = verb - 1;
            while (mark >= 1 && verb - mark <= 4 && s.tag(mark).matches("NNPS?|PRP|DT|NN")) {
                mark--;
            }
            subj = verb - 1;
            if (mark == verb - 1 || s.tag(subj).equals("DT") || s.tag(subj).equals("PRP") && !s.word(subj).matches("(?i)he|she|they|I|we")) {
                return 0;
            }
        }
        // (the name may carry a phrase of where they work: "Robin Biesbroek of the CDF.")
        boolean closes = after > s.size() || s.tag(after).matches("[.,:]|``") || s.word(after).matches("[!?;]")
                || subj > verb && s.word(after).matches("of|at|from") && phraseEndsSentence(s, after);
        boolean marked = mark >= 1 && (s.tag(mark).equals("''") || SpeechCues.closingMark(s, mark)) && s.begin(mark) == end;
        return closes && marked ? subj : 0;
    }

    /** The words from {@code from} run to the sentence's end with no verb among them ("of the CDF."). */
    private static boolean phraseEndsSentence(Sentence s, int from) {
        for (int k = from; k <= s.size(); k++) {
            if (s.tag(k).startsWith("VB") || s.tag(k).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "“...,” NAME, DESCRIPTION, said.": a person's name right after the closing mark of the quote ending at
     * {@code end}, set off by commas up to cue {@code verb}, is the speaker whatever the parse; its token, or 0.
     */
    private int namedBeforeCue(Sentence s, int verb, int end) {
        while (verb > 2 && s.word(verb - 1).toLowerCase(java.util.Locale.ROOT).matches("has|have|had|will|would|also")) {
            verb--; // "..., has written."
        }
        if (verb < 4 || !s.tag(verb - 1).equals(",")) {
            return 0;
        }
        for (int m = verb - 2; m >= 1; m--) {
            if (s.begin(m) == end && (s.tag(m).equals("''") || SpeechCues.closingMark(s, m))) {
                Entities.Ref r = m + 1 < verb ? entities.refAt(s.begin(m + 1)) : null;
                if (r == null || r.kind() != Speaker.Kind.PERSON) {
                    return 0;
                }
                int last = m + 1;
                while (last + 1 < verb && r.equals(entities.refAt(s.begin(last + 1)))) {
                    last++;
                }
                return s.tag(last + 1).equals(",") && last + 1 < verb - 1 ? last : 0;
            }
        }
        return 0;
    }

    private boolean insideAnyQuote(int offset) {
        return inside(quoted, offset);
    }

    /** Whether {@code offset} lies inside one of the {@code quoted} stretches ({@link #quotedStretches}). */
    static boolean inside(List<int[]> quoted, int offset) {
        for (int[] q : quoted) {
            if (offset >= q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    private Sentence sentenceAt(int offset) {
        return sentenceAt(sentences, offset);
    }

    /** The sentence holding {@code offset}, its end included (a quote's closing mark), or null. */
    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset <= s.end()) {
                return s;
            }
        }
        return null;
    }
}
