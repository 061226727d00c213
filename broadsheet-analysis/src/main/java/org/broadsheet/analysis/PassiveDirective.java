package org.broadsheet.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Reads an instruction reported in the passive: "The skippers were told to stop using the old nets.", "Hale was invited
 * to compete for a place on the team.", "He was released on bail but ordered to wear a tag." What was asked of them is
 * the infinitive (the spec's R1: infinitives, as "urged her to resign"); its source is the agent ("by the coastguard"),
 * else nobody named (the guideline: a passive with no agent has speaker null). Only an instruction given: a standing
 * offer ("Diners are invited to take a tray") and a planned one ("will be asked to") are none.
 */
final class PassiveDirective {

    private static final Set<String> VERBS = Set.of("tell", "instruct", "order", "urge", "advise", "invite", "direct",
            "ask", "encourage", "remind");

    /**
     * The instruction found at a verb.
     *
     * @param from the first token of the infinitive ("to")
     * @param to its last token
     * @param agent the "by" phrase naming who gave it, or 0
     */
    record Shape(int from, int to, int agent) {
    }

    private PassiveDirective() {
    }

    /** The instruction reported at passive participle {@code i} of sentence {@code s}, or null. */
    static Shape at(Sentence s, int i) {
        if (!s.tag(i).equals("VBN") || !VERBS.contains(s.lemma(i))) {
            return null;
        }
        int verb = i;
        if (s.child(i, "aux:pass") == 0 && s.relation(i).equals("conj") && s.tag(s.head(i)).equals("VBN")) {
            verb = s.head(i); // "was released on bail but ordered to ...": the auxiliary is the first participle's
        }
        int aux = s.child(verb, "aux:pass");
        if (aux == 0 || !s.word(aux).toLowerCase(Locale.ROOT).matches("was|were|been")
                || s.children(verb, "aux").stream().anyMatch(a -> s.tag(a).equals("MD"))) {
            return null;
        }
        for (int c : s.children(i, "xcomp")) {
            int[] sub = s.subtree(c);
            if (c > i && sub[0] > i && sub[0] <= i + 1 && s.word(sub[0]).equalsIgnoreCase("to")) {
                int last = sub[1];
                while (last > c && s.tag(last).matches("[.,:]|``|''")) {
                    last--;
                }
                return last - sub[0] < 3 ? null : new Shape(sub[0], last, agent(s, i));
            }
        }
        return null;
    }

    private static int agent(Sentence s, int verb) {
        for (int k : s.children(verb, "obl")) {
            if (k > verb && s.child(k, "case") > 0 && s.word(s.child(k, "case")).equalsIgnoreCase("by")) {
                return k;
            }
        }
        return 0;
    }
}
