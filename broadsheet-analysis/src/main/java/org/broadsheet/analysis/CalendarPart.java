package org.broadsheet.analysis;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/**
 * The calendar words of a date the tagger joined to a stretch of time next to it: "a year since 2000" (which it reads
 * as 2001), "7-8 million units per month from July" (August), "in its third year in January" (a year on), "on
 * Wednesday, following weeks of violence" (a week on). The spec's date is the calendar words alone, valued as written;
 * the stretch of time is no part of it. A count of time from a day ("two weeks from Friday") is an event-anchored date
 * of its own and stays whole.
 */
final class CalendarPart {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String WEEKDAYS = "(?i)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final String UNITS = "(?i)years?|months?|weeks?|days?|decades?";

    private CalendarPart() {
    }

    /**
     * The calendar words, tokens {@code [first, last]}, of the tagged stretch {@code from} to {@code to} of {@code s}
     * when it also holds a unit of time set apart from them by a preposition or a comma; else null.
     */
    static int[] of(Sentence s, int from, int to) {
        int unit = 0;
        int name = 0;
        for (int k = from; k <= to; k++) {
            if (s.word(k).matches(UNITS) && s.tag(k).startsWith("NN")) {
                unit = k;
            } else if (name == 0 && calendar(s, k)) {
                name = k;
            }
        }
        if (unit == 0 || name == 0) {
            return null;
        }
        int first = name;
        while (first > from && calendarOrDay(s, first - 1)) {
            first--;
        }
        int last = name;
        while (last < to && calendarOrDay(s, last + 1)) {
            last++;
        }
        boolean apart = false;
        for (int k = Math.min(unit, first) + 1; k < Math.max(unit, last); k++) {
            apart |= s.tag(k).matches("IN|TO|,");
        }
        boolean counted = unit > 1 && unit < first && s.tag(unit - 1).equals("CD")
                && s.word(unit + 1).matches("(?i)from|after|before");
        if (unit == last + 3 && s.word(last + 1).equalsIgnoreCase("of")
                && s.word(last + 2).matches("(?i)last|this|next")) {
            return null; // "July of last year", "April of this year": the year the month is in, no stretch of time
        }
        return apart && !counted && (unit < first || unit > last) ? new int[] {first, last} : null;
    }

    /**
     * The value of calendar words {@code [first, last]} as the tagger gives a date written alone: a year as
     * written, a month or a day in the article's year (placed by the tense later), a weekday the article's date (its
     * own rule resolves it); null for other words.
     */
    static String value(Sentence s, int first, int last, LocalDate anchor) {
        String text = s.text(first, last);
        if (text.matches("(?:1[89]|20)\\d{2}")) {
            return text;
        }
        if (anchor == null) {
            return null;
        }
        if (text.matches("(?s).*\\b" + WEEKDAYS + "\\b.*")) {
            return anchor.toString();
        }
        for (int k = first; k <= last; k++) {
            if (s.word(k).matches(MONTHS)) {
                Month month = monthOf(s.word(k));
                String year = last > k && s.word(last).matches("(?:1[89]|20)\\d{2}") ? s.word(last)
                        : Integer.toString(anchor.getYear());
                String day = k < last && s.word(k + 1).matches("\\d{1,2}") ? s.word(k + 1) : null;
                return day == null ? String.format(Locale.ROOT, "%s-%02d", year, month.getValue())
                        : String.format(Locale.ROOT, "%s-%02d-%02d", year, month.getValue(), Integer.parseInt(day));
            }
        }
        return null;
    }

    private static Month monthOf(String word) {
        String w = word.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(w.length() >= 3 ? w.substring(0, 3) : w)) {
                return m;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static boolean calendar(Sentence s, int k) {
        return s.word(k).matches(MONTHS) && s.tag(k).startsWith("NNP") || s.word(k).matches(WEEKDAYS)
                || s.word(k).matches("(?:1[89]|20)\\d{2}") && s.tag(k).equals("CD");
    }

    /** A calendar word or a word that goes with one: a day's number, "mid", "early", a part of the day. */
    private static boolean calendarOrDay(Sentence s, int k) {
        return calendar(s, k) || s.word(k).matches("\\d{1,2}|(?i)mid|early|late|morning|afternoon|evening|night");
    }
}
