package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Win-loss records, which the guideline leaves out of figures (unlike match scores): two numbers joined by a dash
 * where the sentence shows a record, not a game's result. A record stands in parentheses after a team's or fighter's
 * name ("the Rovers (7-2, 4-1)", "Okafor (12-3 pro, 2-1 league)"), after the word "record" or before it ("a record of
 * 30-52", "the 9-14 record on the road"), after "went" or "going" ("after going 8-3 in May"), or before a noun of a
 * run of games ("a 2-9 stretch", "a 4-0 start", "a 1-6 road trip").
 */
final class WinLossRecords {

    private static final String PAIR = "(?<![\\w.,/-])\\d{1,3}\\s?[-\u2013]\\s?\\d{1,3}(?:[-\u2013]\\d{1,3})?(?![\\w/-]|[.,]\\d)";
    /** What a record names after it: its league or its kind ("MMA", "overall"); a unit would make a range ("5-10 years"). */
    private static final String LEAGUE = "(?:\\s(?:[A-Z][A-Za-z]*|overall|conference|league|division|pro|home|road|away))?";
    /** A record, and a second one after a comma, in parentheses after a capitalised name. */
    private static final Pattern AFTER_NAME = Pattern.compile("(?<=[A-Z][\\w.'\u2019-]{0,30}\\s)\\((" + PAIR + ")" + LEAGUE
            + "(?:,\\s?(" + PAIR + ")" + LEAGUE + ")?\\)");
    /** What may follow a record in running text: a clause's end or a preposition, never a unit ("10-12 percent"). */
    private static final String ENDS = "(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|on|at|against|with|and|this|last|overall|record)\\b)";
    private static final Pattern NEAR_RECORD = Pattern.compile("(?i)\\brecords?\\b[^.;:!?\"\u201c\u201d()]{0,30}?(" + PAIR
            + ")" + ENDS + "|(" + PAIR + ")\\s+record\\b");
    private static final Pattern WENT = Pattern.compile("(?i)\\b(?:went|go|goes|going|gone)\\s+(" + PAIR + ")" + ENDS);
    private static final Pattern RUN_OF_GAMES = Pattern.compile("(?i)(" + PAIR
            + ")\\s+(?:road\\s+)?(?:stretch|start|trip|homestand|skid)\\b");

    private WinLossRecords() {
    }

    /** The character spans (in the document) of the sentence's win-loss records. */
    static List<int[]> spans(Sentence s) {
        String text = s.whole().text();
        List<int[]> out = new ArrayList<>();
        for (Pattern p : List.of(AFTER_NAME, NEAR_RECORD, WENT, RUN_OF_GAMES)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        out.add(new int[] {s.begin() + m.start(g), s.begin() + m.end(g)});
                    }
                }
            }
        }
        return out;
    }
}
