package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.article.SpamFamily;

/**
 * The words component: spam terms of the bundled word lists. Weak support only: a verdict never rests on words
 * alone (see {@link Clue#content()} and the guards), and terms in quotation marks do not count.
 */
final class WordsScore {

    /**
     * What the word lists say.
     *
     * @param clues the evidence
     * @param strong distinct strong terms
     * @param medium distinct medium terms
     * @param dense many terms packed into few letters (stuffed prose)
     * @param family the family most terms belong to, or null
     */
    record Result(List<Clue> clues, int strong, int medium, boolean dense, SpamFamily family) {
    }

    private WordsScore() {
    }

    /**
     * Whether the words could give a clue about what the text is: a strong term, or three medium ones (dense text
     * has either). Cheap: the shape is not needed.
     */
    static boolean mayTellWhatItIs(SpamSuspect s) {
        Set<String> strong = new HashSet<>();
        Set<String> medium = new HashSet<>();
        for (Lexicon.Hit h : s.hits()) {
            if (!h.quoted()) {
                switch (h.term().strength()) {
                    case STRONG -> strong.add(h.term().folded());
                    case MEDIUM -> medium.add(h.term().folded());
                    case WEAK -> { }
                }
            }
        }
        return !strong.isEmpty() || medium.size() >= 3;
    }

    static Result score(SpamSuspect s, KeywordFarm.Shape shape) {
        Map<Lexicon.Strength, Set<String>> distinct = new EnumMap<>(Lexicon.Strength.class);
        Map<SpamFamily, Double> votes = new EnumMap<>(SpamFamily.class);
        int termHits = 0;
        for (Lexicon.Hit h : s.hits()) {
            if (h.quoted()) {
                continue;
            }
            distinct.computeIfAbsent(h.term().strength(), k -> new HashSet<>()).add(h.term().folded());
            votes.merge(h.term().family(), switch (h.term().strength()) {
                case STRONG -> 3.0;
                case MEDIUM -> 2.0;
                case WEAK -> 0.5;
            }, Double::sum);
            termHits += h.term().strength() == Lexicon.Strength.WEAK ? 0 : 1;
        }
        int strong = distinct.getOrDefault(Lexicon.Strength.STRONG, Set.of()).size();
        int medium = distinct.getOrDefault(Lexicon.Strength.MEDIUM, Set.of()).size();
        int weak = distinct.getOrDefault(Lexicon.Strength.WEAK, Set.of()).size();
        List<Clue> clues = new ArrayList<>();
        if (strong >= 3) {
            clues.add(new Clue("words.strong", 3, true, strong + " distinct strong spam terms"));
        } else if (strong == 2) {
            clues.add(new Clue("words.strong", 2, true, "2 distinct strong spam terms"));
        } else if (strong == 1) {
            clues.add(new Clue("words.strong", 1, true, "1 strong spam term"));
        }
        if (medium >= 3) {
            clues.add(new Clue("words.medium", 3, true, medium + " distinct medium spam terms"));
        } else if (medium > 0) {
            clues.add(new Clue("words.medium", medium, false, medium + " medium spam terms"));
        }
        if (weak >= 4 && shape.isList()) {
            clues.add(Clue.sign("words.weakInList", false, weak + " weak spam terms in a list"));
        }
        boolean dense = termHits >= 4 && strong + medium >= 4 && termHits * 100.0 / Math.max(1, shape.letters()) >= 1.5;
        if (dense) {
            clues.add(Clue.sign("words.dense", true, termHits + " spam terms in " + shape.letters() + " letters"));
        }
        SpamFamily family = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        return new Result(clues, strong, medium, dense, family);
    }
}
