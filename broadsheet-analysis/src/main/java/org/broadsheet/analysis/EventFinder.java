package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Events between named actors: meetings and talks, exchanges of messages, and statements made on a stated
 * day. Participants are the named subjects and "with ..." partners of the verb.
 */
final class EventFinder {

    private static final Set<String> MEET = Set.of("meet", "visit", "host", "negotiate");
    private static final Set<String> TALKS = Set.of("talk", "talks", "meeting", "summit", "call", "conversation");
    private static final Set<String> MESSAGES = Set.of("message", "messages", "letter", "letters", "congratulation",
            "congratulations", "greeting", "greetings", "view", "views", "call", "calls", "telegram", "telegrams", "note");

    private EventFinder() {
    }

    static List<Event> find(List<Sentence> sentences, Entities entities, List<DateMention> dates, List<Quote> quotes,
            List<ReportedSpeech> reported) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                if (!s.tag(i).startsWith("VB")) {
                    continue;
                }
                String lemma = s.lemma(i);
                int obj = s.child(i, "obj");
                Event.Kind kind = null;
                if (MEET.contains(lemma) || lemma.equals("hold") && obj > 0 && TALKS.contains(s.lemma(obj))) {
                    kind = Event.Kind.MEETING;
                } else if ((lemma.equals("exchange") || lemma.equals("send")) && obj > 0 && MESSAGES.contains(s.lemma(obj))) {
                    kind = Event.Kind.EXCHANGE_OF_MESSAGES;
                }
                if (kind == null) {
                    continue;
                }
                Set<String> who = new LinkedHashSet<>();
                for (String rel : List.of("nsubj", "obj", "obl", "iobj")) {
                    for (int c : s.children(i, rel)) {
                        if (rel.equals("obj") && kind == Event.Kind.EXCHANGE_OF_MESSAGES) {
                            continue;
                        }
                        int[] sub = s.subtree(c);
                        boolean named = false;
                        for (int k = sub[0]; k <= sub[1]; k++) {
                            Entities.Ref r = entities.refAt(s.begin(k));
                            if (r != null && r.kind() == Speaker.Kind.PERSON || r != null && rel.equals("nsubj")) {
                                who.add(r.name());
                                named = true;
                            }
                        }
                        if (!named && rel.equals("obl")) {
                            // "with his Russian counterpart Vladimir Putin": the name may hang off the phrase
                            for (int k = c; k <= Math.min(s.size(), sub[1] + 3); k++) {
                                Entities.Ref r = entities.refAt(s.begin(k));
                                if (r != null && r.kind() == Speaker.Kind.PERSON) {
                                    who.add(r.name());
                                    break;
                                }
                            }
                        }
                    }
                }
                if (who.size() < 2 && kind == Event.Kind.MEETING && who.isEmpty()) {
                    continue;
                }
                DateMention d = DateFinder.nearest(dates, s.whole(), s.begin(i));
                out.add(new Event(kind, s.word(i), new ArrayList<>(who), d == null ? null : d.value(), s.whole()));
            }
        }
        for (Quote q : quotes) {
            statement(out, sentences, dates, q.speaker(), q.cueVerb(), q.start(), q.end());
        }
        for (ReportedSpeech r : reported) {
            statement(out, sentences, dates, r.speaker(), r.cue(), r.content().start(), r.content().end());
        }
        out.sort((a, b) -> Integer.compare(a.sentence().start(), b.sentence().start()));
        return out;
    }

    /** A statement becomes an event when its sentence says, outside what was said, when it was made. */
    private static void statement(List<Event> out, List<Sentence> sentences, List<DateMention> dates, Speaker speaker,
            String cue, int offset, int contentEnd) {
        if (speaker.kind() == Speaker.Kind.UNATTRIBUTED || cue == null) {
            return;
        }
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                DateMention d = dates.stream().filter(x -> x.start() >= s.begin() && x.end() <= s.end()
                        && (x.end() <= offset || x.start() >= contentEnd)).findFirst().orElse(null);
                boolean taken = out.stream().anyMatch(e -> e.sentence().start() == s.begin()
                        && e.participants().contains(speaker.name()));
                if (d != null && !taken) {
                    out.add(new Event(Event.Kind.STATEMENT, cue, List.of(speaker.name()), d.value(), s.whole()));
                }
                return;
            }
        }
    }
}
