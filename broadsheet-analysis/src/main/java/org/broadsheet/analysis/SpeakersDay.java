package org.broadsheet.analysis;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The day a quote was said, for the words of the day inside it ("We got lucky today", "it calmed him down for tonight"):
 * the spec counts them from the speaker's day ("an interview's 'today' = the interview day"), not the article's date.
 * The saying's own words date it first: a day of the week before the article's date that the quote's sentence, or the
 * sentence of its paragraph just before, gives the verb of saying ("'There's blood on many hands tonight,' he said at a
 * press conference on Saturday night"). Else a report of the morning after tells its story on the day before: when the
 * latest day the narrative states before the quote is the day before the article's date, the quote was said that day,
 * unless its own sentence dates the saying to the article's day ("'Today we vote,' she said Wednesday"). The weeks
 * ("last week") count from the speaker's day too.
 */
final class SpeakersDay {

    /** The words of the speaker's day and how many days each lies from it. */
    private static final Map<String, Integer> DAY_WORDS = Map.of("today", 0, "tonight", 0, "this morning", 0,
            "this afternoon", 0, "this evening", 0, "yesterday", -1, "last night", -1, "tomorrow", 1);
    /** The words of the speaker's week and how many weeks each lies from it. */
    private static final Map<String, Integer> WEEK_WORDS = Map.of("last week", -1, "this week", 0, "next week", 1);
    /** Verbs of saying, whose date is the day a quote was said. */
    private static final String SAYING = "say|tell|add|announce|write|tweet|post|state|declare|explain|insist|testify"
            + "|speak|comment|remark|reply|respond|answer|shout|chant|proclaim|concede|acknowledge|warn";

    private SpeakersDay() {
    }

    /**
     * The dates with the quoted words of the day moved to the day the quote was said, where the story dates the saying
     * before the article's date; the others as they are.
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
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention m : dates) {
            String words = m.text().toLowerCase(Locale.ROOT).replaceFirst("['\u2019]s$", "");
            Integer days = DAY_WORDS.get(words);
            Integer weeks = WEEK_WORDS.get(words);
            boolean relative = days != null && m.value().equals(anchor.plusDays(days).toString())
                    || weeks != null && m.value().equals(isoWeek(anchor.plusWeeks(weeks)));
            LocalDate said = relative && QuoteFinder.inside(quoted, m.start()) ? saidOn(m, dates, quoted, sentences, anchor) : null;
            if (said == null || said.equals(anchor)) {
                out.add(m);
                continue;
            }
            String value = days != null ? said.plusDays(days).toString() : isoWeek(said.plusWeeks(weeks));
            out.add(new DateMention(m.text(), m.start(), m.end(), value, m.approximate()));
        }
        return out;
    }

    /** The day the quote holding {@code m} was said, as the narrative tells it, or null when it does not. */
    private static LocalDate saidOn(DateMention m, List<DateMention> dates, List<int[]> quoted, List<Sentence> sentences,
            LocalDate anchor) {
        Sentence sentence = QuoteFinder.sentenceAt(sentences, m.start());
        LocalDate cue = sayingDay(dates, quoted, sentence, anchor);
        if (cue == null && sentence != null && !sentence.opensLine() && sentence.index > 0) {
            cue = sayingDay(dates, quoted, sentences.get(sentence.index - 1), anchor); // the cue before: "... he said on Saturday. "More words tonight""
        }
        if (cue != null) {
            return cue;
        }
        if (saidOnTheDay(dates, quoted, sentence, anchor)) {
            return anchor;
        }
        LocalDate latest = latestToldDay(dates, quoted, m.start(), anchor);
        return anchor.minusDays(1).equals(latest) ? latest : null;
    }

    /**
     * The latest day of the narrative (outside any quote) ending before {@code offset}, counted by date, not by place
     * ("on Tuesday ... the July 25 call" is still a story of Tuesday); none after the article's date; or null.
     */
    private static LocalDate latestToldDay(List<DateMention> dates, List<int[]> quoted, int offset, LocalDate anchor) {
        LocalDate latest = null;
        for (DateMention d : dates) {
            if (d.end() <= offset && d.value().matches("\\d{4}-\\d{2}-\\d{2}") && !QuoteFinder.inside(quoted, d.start())) {
                LocalDate day = LocalDate.parse(d.value());
                if (!day.isAfter(anchor) && (latest == null || day.isAfter(latest))) {
                    latest = day;
                }
            }
        }
        return latest;
    }

    /**
     * The day the narrative of {@code sentence} (outside its quotes) gives a verb of saying, within the week before the
     * article's date ("said at a press conference on Saturday night"), or null.
     */
    private static LocalDate sayingDay(List<DateMention> dates, List<int[]> quoted, Sentence sentence, LocalDate anchor) {
        if (sentence == null) {
            return null;
        }
        for (DateMention d : dates) {
            if (d.start() < sentence.begin() || d.end() > sentence.end() || QuoteFinder.inside(quoted, d.start())
                    || !d.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue;
            }
            LocalDate day = LocalDate.parse(d.value());
            if (day.isAfter(anchor) || day.isBefore(anchor.minusDays(7))) {
                continue;
            }
            int verb = sentence.tokenAt(d.start());
            for (int steps = 0; verb > 0 && steps < 3 && !sentence.tag(verb).startsWith("VB"); steps++) {
                verb = sentence.head(verb);
            }
            if (verb > 0 && sentence.tag(verb).startsWith("VB") && sentence.lemma(verb).matches(SAYING)) {
                return day;
            }
        }
        return null;
    }

    /** Whether the narrative of {@code sentence} (outside its quotes) names the article's own day: the saying's date. */
    private static boolean saidOnTheDay(List<DateMention> dates, List<int[]> quoted, Sentence sentence, LocalDate anchor) {
        return sentence != null && dates.stream().anyMatch(d -> d.start() >= sentence.begin() && d.end() <= sentence.end()
                && !QuoteFinder.inside(quoted, d.start()) && d.value().equals(anchor.toString()));
    }

    private static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
