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
            "describe", "agree", "ask", "report", "post", "call");

    private static final Set<String> SKIP_AFTER_CUE = Set.of("that", ",", ":", "out", "also");

    private final List<Sentence> sentences;
    private final Entities entities;
    private final QuoteFinder quotes;

    ReportedSpeechFinder(List<Sentence> sentences, Entities entities, QuoteFinder quotes) {
        this.sentences = sentences;
        this.entities = entities;
        this.quotes = quotes;
    }

    List<ReportedSpeech> find() {
        List<ReportedSpeech> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                ReportedSpeech r = s.word(i).equalsIgnoreCase("according") && i < s.size() && s.word(i + 1).equals("to")
                        ? accordingTo(s, i) : cue(s, i);
                if (r != null && !mostlyQuoted(r.content())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private ReportedSpeech cue(Sentence s, int i) {
        if (!SpeechCues.isCue(s, i) || quoted(s.begin(i))) {
            return null;
        }
        String lemma = s.lemma(i);
        if (lemma.equals("point") && !(i < s.size() && s.word(i + 1).equals("out"))) {
            return null;
        }
        int subj = s.child(i, "nsubj");
        if (subj == 0 || s.relation(i).equals("amod")) {
            return null;
        }
        // a cue inside what someone else said ("Putin said he believes ...") belongs to that statement
        if (s.relation(i).equals("ccomp") && SpeechCues.isCue(s, s.head(i)) && s.head(i) < i) {
            return null;
        }
        Speaker speaker = SpeechCues.speaker(s, entities, subj);
        if (speaker == null) {
            return null;
        }
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|``|''|-RRB-")) {
            last--;
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
        boolean hasClause = !s.children(i, "ccomp").isEmpty() || !s.children(i, "parataxis").isEmpty()
                && s.children(i, "parataxis").get(0) > i;
        boolean hasInfinitive = !s.children(i, "xcomp").isEmpty();
        boolean hasObject = s.child(i, "obj") > i;
        boolean trailing = trailing(s, i, subj);
        if (trailing) {
            if (NOT_REPORTING.contains(lemma)) {
                return null;
            }
            int end = Math.min(s.nounPhrase(subj)[0], i) - 1;
            while (end > 1 && s.tag(end).matches("[,:]|''|``")) {
                end--;
            }
            if (end < 3) {
                return null;
            }
            return new ReportedSpeech(speaker, cueText(s, subj, i, cueEnd), s.span(1, end), s.whole());
        }
        boolean ok;
        if (lemma.equals("voice") || lemma.equals("express")) {
            ok = true;
        } else if (SpeechCues.INFINITIVE_CONTENT.contains(lemma)) {
            ok = hasInfinitive || hasClause;
        } else if (SpeechCues.OBJECT_CONTENT.contains(lemma)) {
            ok = hasObject || hasClause;
        } else {
            ok = hasClause && !NOT_REPORTING.contains(lemma);
        }
        if (!ok || subj > i) {
            return null;
        }
        int from = cueEnd + 1;
        // skip what belongs to the cue: "told reporters", "said in a statement", "said on Tuesday"
        int clause = s.child(i, "ccomp");
        if (clause > 0) {
            int clauseStart = s.subtree(clause)[0];
            for (int k = from; k < clauseStart; k++) {
                String rel = s.relation(k);
                if (s.head(k) == i && (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl"))) {
                    from = s.subtree(k)[1] + 1;
                }
            }
        }
        while (from <= last && SKIP_AFTER_CUE.contains(s.word(from).toLowerCase(java.util.Locale.ROOT))) {
            from++;
        }
        if (from > last || last - from < 3 || !hasVerb(s, from, last)) {
            return null;
        }
        return new ReportedSpeech(speaker, cueText(s, subj, i, cueEnd), s.span(from, last), s.whole());
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

    /** "..., he said." / "..., Xi said on Monday." : the cue and its subject close the sentence. */
    private static boolean trailing(Sentence s, int verb, int subj) {
        int first = Math.min(verb, subj);
        int[] np = s.nounPhrase(subj);
        first = Math.min(first, np[0]);
        while (first > 1 && s.tag(first - 1).startsWith("NNP")) {
            first--;
        }
        if (first < 3 || !s.word(first - 1).equals(",") && !s.word(first - 1).equals("''")) {
            return false;
        }
        for (String rel : List.of("obj", "ccomp", "xcomp")) {
            if (s.children(verb, rel).stream().anyMatch(c -> c > verb)) {
                return false;
            }
        }
        if (s.size() - Math.max(verb, subj) > 10) {
            return false;
        }
        for (int k = Math.max(verb, subj) + 1; k <= s.size(); k++) {
            String rel = s.relation(k);
            if (s.tag(k).equals(".")) {
                continue;
            }
            // what follows the cue may only be its own modifiers ("on Monday", "in a statement")
            int h = k;
            while (h != 0 && h != verb) {
                h = s.head(h);
            }
            if (h != verb || rel.equals("ccomp") || rel.equals("xcomp")) {
                return false;
            }
        }
        return true;
    }

    private static String cueText(Sentence s, int subj, int verb, int cueEnd) {
        if (subj > verb) {
            return s.text(verb, cueEnd);
        }
        return s.text(verb, cueEnd);
    }

    private ReportedSpeech accordingTo(Sentence s, int i) {
        int from = i + 2;
        if (from > s.size()) {
            return null;
        }
        int to = from;
        while (to < s.size() && !s.tag(to + 1).matches("[,.:]")) {
            to++;
        }
        Speaker speaker = null;
        for (int k = to; k >= from && speaker == null; k--) {
            if (entities.refAt(s.begin(k)) != null) {
                speaker = SpeechCues.speaker(s, entities, k);
            }
        }
        if (speaker == null) {
            Span words = s.span(from, to);
            speaker = new Speaker(words.text(), Speaker.Kind.UNNAMED,
                    new Mention(words.text(), words.start(), words.end(), Mention.Kind.NAME));
        }
        int last = s.size();
        while (last > 1 && s.tag(last).matches("[.,:]|''")) {
            last--;
        }
        Span content;
        if (i > 2) {
            int end = i - 1;
            while (end > 1 && s.tag(end).equals(",")) {
                end--;
            }
            content = s.span(1, end);
        } else {
            int start = to + 1;
            while (start <= last && s.tag(start).equals(",")) {
                start++;
            }
            if (start > last) {
                return null;
            }
            content = s.span(start, last);
        }
        return new ReportedSpeech(speaker, "according to", content, s.whole());
    }

    private boolean quoted(int offset) {
        return quotes.quoted.stream().anyMatch(q -> offset >= q[0] && offset < q[1]);
    }

    private boolean mostlyQuoted(Span content) {
        int inside = 0;
        for (int[] q : quotes.quoted) {
            inside += Math.max(0, Math.min(q[1], content.end()) - Math.max(q[0], content.start()));
        }
        return inside * 2 > content.end() - content.start();
    }
}
