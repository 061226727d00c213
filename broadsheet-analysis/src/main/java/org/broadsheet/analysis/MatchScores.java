package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Match results written as two numbers, each side a count (the guideline: "match and tie scores are labelled, each
 * side a count"): "beat Hungary 2-0", "they lost 24-17", "a 3-1 victory", and a tally written as one word ("20-of-24
 * passing"). The tagger leaves such a score out when a team's name stands before it (read as a name's number, like
 * "Fortune 500") or reads it as a date ("24-17"); a result word ties it to a game. Win-loss records and tennis set
 * scores, which the guideline leaves out, have no result word or stand in a run of set scores.
 */
final class MatchScores {

    private static final String SIDE = "(\\d{1,3})";
    /** A score: two numbers of up to three digits joined by a dash, neither part of a longer number or a word. */
    private static final String SCORE = "(?<![\\w.,/-])" + SIDE + "\\s?[-\u2013]\\s?" + SIDE + "(?![\\w/-]|[.,]\\d)";
    /** A verb of a game's result, then the opponent's name (a few words, no clause break), then the score. */
    private static final Pattern AFTER_RESULT = Pattern.compile("(?i)\\b(?:beat|beats|beating|defeated|defeats|defeating"
            + "|downed|edged|routed|thrashed|crushed|blanked|lost|loses|losing|won|wins|winning|drew|draws|drawing|tied"
            + "|led|leads|leading|trailed|trails|trailing|clinched|cruised|rallied)\\b[^,;:!?\"\u201c\u201d()]{0,40}?"
            + SCORE);
    /** A score before the noun of a result: "a 3-1 victory", "Germany's 4-0 rout", "a 38-10 bulge". */
    private static final Pattern BEFORE_RESULT = Pattern.compile("(?i)" + SCORE + "\\s+(?:(?:home|away|road|overtime"
            + "|extra-time|opening|final|group)\\s+)?(?:win|wins|victory|victories|loss|losses|defeat|draw|tie|lead|rout"
            + "|triumph|bulge|advantage|deficit|thrashing|drubbing|comeback)\\b");
    /** "20-of-24 passing", "3-of-5 shooting": made and tried, each a count. */
    private static final Pattern TALLY = Pattern.compile("(?<![\\w.,-])" + SIDE + "-of-" + SIDE + "(?![\\w-])");
    /** A set score in a run of them ("6-4, 7-6 (5)"): tennis, which the guideline leaves out. */
    private static final Pattern SET_RUN = Pattern.compile("\\d\\s?-\\s?\\d(?:\\s?\\(\\d+\\))?\\s?,\\s?\\d\\s?-\\s?\\d");

    private MatchScores() {
    }

    /** The two sides of every match score and made-of-tried tally in the sentence that no figure in {@code taken} covers. */
    static List<Figure> find(Sentence s, List<Figure> taken) {
        String text = s.whole().text();
        List<int[]> sides = new ArrayList<>();
        for (Pattern p : List.of(AFTER_RESULT, BEFORE_RESULT, TALLY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (p != TALLY && inSetRun(text, m.start(1), m.end(2))) {
                    continue;
                }
                sides.add(new int[] {m.start(1), m.end(1), m.start(2), m.end(2)});
            }
        }
        List<Figure> out = new ArrayList<>();
        for (int[] score : sides) {
            int start = s.begin() + score[0];
            int end = s.begin() + score[3];
            if (overlaps(taken, start, end) || overlaps(out, start, end)) {
                continue;
            }
            for (int side = 0; side < 4; side += 2) {
                String number = text.substring(score[side], score[side + 1]);
                out.add(new Figure(Figure.Kind.COUNT, number, s.begin() + score[side], s.begin() + score[side + 1],
                        Integer.parseInt(number), null, null, null, null));
            }
        }
        return out;
    }

    /** Whether the score from {@code from} to {@code to} is one of a run of set scores. */
    private static boolean inSetRun(String text, int from, int to) {
        Matcher run = SET_RUN.matcher(text);
        while (run.find()) {
            if (from < run.end() + 12 && to > run.start() - 12) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Figure> figures, int start, int end) {
        return figures.stream().anyMatch(f -> start < f.end() && end > f.start());
    }
}
