package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds lasting ties between named parties by rules over the dependency parse: membership ("both members of
 * the UN", "work within frameworks such as the UN and BRICS", "joined NATO"), partnerships and alliances
 * ("the Russia-China comprehensive strategic partnership", "a partnership between A and B", "partnered with
 * B"), diplomatic relations, chairmanships and presidencies ("holds the rotating presidency of BRICS"), and
 * roles that name their organization ("Marcelo Claure, chairman of WeWork", "Salesforce founder Marc
 * Benioff"). "The two countries" stands for the last two countries named together.
 */
final class RelationFinder {

    private static final Set<String> PARTNERSHIP = Set.of("partnership", "alliance", "pact", "coalition", "partner",
            "partners", "relations", "ties");
    private static final Set<String> OFFICE = Set.of("presidency", "chairmanship", "chair", "chairpersonship");
    private static final Set<String> BODIES = Set.of("framework", "frameworks", "organization", "organizations",
            "organisation", "organisations", "bodies", "body", "groupings", "grouping", "blocs", "bloc", "forums",
            "mechanisms", "institutions");
    private static final Set<String> PAIR_WORDS = Set.of("countries", "nations", "sides", "states", "governments",
            "neighbors", "neighbours", "allies", "companies", "firms");

    private final List<Sentence> sentences;
    private final Entities entities;

    RelationFinder(List<Sentence> sentences, Entities entities) {
        this.sentences = sentences;
        this.entities = entities;
    }

    List<Relation> find(List<Person> people) {
        Set<Relation> out = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
                if (OFFICE.contains(lemma)) {
                    office(s, i, out);
                } else if (lemma.equals("member") || lemma.equals("membership")) {
                    member(s, i, out);
                } else if (lemma.equals("join") && s.tag(i).startsWith("VB")) {
                    joined(s, i, out);
                } else if (BODIES.contains(s.word(i).toLowerCase(Locale.ROOT))) {
                    within(s, i, out);
                } else if (PARTNERSHIP.contains(s.word(i).toLowerCase(Locale.ROOT)) && s.tag(i).startsWith("NN")) {
                    partnership(s, i, out);
                } else if ((lemma.equals("partner") || lemma.equals("ally")) && s.tag(i).startsWith("VB")) {
                    partneredWith(s, i, out);
                }
            }
        }
        roles(people, out);
        return new ArrayList<>(out);
    }

    /** "Russia holds the rotating presidency of BRICS", "China's chairmanship of the SCO". */
    private void office(Sentence s, int i, Set<Relation> out) {
        List<String> bodies = namesAfterOf(s, i);
        if (bodies.isEmpty()) {
            return;
        }
        List<String> holders = new ArrayList<>();
        int poss = s.child(i, "nmod:poss");
        if (poss > 0) {
            holders.addAll(parties(s, poss));
        } else if (s.head(i) > 0 && s.tag(s.head(i)).startsWith("VB")) {
            int verb = s.head(i);
            int subj = s.child(verb, "nsubj");
            if (subj > 0) {
                holders.addAll(parties(s, subj));
            } else if (verb > 1 && partyAt(s, verb - 1) != null) {
                holders.add(partyAt(s, verb - 1)); // "... and China holds the chairmanship": a subject the parser lost
            }
        }
        String label = label(s, i);
        for (String h : holders) {
            for (String b : bodies) {
                add(out, h, Relation.Kind.CHAIRMANSHIP, label, b, s);
            }
        }
    }

    /** "X and Y are both members of the UN, SCO and BRICS", "X, a member of NATO", "NATO member Turkey". */
    private void member(Sentence s, int i, Set<Relation> out) {
        List<String> bodies = namesAfterOf(s, i);
        List<String> members = new ArrayList<>();
        if (bodies.isEmpty()) {
            // "NATO member Turkey", "fellow BRICS member Brazil"
            for (int c : s.children(i, "compound")) {
                bodies.addAll(parties(s, c));
            }
            for (int c : s.children(i, "appos")) {
                members.addAll(parties(s, c));
            }
            if (s.relation(i).equals("compound") && s.head(i) > i) {
                members.addAll(parties(s, s.head(i)));
            }
        }
        if (bodies.isEmpty()) {
            return;
        }
        int subj = s.child(i, "nsubj");
        if (subj > 0) {
            members.addAll(parties(s, subj));
        }
        if (s.relation(i).equals("appos") && s.head(i) > 0) {
            members.addAll(parties(s, s.head(i)));
        }
        for (String m : members) {
            for (String b : bodies) {
                if (!m.equals(b)) {
                    add(out, m, Relation.Kind.MEMBERSHIP, s.word(i), b, s);
                }
            }
        }
    }

    /** "Finland joined NATO". */
    private void joined(Sentence s, int i, Set<Relation> out) {
        int obj = s.child(i, "obj");
        int subj = s.child(i, "nsubj");
        if (obj == 0 || subj == 0 || entities.refAt(s.begin(obj)) == null
                || entities.refAt(s.begin(obj)).kind() != Speaker.Kind.ORGANIZATION) {
            return;
        }
        for (String m : parties(s, subj)) {
            for (String b : parties(s, obj)) {
                add(out, m, Relation.Kind.MEMBERSHIP, s.word(i), b, s);
            }
        }
    }

    /** "the two countries work closely within multilateral frameworks such as the UN, the SCO and BRICS". */
    private void within(Sentence s, int i, Set<Relation> out) {
        int kase = s.child(i, "case");
        if (kase == 0 || !s.word(kase).toLowerCase(Locale.ROOT).matches("within|in|of")) {
            return;
        }
        List<String> bodies = new ArrayList<>();
        for (int c : s.children(i, "nmod")) {
            int cm = s.child(c, "case");
            if (cm > 0 && s.word(cm).toLowerCase(Locale.ROOT).matches("as|such|including|like")) {
                bodies.addAll(parties(s, c));
            }
        }
        for (int c : s.children(i, "acl")) {
            bodies.addAll(parties(s, c));
        }
        if (bodies.isEmpty()) {
            return;
        }
        int verb = s.head(i);
        int subj = verb > 0 ? s.child(verb, "nsubj") : 0;
        if (subj == 0) {
            return;
        }
        for (String m : parties(s, subj)) {
            for (String b : bodies) {
                add(out, m, Relation.Kind.MEMBERSHIP, label(s, i), b, s);
            }
        }
    }

    /**
     * "the Russia-China comprehensive strategic partnership", "a partnership between A and B", "the two
     * countries' strategic partnership", "A's alliance with B", "diplomatic relations between China and Russia".
     */
    private void partnership(Sentence s, int i, Set<Relation> out) {
        String word = s.word(i).toLowerCase(Locale.ROOT);
        boolean diplomatic = false;
        for (int c : s.children(i, "amod")) {
            diplomatic |= s.word(c).equalsIgnoreCase("diplomatic");
        }
        if ((word.equals("relations") || word.equals("ties")) && !diplomatic) {
            return; // "close ties", "relations": too loose to be a partnership
        }
        List<String> sides = new ArrayList<>();
        // hyphenated pair before the noun: "Russia-China"
        int[] np = s.nounPhrase(i);
        List<String> inPhrase = new ArrayList<>();
        for (int k = np[0]; k < i; k++) {
            String name = partyAt(s, k);
            if (name != null && !inPhrase.contains(name)) {
                inPhrase.add(name);
            }
        }
        if (inPhrase.size() >= 2) {
            sides.addAll(inPhrase.subList(0, 2));
        }
        for (int c : s.children(i, "nmod")) {
            int cm = s.child(c, "case");
            String prep = cm > 0 ? s.word(cm).toLowerCase(Locale.ROOT) : "";
            if (prep.equals("between") || prep.equals("among")) {
                sides.addAll(parties(s, c));
            } else if (prep.equals("with")) {
                int poss = s.child(i, "nmod:poss");
                if (poss > 0) {
                    sides.addAll(parties(s, poss));
                }
                sides.addAll(parties(s, c));
            }
        }
        int poss = s.child(i, "nmod:poss");
        if (sides.size() < 2 && poss > 0) {
            List<String> p = parties(s, poss);
            if (p.size() >= 2) {
                sides.addAll(p);
            }
        }
        if (sides.size() < 2) {
            return;
        }
        Relation.Kind kind = diplomatic ? Relation.Kind.DIPLOMATIC_RELATIONS : Relation.Kind.PARTNERSHIP;
        add(out, sides.get(0), kind, label(s, i), sides.get(1), s);
    }

    /** "X partnered with Y", "X allied with Y". */
    private void partneredWith(Sentence s, int i, Set<Relation> out) {
        int subj = s.child(i, "nsubj");
        if (subj == 0) {
            return;
        }
        for (int c : s.children(i, "obl")) {
            int cm = s.child(c, "case");
            if (cm > 0 && s.word(cm).equalsIgnoreCase("with")) {
                for (String a : parties(s, subj)) {
                    for (String b : parties(s, c)) {
                        add(out, a, Relation.Kind.PARTNERSHIP, s.word(i), b, s);
                    }
                }
            }
        }
    }

    /** Roles that name their organization: "chairman of WeWork", "Salesforce founder", "Disney's chairman". */
    private void roles(List<Person> people, Set<Relation> out) {
        for (Person p : people) {
            if (p.author()) {
                continue;
            }
            for (Role r : p.roles()) {
                Sentence s = sentenceAt(r.start());
                if (s == null) {
                    continue;
                }
                int from = s.tokenAt(r.start());
                int to = s.tokenAt(Math.max(r.start(), r.end() - 1));
                if (from <= 0 || to <= 0 || to - from > 12) {
                    continue;
                }
                for (int k = from; k <= to; k++) {
                    Entities.Ref ref = entities.refAt(s.begin(k));
                    if (ref != null && ref.kind() == Speaker.Kind.ORGANIZATION) {
                        String label = r.stated().replace(s.text(k, k), "").replaceAll("(?i)\\b(of|at|for|the)\\s*$", "")
                                .replaceAll("^\\s*('s|\u2019s)\\s*", "").strip();
                        add(out, p.name(), Relation.Kind.ROLE, label.isEmpty() ? r.stated() : label, ref.name(), s);
                        break;
                    }
                }
            }
        }
    }

    private void add(Set<Relation> out, String subject, Relation.Kind kind, String label, String object, Sentence s) {
        if (subject.equals(object)) {
            return;
        }
        for (Relation r : out) {
            boolean symmetric = kind == Relation.Kind.PARTNERSHIP || kind == Relation.Kind.DIPLOMATIC_RELATIONS;
            if (r.kind() == kind && (r.subject().equals(subject) && r.object().equals(object)
                    || symmetric && r.subject().equals(object) && r.object().equals(subject))) {
                return; // one tie once, at its first statement
            }
        }
        out.add(new Relation(subject, kind, label, object, s.whole()));
    }

    /** The words naming a tie: the noun with its modifiers and an "of" phrase ("strategic partnership of coordination"). */
    private String label(Sentence s, int i) {
        int from = i;
        while (from > 1 && s.head(from - 1) == i && s.tag(from - 1).matches("JJ.?|NN|VBN|VBG")) {
            from--;
        }
        int to = i;
        if (i + 1 <= s.size() && s.word(i + 1).equals("of") && i + 2 <= s.size() && s.tag(i + 2).startsWith("NN")
                && partyAt(s, i + 2) == null) {
            to = i + 2;
        }
        return s.text(from, to);
    }

    /** Names in the "of" phrase after token {@code i}, with their conjuncts ("of the UN, SCO and BRICS"). */
    private List<String> namesAfterOf(Sentence s, int i) {
        List<String> out = new ArrayList<>();
        for (int c : s.children(i, "nmod")) {
            int cm = s.child(c, "case");
            if (cm > 0 && s.word(cm).equalsIgnoreCase("of")) {
                out.addAll(parties(s, c));
            }
        }
        return out;
    }

    /**
     * The named parties a noun phrase stands for: the name at {@code head} and those coordinated with it,
     * or the last two countries named together for "the two countries".
     */
    private List<String> parties(Sentence s, int head) {
        List<String> out = new ArrayList<>();
        String name = partyAt(s, head);
        if (name == null) {
            int[] np = s.nounPhrase(head);
            for (int k = np[1]; k >= np[0] && name == null; k--) {
                name = partyAt(s, k);
            }
        }
        if (name != null) {
            out.add(name);
        } else if (PAIR_WORDS.contains(s.word(head).toLowerCase(Locale.ROOT)) || s.word(head).equalsIgnoreCase("both")) {
            out.addAll(lastPair(s));
        }
        for (int c : s.children(head, "conj")) {
            if (c < s.size() && s.tag(c + 1).matches("VB[DPZ]?|MD")) {
                continue; // "of BRICS and China holds ...": the subject of the next clause
            }
            String n = partyAt(s, c);
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The canonical name of the organization or place at token {@code k}, or null. */
    private String partyAt(Sentence s, int k) {
        Entities.Ref ref = entities.refAt(s.begin(k));
        if (ref != null && ref.kind() == Speaker.Kind.ORGANIZATION) {
            return ref.name();
        }
        if (s.ner(k).equals("LOCATION")) {
            int a = k;
            int b = k;
            while (a > 1 && s.ner(a - 1).equals("LOCATION") && !s.word(a - 1).equals("-")) {
                a--;
            }
            while (b < s.size() && s.ner(b + 1).equals("LOCATION") && !s.word(b + 1).equals("-")) {
                b++;
            }
            return s.text(a, b);
        }
        return null;
    }

    /** The last two places named together ("between China and Russia", "China and Russia"), this sentence first. */
    private List<String> lastPair(Sentence here) {
        for (int back = 0; back <= 12 && here.index - back >= 0; back++) {
            Sentence s = entities.sentences().get(here.index - back);
            for (int k = s.size(); k >= 1; k--) {
                String a = partyAt(s, k);
                if (a == null || !s.ner(k).equals("LOCATION")) {
                    continue;
                }
                for (int c : s.children(k, "conj")) {
                    String b = partyAt(s, c);
                    if (b != null && !b.equals(a) && s.ner(c).equals("LOCATION")) {
                        return List.of(a, b);
                    }
                }
            }
        }
        return List.of();
    }

    private Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
