package org.broadsheet.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Election margins in "points" are percentage points (the guideline): "a state Trump won by 30 points", "a margin of 20
 * points", "lost by five-and-a-half points". Only in a story about a vote and not about a game, where a team wins by
 * points it scored (a story naming a vote more often than a game is about a vote), and only where the points are a margin ("by", "margin of", "lead of"), not an index's move.
 */
final class ElectionMargins {

    /** Words of a story about a vote. */
    private static final Set<String> VOTE = Set.of("election", "elections", "poll", "polls", "voters", "ballot", "ballots",
            "electoral", "referendum", "caucuses", "electorate");
    /** Words of a story about a game, where points are scored. */
    private static final Set<String> GAME = Set.of("game", "games", "season", "quarter", "halftime", "rebounds", "assists",
            "touchdown", "touchdowns", "match", "matches", "tournament", "playoffs", "playoff", "coach", "scored", "scoring");
    /** The words before a margin's number. */
    private static final Pattern MARGIN_BEFORE = Pattern.compile("(?i).*\\b(?:by|margin of|lead of|edge of|advantage of)\\s+"
            + "(?:(?:about|around|nearly|almost|more than|over|some|roughly|just|only)\\s+)?$");

    private ElectionMargins() {
    }

    /** The figures with every margin in points of a story about a vote read as percentage points. */
    static List<Figure> read(List<Sentence> sentences, List<Figure> figures) {
        if (!aboutAVote(sentences)) {
            return figures;
        }
        return figures.stream().map(f -> margin(sentences, f) ? new Figure(Figure.Kind.PERCENT, f.text(), f.start(), f.end(),
                f.value(), "percentage_points", f.qualifier(), f.measures(), f.period()) : f).toList();
    }

    private static boolean margin(List<Sentence> sentences, Figure f) {
        if (f.kind() != Figure.Kind.COUNT || !"points".equalsIgnoreCase(f.unit())) {
            return false;
        }
        for (Sentence s : sentences) {
            if (s.begin() <= f.start() && f.start() < s.end()) {
                String before = s.whole().text().substring(0, f.start() - s.begin());
                return MARGIN_BEFORE.matcher(before).matches();
            }
        }
        return false;
    }

    private static boolean aboutAVote(List<Sentence> sentences) {
        int vote = 0;
        int game = 0;
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                String w = s.word(i).toLowerCase(Locale.ROOT);
                vote += VOTE.contains(w) ? 1 : 0;
                game += GAME.contains(w) ? 1 : 0;
            }
        }
        return vote > game; // "election season" is still a vote; a game story names its games more than a poll
    }
}
