package org.broadsheet.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The day a quote was said, for the words of the day inside it ("We got lucky today", "it calmed him down for tonight"):
 * the spec counts them from the speaker's day ("an interview's 'today' = the interview day"), not the article's date. A
 * report of the morning after tells its story on the day before: when the latest day the narrative states before the
 * quote is the day before the article's date, the quote was said that day, unless its own sentence dates the saying to
 * the article's day ("'Today we vote,' she said Wednesday").
 */
final class SpeakersDay {

    /** The words of the speaker's day and how many days each lies from it. */
    private static final Map<String, Integer> DAY_WORDS = Map.of("today", 0, "tonight", 0, "this morning", 0,
            "this afternoon", 0, "this evening", 0, "yesterday", -1, "last night", -1, "tomorrow", 1);

    private SpeakersDay() {
    }

    /**
     * The dates with the quoted words of the day moved to the day the quote was said, where the story says it was the
     * day before the article's date; the others as they are.
     *
     * @param dates the body's dates, in order, resolved against {@code anchor}
     * @param quoted the body's quoted stretches ({@link QuoteFinder#quotedStretches})
     * @param sentences the body's sentences
     * @param anchor the article's date; nothing moves without one
     */
    static List<DateMention> settle(List<DateMention> dates, List<int[]> quoted, List<Sentence> sentences, LocalDate anchor) {
        if (anchor == null) {
            return dates;
        }
        String dayBefore = anchor.minusDays(1).toString();
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention m : dates) {
            Integer offset = DAY_WORDS.get(m.text().toLowerCase(Locale.ROOT).replaceFirst("['\u2019]s$", ""));
            if (offset == null || !QuoteFinder.inside(quoted, m.start())
                    || !m.value().equals(anchor.plusDays(offset).toString())
                    || !dayBefore.equals(latestToldDay(dates, quoted, m.start()))
                    || saidOnTheDay(dates, quoted, QuoteFinder.sentenceAt(sentences, m.start()), anchor)) {
                out.add(m);
                continue;
            }
            out.add(new DateMention(m.text(), m.start(), m.end(), anchor.minusDays(1).plusDays(offset).toString(),
                    m.approximate()));
        }
        return out;
    }

    /** The value of the narrative's latest date of a day (outside any quote) ending before {@code offset}, or null. */
    private static String latestToldDay(List<DateMention> dates, List<int[]> quoted, int offset) {
        String latest = null;
        for (DateMention d : dates) {
            if (d.end() <= offset && d.value().matches("\\d{4}-\\d{2}-\\d{2}") && !QuoteFinder.inside(quoted, d.start())) {
                latest = d.value();
            }
        }
        return latest;
    }

    /** Whether the narrative of {@code sentence} (outside its quotes) names the article's own day: the saying's date. */
    private static boolean saidOnTheDay(List<DateMention> dates, List<int[]> quoted, Sentence sentence, LocalDate anchor) {
        return sentence != null && dates.stream().anyMatch(d -> d.start() >= sentence.begin() && d.end() <= sentence.end()
                && !QuoteFinder.inside(quoted, d.start()) && d.value().equals(anchor.toString()));
    }
}
