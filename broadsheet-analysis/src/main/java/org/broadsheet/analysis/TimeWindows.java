package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A stretch of time counted from the article's present, "over the past two years", "for the last 40 years", "in the
 * next 30 years": a duration with a stated number (the spec's section 8), not a date (its section 9 labels "last
 * year" but no counted stretch). The tagger often splits such a phrase, the determiner a duration and the rest a date,
 * so the numbers' own reading never sees it; this reads it from the words: a determiner or possessive, a word of
 * direction ("past", "last", "next", "first" ...), a number and a unit of time.
 */
final class TimeWindows {

    private static final Set<String> OPENERS = Set.of("the", "its", "their", "his", "her", "our", "my", "your");
    private static final Set<String> DIRECTIONS = Set.of("past", "last", "previous", "preceding", "next", "coming",
            "following", "first", "final");
    /** Each unit of time (its lemma) and the spec's base unit it is counted in (a decade in years). */
    private static final Map<String, String> UNITS = Map.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes", "decade", "years", "century", "years");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private TimeWindows() {
    }

    /**
     * The counted stretches of time in sentence {@code s} that the tagger read as a date, each with its number and
     * unit; none where a figure in {@code taken} or a date in {@code dates} already covers the words.
     */
    static List<Figure> find(Sentence s, List<Figure> taken, List<DateMention> dates) {
        List<Figure> out = new ArrayList<>();
        for (int i = 2; i + 2 <= s.size(); i++) {
            int number = i + 1;
            int noun = i + 2;
            String unit = UNITS.get(s.lemma(noun));
            if (!OPENERS.contains(s.word(i - 1).toLowerCase(Locale.ROOT))
                    || !DIRECTIONS.contains(s.word(i).toLowerCase(Locale.ROOT)) || unit == null
                    || !s.tag(number).equals("CD") || !s.ner(number).equals("DATE")) {
                continue; // a number the tagger kept as a number or a duration is read the usual way
            }
            double value = value(s.word(number));
            int start = s.begin(number);
            int end = s.end(noun);
            if (Double.isNaN(value) || overlaps(taken, start, end) || dates.stream().anyMatch(d -> start < d.end() && end > d.start())) {
                continue;
            }
            double scale = switch (s.lemma(noun)) {
                case "decade" -> 10;
                case "century" -> 100;
                default -> 1;
            };
            out.add(new Figure(Figure.Kind.DURATION, s.text(number, noun), start, end, value * scale, unit, null, null,
                    FigureFinder.period(s, dates)));
        }
        return out;
    }

    /** The number a single token states ("15", "1,000", "two", "twenty-five"), or NaN. */
    private static double value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?")) {
            return Double.parseDouble(w.replace(",", ""));
        }
        String[] parts = w.split("-");
        if (parts.length == 2 && TENS.indexOf(parts[0]) > 1 && WORDS.indexOf(parts[1]) > 0 && WORDS.indexOf(parts[1]) < 10) {
            return TENS.indexOf(parts[0]) * 10 + WORDS.indexOf(parts[1]);
        }
        int small = WORDS.indexOf(w);
        int tens = TENS.indexOf(w);
        return small >= 0 ? small : tens > 1 ? tens * 10 : Double.NaN;
    }

    private static boolean overlaps(List<Figure> figures, int start, int end) {
        return figures.stream().anyMatch(f -> start < f.end() && end > f.start());
    }
}
