package org.broadsheet.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;

/**
 * Date expressions: the values CoreNLP's time tagger gives against the article's date ("Wednesday",
 * "last year"), corrected where the tagger does not follow the attribution spec's conventions, and by rule
 * what it leaves out ("three-quarters of a century ago" is about 1949, "month's end").
 *
 * <p>The spec's values: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code YYYY-Www}, {@code YYYY-Qn}
 * and {@code YYYY-spring|summer|autumn|winter}. A weekday or a month given without a year is the last one
 * before the article's date when its clause is told in the past, the next one when it is told in the future
 * ("will vote on Saturday"); a time of day is dropped from a date ("6:38 p.m. on Saturday, May 18").
 * Vague references ("the past", "current") are left out.
 */
final class DateFinder {

    private static final Pattern ISO = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-(Q\\d|W\\d{2}|spring|summer|autumn|winter)");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|half a|three[- ]quarters of a"
                    + "|a quarter of a|\\d+(?:\\.\\d+)?)\\s+(centur(?:y|ies)|decades?|years?)(\\s+and\\s+a\\s+half)?\\s+ago\\b");
    private static final Map<String, Double> NUMBERS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("a few", 3.0), Map.entry("several", 3.0),
            Map.entry("half a", 0.5), Map.entry("a quarter of a", 0.25));
    private static final Map<String, String> SEASONS = Map.of("SP", "spring", "SU", "summer", "FA", "autumn",
            "WI", "winter");
    /** Parts of the day kept with their day ("Tuesday night"); other times of day are not dates. */
    private static final Pattern PART_OF_DAY = Pattern.compile(
            "(?i)tonight|night|morning|afternoon|evening|overnight|midday|noon|midnight");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b.*");
    /** Words that already place a day or month in time; the tagger's value is kept then. */
    private static final Pattern ANCHORED = Pattern.compile(
            "(?i).*\\b(last|next|this|coming|past|previous|following|ago|earlier|later|yesterday|today|tomorrow)\\b.*");
    private static final Pattern MONTH_END = Pattern.compile(
            "(?i)\\b(?:(?:the )?(month|year)['\u2019]s end|(?:the )?end of (?:the|this) (month|year))\\b");
    /** "The end of October", "the end of 2021", "the end of next year": the period's last day (the spec's "month's end"). */
    private static final Pattern PERIOD_END = Pattern.compile("(?i)\\bend of\\b|['\u2019]s end\\b|\\byear-end\\b");
    /** "The start of the year", "the beginning of the quarter": the period's first day. */
    private static final Pattern PERIOD_START = Pattern.compile("(?i)\\b(?:start|beginning) of\\b");
    /**
     * A day, month or year told from another date of the sentence: "the following morning", "the next day",
     * "the previous year", "the year before" ("next year" without the article is told from the article's date);
     * group 1 or 2 is the unit, group 3 the direction when it follows.
     */
    private static final Pattern RELATIVE = Pattern.compile("(?i)the (?:(?:next|following|previous|prior) "
            + "(day|morning|afternoon|evening|night|week|month|year)|(day|week|month|year) (before|after|earlier|later))");
    /** "earlier in the week", "later in the month": the week or month of the date before it, not the article's. */
    private static final Pattern WITHIN = Pattern.compile("(?i)(?:earlier|later) in the (week|month|year)");
    /** "ten days later", "a year earlier": told from the date before it, as the spec's event-anchored dates are. */
    private static final Pattern LATER = Pattern.compile("(?i)(an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|a couple of|a few|several|\\d{1,3}) (day|week|month|year)s? (later|earlier)");
    /** "about this last year": a pronoun before "last year", which the tagger takes into the date. */
    private static final Pattern THIS_LAST = Pattern.compile("(?i)this\\s+((last|next)\\s+(week|month|year))");
    /** "Summertime", "wintertime": a season the tagger leaves out. */
    private static final Pattern SEASON_WORD = Pattern.compile("(?i)\\b(summer|winter|spring)time\\b");
    private static final List<String> COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    private DateFinder() {
    }

    /**
     * How a clause is told, as far as its verb and the words near a date say; {@code PLANNED} is the infinitive of a
     * past plan ("had planned to impose Dec. 15"), which may fall soon after the article's date; {@code EVENT} a month
     * or day that names when a noun's event is in a clause told in the past ("invited the press to a launch event on
     * July 24"), which may be announced for the weeks to come.
     */
    private enum Tense { PAST, FUTURE, UNKNOWN, WOULD, PLANNED, EVENT }

    /** Date mentions in {@code sentences}, in order; {@code anchor} may be {@code null}. */
    static List<DateMention> find(String text, List<Sentence> sentences, LocalDate anchor) {
        List<DateMention> out = new ArrayList<>();
        // the year a heading without a verb states ("Tour 2020 dates:"), for the verbless lines of its list that follow
        Integer listYear = null;
        int previousBegin = 0;
        int earlierBegin = 0;
        // dates with a stated year in clauses told in the past: the years a story may go on in
        List<DateMention> pastYears = new ArrayList<>();
        for (Sentence s : sentences) {
            boolean verbless = verbless(s);
            if (!verbless) {
                listYear = null;
            } else if (statedYear(s) != null) {
                listYear = statedYear(s);
            }
            for (int i = 1; i <= s.size(); i++) {
                if (!isTime(s, i)) {
                    continue;
                }
                String value = s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                int j = i;
                while (j < s.size() && isTime(s, j + 1) && Objects.equals(value,
                        s.token(j + 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                    j++;
                }
                int from = i;
                int to = j;
                i = j;
                if (s.word(from).equalsIgnoreCase("last") && s.tag(from).startsWith("VB")) {
                    continue; // "expected to last at least a week": the verb and a duration, not "last week"
                }
                while (from <= to && trimmed(s, from)) {
                    from++;
                }
                while (to >= from && trimmed(s, to)) {
                    to--;
                }
                if (from > to || !hasDateWord(s, from, to)) {
                    continue; // a time of day only
                }
                if (from == to && s.word(from).matches("may|march") && (s.tag(from).equals("MD") || s.tag(from).startsWith("VB")
                        || s.tag(from).matches("NNS?"))) {
                    continue; // "Mr. Trump may end up giving", "the silent march": the verb or the noun, not the month
                }
                if (from > 2 && s.word(from - 1).matches("(?i)next|following|previous|prior")
                        && s.word(from - 2).equalsIgnoreCase("the")) {
                    from -= 2; // "the following morning": the tagger took the part of the day alone
                }
                if (from > 2 && s.word(from - 1).equalsIgnoreCase("in") && s.word(from - 2).matches("(?i)earlier|later")
                        && s.text(from, to).matches("(?i)the (week|month|year)")) {
                    from -= 2; // "earlier in the week": the tagger took "the week" alone
                }
                if (to < s.size() && s.word(to + 1).matches("(?i)before|after|earlier|later|ahead")
                        && s.text(from, to).matches("(?i)(the )?(day|week|month|year)")) {
                    to++; // "the year before", "the year ahead"
                }
                if (s.text(from, to).replaceFirst("^(?i)the\\s+", "").matches("(1[89]|20)\\d{2}[-\u2013](\\d{2}|(1[89]|20)\\d{2})")) {
                    continue; // "1994-95", "the 2019-20 season": a one-token span of years is no date (the spec's section 9)
                }
                if (from > 1 && s.word(from - 1).matches("(?i)fiscal|FY") && value != null && value.matches("\\d{4}")) {
                    from--; // "fiscal 2019": the fiscal year, told apart from the calendar one
                }
                if (to < s.size() && s.word(to + 1).matches("(1[89]|20)\\d{2}") && s.tag(to + 1).equals("CD")
                        && (s.word(to).matches("Q[1-4]") || s.word(to).matches("(?i)(early|mid|late)-(" + MONTHS + ")"))
                        && !EXPLICIT_YEAR.matcher(s.text(from, to)).find()) {
                    // "Q2 2025", "mid-December 2011": the tagger gives the quarter or month and its year apart
                    to++;
                    i = Math.max(i, to);
                    if (s.word(to - 1).matches("Q[1-4]")) {
                        value = s.word(to) + "-" + s.word(to - 1);
                    }
                }
                int[] calendar = CalendarPart.of(s, from, to);
                String alone = calendar == null ? null : CalendarPart.value(s, calendar[0], calendar[1], anchor);
                if (alone != null) {
                    // "a year since 2000", "per month from July": the date is the calendar words, not the stretch joined to them
                    from = calendar[0];
                    to = calendar[1];
                    value = alone;
                }
                Matcher joined = value == null ? null : Pattern.compile(".* INTERSECT (X{4}|\\d{4})(-\\d{2}-\\d{2})").matcher(value);
                if (anchor != null && joined != null && joined.matches()) {
                    // "November 5, the day the proposals were due": the tagger joins the date to the description after
                    // the comma; the date is the words before it
                    for (int k = from + 1; k < to; k++) {
                        if (s.word(k).equals(",")) {
                            to = k - 1;
                            break;
                        }
                    }
                    value = (joined.group(1).startsWith("X") ? Integer.toString(anchor.getYear()) : joined.group(1))
                            + joined.group(2);
                }
                if (anchor != null && value != null && value.matches("\\d{8}/\\d{8}")) {
                    // "postponed from Tuesday to Friday": the tagger's one range of days; each weekday is a date
                    boolean found = false;
                    for (int k = from; k <= to; k++) {
                        if (WEEKDAY.matcher(s.word(k)).matches()) {
                            Span d = s.span(k, k);
                            out.add(new DateMention(d.text(), d.start(), d.end(), weekday(d.text(), anchor, tense(s, k)), false));
                            found = true;
                        }
                    }
                    if (found) {
                        continue;
                    }
                }
                if (value == null || !ISO.matcher(value).matches() && !value.matches("X{4}-Q\\d|\\d{4}-Q\\d")) {
                    // "between 2010 and 2015", "from 2009 to 2018": each year of a range is a date of its own
                    List<Integer> years = new ArrayList<>();
                    for (int k = from; k <= to; k++) {
                        if (s.word(k).matches("(1[89]|20)\\d{2}") && s.tag(k).equals("CD")) {
                            years.add(k);
                        }
                    }
                    if (years.size() >= 2) {
                        for (int k : years) {
                            Span y = s.span(k, k);
                            out.add(new DateMention(y.text(), y.start(), y.end(), y.text(), false));
                        }
                        continue;
                    }
                }
                if (to < s.size() && s.word(to + 1).equalsIgnoreCase("quarter") && value != null
                        && value.matches("\\d{4}-\\d{2}")) {
                    // "the September quarter": the calendar quarter that month ends
                    to++;
                    value = value.substring(0, 4) + "-Q" + ((Integer.parseInt(value.substring(5)) + 2) / 3);
                }
                Span span = s.span(from, to);
                Matcher ago = AGO.matcher(span.text());
                if (ago.find()) {
                    DateMention m = ago(span, ago, anchor);
                    if (m != null) {
                        out.add(m);
                    }
                    continue;
                }
                DateMention m = mention(s, from, span, value, anchor, verbless ? listYear : null);
                if (m != null && (RELATIVE.matcher(m.text()).matches() || LATER.matcher(m.text()).matches()
                        || WITHIN.matcher(m.text()).matches())) {
                    m = fromEarlierDate(m, out, previousBegin);
                } else if (m != null && anchor != null && listYear == null) {
                    m = inStoryYear(s, from, m, out, pastYears, earlierBegin, anchor);
                }
                if (m != null) {
                    out.add(m);
                    if (anchor != null && EXPLICIT_YEAR.matcher(m.text()).find() && toldInThePast(tense(s, from))) {
                        pastYears.add(m);
                    }
                }
            }
            if (anchor != null) {
                ends(s, anchor, out);
            }
            spelledOut(s, out);
            monthsWithYears(s, out);
            if (anchor != null) {
                againstReportedQuarter(s, out, previousBegin, anchor);
            }
            glossed(text, out);
            possessives(s, out);
            earlierBegin = previousBegin;
            previousBegin = s.begin();
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "last February": a month named with "last", which the tagger puts in the year before the article's. */
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)(?:the )?last (January|February|March|April|May|June"
            + "|July|August|September|October|November|December)");
    /** "next November": a month named with "next", which the tagger puts in the year after the article's. */
    private static final Pattern NEXT_MONTH = Pattern.compile("(?i)next (January|February|March|April|May|June"
            + "|July|August|September|October|November|December)");
    /** "last summer": a season named with "last", which the tagger puts in the year before the article's. */
    private static final Pattern LAST_SEASON = Pattern.compile("(?i)(?:the )?last (spring|summer|autumn|fall|winter)");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    /** "FY2026", "FY 2026", "FY26": a fiscal year (a calendar one with "CY"), which the tagger leaves out (the spec's section 9 counts fiscal years). */
    private static final Pattern FISCAL_YEAR = Pattern.compile("\\b[FC]Y ?((?:19|20)\\d{2}|\\d{2})\\b");
    /** "Mid-2028", "late-September": a part of a year or month written as one word, which the tagger leaves out. */
    private static final Pattern PART_OF_PERIOD = Pattern.compile("(?i)\\b(early|mid|late)-((?:19|20)\\d{2}|" + MONTHS + ")\\b");
    /** A period a year before the one reported: "the same period last year", "the year-ago quarter". */
    private static final Pattern SAME_PERIOD = Pattern.compile("(?i)\\bthe (?:same (?:period|time|quarter|three months) "
            + "(?:of |in )?(?:last year|a year (?:ago|earlier|before))|year-(?:ago|earlier) (?:period|quarter))\\b");
    /** The quarter before the one reported. */
    private static final Pattern PREVIOUS_QUARTER = Pattern.compile("(?i)the (?:previous|prior|preceding) quarter");
    /** A quarter named by its number ("the second quarter", "Q2", "second-quarter"), not a fiscal one. */
    private static final Pattern NAMED_QUARTER = Pattern.compile("(?i).*\\b(first|second|third|fourth|Q[1-4])\\b.*");

    /**
     * Comparisons with the quarter a report is about ("Nokia sold 7.4 million phones in the second quarter ... down on the
     * same period last year"; "from 30% the previous quarter"; "$376 million for the three months ended June 30 ... a year
     * earlier"): the same quarter a year before, or the quarter before. The quarter reported is the latest quarter named
     * by its number before the comparison that is over by the article's date; a "year earlier" told from a month or a day
     * just before it (its sentence or the one before; other than the reported quarter's last day) is told from that date.
     */
    private static void againstReportedQuarter(Sentence s, List<DateMention> out, int previousBegin, LocalDate anchor) {
        String text = s.text(1, s.size());
        int base = s.begin(1);
        Matcher same = SAME_PERIOD.matcher(text);
        while (same.find()) {
            int start = base + same.start();
            int end = base + same.end();
            YearMonth reported = reportedQuarter(out, start, anchor);
            if (reported == null || out.stream().anyMatch(d -> d.start() < end && start < d.end()
                    && (d.start() < start || d.end() > end))) {
                continue;
            }
            out.removeIf(d -> start <= d.start() && d.end() <= end);
            out.add(new DateMention(same.group(), start, end, quarterOf(reported.minusYears(1)), false));
        }
        for (int k = 0; k < out.size(); k++) {
            DateMention d = out.get(k);
            if (d.start() < s.begin() || d.end() > s.end()) {
                continue;
            }
            YearMonth reported = reportedQuarter(out, d.start(), anchor);
            if (reported == null) {
                continue;
            }
            if (PREVIOUS_QUARTER.matcher(d.text()).matches()) {
                out.set(k, new DateMention(d.text(), d.start(), d.end(), quarterOf(reported.minusMonths(3)), d.approximate()));
            } else if (d.text().matches("(?i)a year (?:earlier|before)")) {
                String lastDay = reported.plusMonths(2).atEndOfMonth().toString();
                DateMention ref = null;
                for (DateMention o : out) {
                    if (o.start() >= previousBegin && o.end() <= d.start() && (ref == null || o.start() > ref.start())) {
                        ref = o; // the date a "year earlier" is told from, as fromEarlierDate takes it
                    }
                }
                if (ref == null || !ref.value().matches("\\d{4}-\\d{2}(-\\d{2})?") || ref.value().equals(lastDay)) {
                    out.set(k, new DateMention(d.text(), d.start(), d.end(), quarterOf(reported.minusYears(1)), d.approximate()));
                }
            }
        }
    }

    /** The first month of the latest quarter named by its number before {@code offset} and over by {@code anchor}, or null. */
    private static YearMonth reportedQuarter(List<DateMention> out, int offset, LocalDate anchor) {
        DateMention latest = null;
        for (DateMention d : out) {
            if (d.end() <= offset && d.value().matches("\\d{4}-Q[1-4]") && NAMED_QUARTER.matcher(d.text()).matches()
                    && !d.text().matches("(?i).*\\bfiscal\\b.*") && (latest == null || d.start() > latest.start())) {
                YearMonth first = YearMonth.of(Integer.parseInt(d.value().substring(0, 4)), 3 * (d.value().charAt(6) - '0') - 2);
                if (first.plusMonths(2).atEndOfMonth().isBefore(anchor)) {
                    latest = d;
                }
            }
        }
        return latest == null ? null
                : YearMonth.of(Integer.parseInt(latest.value().substring(0, 4)), 3 * (latest.value().charAt(6) - '0') - 2);
    }

    private static String quarterOf(YearMonth first) {
        return first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
    }

    /** A month and its year ("December 2007"). */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ") ((?:19|20)\\d{2})\\b");
    /** A full date whose commas the tagger splits it at: "Tuesday, January, 6 2026", "January 6, 2026". */
    private static final Pattern SPELLED_OUT = Pattern.compile("\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?("
            + MONTHS + "),?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");

    /**
     * "Thursday's race", "this year's change": the possessive marker is part of the date as written (the spec keeps
     * each surface, "Thursday" and "Thursday's" apart), though the tagger leaves it out of the date.
     */
    private static void possessives(Sentence s, List<DateMention> out) {
        for (int k = 0; k < out.size(); k++) {
            DateMention d = out.get(k);
            int next = s.tokenAt(d.end());
            if (d.start() >= s.begin() && next > 0 && s.begin(next) == d.end() && s.tag(next).equals("POS")) {
                out.set(k, new DateMention(d.text() + s.text(next, next), d.start(), s.end(next), d.value(), d.approximate()));
            }
        }
    }

    /** A day named relative to the article's date, as the words of a gloss may follow it: "Friday", "today", "yesterday's". */
    private static final Pattern GLOSSED_DAY = Pattern.compile("(?i)(?:(?:early|late) )?(?:(monday|tuesday|wednesday|thursday"
            + "|friday|saturday|sunday)|today|tonight|yesterday|tomorrow)(?: (?:morning|afternoon|evening|night))?(?:['\u2019]s)?");

    /**
     * "Friday (Dec. 12)", "published today (Oct. 28)": the day the writer glosses in brackets right after a relative
     * day is that day's value, whatever the tense or the article's date would make of it (a weekday whose gloss is
     * another weekday is left as it was).
     */
    private static void glossed(String text, List<DateMention> out) {
        for (int k = 0; k < out.size(); k++) {
            DateMention d = out.get(k);
            Matcher day = GLOSSED_DAY.matcher(d.text());
            if (!day.matches()) {
                continue;
            }
            for (DateMention g : out) {
                if (g.start() < d.end() || g.start() - d.end() > 3 || !g.value().matches("\\d{4}-\\d{2}-\\d{2}")
                        || !text.substring(d.end(), g.start()).matches("\\s*\\(\\s*")
                        || !text.substring(g.end()).matches("(?s)\\s*\\).*")) {
                    continue;
                }
                LocalDate gloss = LocalDate.parse(g.value());
                if (day.group(1) == null
                        || gloss.getDayOfWeek() == DayOfWeek.valueOf(day.group(1).toUpperCase(Locale.ROOT))) {
                    out.set(k, new DateMention(d.text(), d.start(), d.end(), g.value(), d.approximate()));
                }
                break;
            }
        }
    }

    /**
     * "The December 2007-June 2009 downturn": a month written with its year is that month of that year, where the
     * tagger joins a range of them into pieces that lose a year; replaces the pieces inside the words.
     */
    private static void monthsWithYears(Sentence s, List<DateMention> out) {
        String text = s.text(1, s.size());
        int base = s.begin(1);
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int start = base + m.start();
            int end = base + m.end();
            String value = m.group(2) + "-" + String.format(Locale.ROOT, "%02d",
                    java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
            if (out.stream().anyMatch(d -> d.start() < end && start < d.end() && (d.start() < start || d.end() > end))
                    || out.stream().anyMatch(d -> d.start() == start && d.end() == end)) {
                continue; // "mid-December 2007", "December 2007" found whole: the tagger's reading stands
            }
            out.removeIf(d -> start <= d.start() && d.end() <= end);
            out.add(new DateMention(m.group(), start, end, value, false));
        }
    }

    /** Full dates written out with stray commas: one mention with the day's value, replacing the tagger's pieces. */
    private static void spelledOut(Sentence s, List<DateMention> out) {
        String text = s.text(1, s.size());
        int base = s.begin(1);
        Matcher m = SPELLED_OUT.matcher(text);
        while (m.find()) {
            int start = base + m.start();
            int end = base + m.end();
            int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
            int day = Integer.parseInt(m.group(2));
            if (day < 1 || day > YearMonth.of(Integer.parseInt(m.group(3)), month).lengthOfMonth()) {
                continue;
            }
            String value = LocalDate.of(Integer.parseInt(m.group(3)), month, day).toString();
            if (out.stream().anyMatch(d -> d.start() == start && d.end() == end && d.value().equals(value))) {
                continue;
            }
            out.removeIf(d -> d.start() < end && start < d.end());
            out.add(new DateMention(m.group(), start, end, value, false));
        }
    }

    private static boolean isTime(Sentence s, int i) {
        String ner = s.ner(i);
        return ner.equals("DATE") || ner.equals("TIME");
    }

    /** Edges of a tagged stretch that are not part of the date: prepositions, commas, clock times. */
    private static boolean trimmed(Sentence s, int i) {
        String tag = s.tag(i);
        if (s.word(i).equalsIgnoreCase("ago")) {
            return false; // "a decade ago" (tagged as a preposition)
        }
        if (tag.startsWith("VB") && s.word(i).matches("[a-z]+") && !s.word(i).matches("fall|spring|march|may")) {
            return true; // "start in May": a verb the tagger took into the date
        }
        if (tag.equals("IN") || tag.equals("TO") || tag.equals(",") || tag.equals(":") || tag.equals(".")
                || tag.equals("``") || tag.equals("''") || tag.equals("-LRB-") || tag.equals("-RRB-")) {
            return true;
        }
        // "last night": the tagger's TIME takes "last" in, which places the part of the day
        return s.ner(i).equals("TIME") && !PART_OF_DAY.matcher(s.word(i)).matches()
                && !s.word(i).matches("(?i)last|this|yesterday|tomorrow");
    }

    private static boolean hasDateWord(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.ner(k).equals("DATE") || PART_OF_DAY.matcher(s.word(k)).matches()
                    || s.word(k).matches("(?i)yesterday|tomorrow|today")) {
                return true;
            }
        }
        return false;
    }

    /** A sentence with no verb at all: a heading, a line of a list ("June 9 -- Coral Sky Amphitheatre"). */
    private static boolean verbless(Sentence s) {
        for (int i = 1; i <= s.size(); i++) {
            if (s.tag(i).startsWith("VB") || s.tag(i).equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /** The year a sentence states as a number ("Tour 2020 dates:"; the tagger may read it as a plain number), or null. */
    private static Integer statedYear(Sentence s) {
        Integer year = null;
        for (int i = 1; i <= s.size(); i++) {
            if (s.tag(i).equals("CD") && s.word(i).matches("(19|20)\\d{2}")) {
                year = Integer.valueOf(s.word(i));
            }
        }
        return year;
    }

    /**
     * The mention of a tagged stretch with its value in the spec's form, or {@code null} when it has none;
     * {@code listYear} is the year of the list a verbless line belongs to, or null.
     */
    private static DateMention mention(Sentence s, int token, Span span, String tagged, LocalDate anchor, Integer listYear) {
        if (tagged == null) {
            return null;
        }
        String text = span.text();
        if (text.matches("(?i)the (day|week|month|year)")) {
            return null; // "down 0.3% on the day", "for the year": the spec's vague references, no date of their own
        }
        if (text.matches("(?i)(the )?(night|morning|afternoon|evening|overnight|midday|noon|midnight)")) {
            return null; // "sang all night", "by midnight": a time of day with no day named, which the spec leaves out
        }
        boolean explicitYear = EXPLICIT_YEAR.matcher(text).find();
        String value = tagged;
        if (text.matches("(?:1[89]|20)\\d{2}") && !value.startsWith(text)) {
            value = text; // "every year since 2016": a year written alone is that year, whatever the tagger made of the phrase
        }
        Matcher pronoun = THIS_LAST.matcher(text);
        if (anchor != null && pronoun.matches()) {
            // "wrote about this last year": "this" is the object of the clause, the date is "last year"
            int start = span.start() + pronoun.start(1);
            String unit = pronoun.group(3).toLowerCase(Locale.ROOT);
            int step = pronoun.group(2).equalsIgnoreCase("last") ? -1 : 1;
            String v = unit.equals("year") ? Integer.toString(anchor.getYear() + step)
                    : unit.equals("month") ? YearMonth.from(anchor).plusMonths(step).toString() : isoWeek(anchor.plusWeeks(step));
            return new DateMention(pronoun.group(1), start, span.end(), v, false);
        }
        Matcher m = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|\\d{4}-W\\d{2})[T-].*").matcher(value);
        if (m.matches()) {
            value = m.group(1); // "2027-03-09TNI" (Tuesday night), "2027-05-18T18:38", "2027-W10-WE"
        }
        if (anchor != null && tagged.endsWith("-WE") && !text.matches("(?i).*\\b(last|next|coming)\\b.*")) {
            // "the weekend", "this (past) weekend": the tagger gives the week the article's date is in, whose
            // weekend is still to come on a weekday; told in the past it is the last weekend begun
            Tense tense = text.matches("(?i).*\\bpast\\b.*") ? Tense.PAST : tense(s, token);
            if (tense == Tense.PAST) {
                value = isoWeek(anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)));
            } else if (tense == Tense.FUTURE || tense == Tense.WOULD) {
                value = isoWeek(anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor
                        : anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
            }
            return new DateMention(text, span.start(), span.end(), value, false);
        }
        Matcher season = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)").matcher(value);
        if (season.matches()) {
            value = season.group(1) + "-" + SEASONS.get(season.group(2));
        }
        Matcher quarter = Pattern.compile("X{4}-Q(\\d)").matcher(value);
        if (quarter.matches()) {
            // "Q3", "third-quarter results": the last such quarter begun by the article's date, the next one when
            // told in the future
            if (anchor == null) {
                return null;
            }
            int q = Integer.parseInt(quarter.group(1));
            Matcher stated = EXPLICIT_YEAR.matcher(text);
            if (stated.find()) {
                return quarterBound(text, span, Integer.parseInt(stated.group()), q); // "Q2 2025": the year written
            }
            int year = anchor.getYear();
            int startMonth = 3 * q - 2;
            if (tense(s, token) == Tense.FUTURE) {
                year += anchor.getMonthValue() > startMonth + 2 ? 1 : 0;
            } else {
                year -= startMonth > anchor.getMonthValue() ? 1 : 0;
            }
            return quarterBound(text, span, year, q);
        }
        Matcher noYear = Pattern.compile("(?:\\*{4}|XXXX-?)(\\d{2})").matcher(value);
        if (noYear.matches()) {
            if (anchor == null) {
                return null;
            }
            Matcher stated = EXPLICIT_YEAR.matcher(text);
            // "mid-December": placed by the tense below; "mid-December 2011": the year written
            value = (stated.find() ? stated.group() : Integer.toString(anchor.getYear())) + "-" + noYear.group(1);
        }
        if (anchor != null && !explicitYear && !ANCHORED.matcher(text).matches() && PERIOD_END.matcher(text).find()
                && value.matches("\\d{4}-\\d{2}")) {
            value = anchor.getYear() + value.substring(4); // "the end of November": the tagger may put it in the next year
        }
        if (!ISO.matcher(value).matches()) {
            return null;
        }
        if (anchor == null && !explicitYear) {
            return null; // a relative date with nothing to resolve it against
        }
        Matcher lastMonth = LAST_MONTH.matcher(text);
        if (anchor != null && !explicitYear && lastMonth.matches()) {
            // "last February" said in November is this year's: the latest such month before the article's month
            int month = java.time.Month.valueOf(lastMonth.group(1).toUpperCase(Locale.ROOT)).getValue();
            int year = anchor.getYear() - (month < anchor.getMonthValue() ? 0 : 1);
            value = String.format(Locale.ROOT, "%d-%02d", year, month);
        }
        Matcher nextMonth = NEXT_MONTH.matcher(text);
        if (anchor != null && !explicitYear && nextMonth.matches()) {
            // "next November" said in June is this year's: the first such month after the article's month
            int month = java.time.Month.valueOf(nextMonth.group(1).toUpperCase(Locale.ROOT)).getValue();
            int year = anchor.getYear() + (month > anchor.getMonthValue() ? 0 : 1);
            value = String.format(Locale.ROOT, "%d-%02d", year, month);
        }
        Matcher lastSeason = LAST_SEASON.matcher(text);
        if (anchor != null && !explicitYear && lastSeason.matches()) {
            // "last summer" said in December is this year's: the latest such season over by the article's date
            String name = lastSeason.group(1).toLowerCase(Locale.ROOT).replace("fall", "autumn");
            value = lastSeason(name, anchor);
        }
        boolean approximate = text.matches("(?i).*\\bago\\b.*"); // "two days ago"
        if (anchor != null && !explicitYear && !ANCHORED.matcher(text).matches()) {
            Tense tense = tense(s, token);
            Matcher named = Pattern.compile("(\\d{4})-(spring|summer|autumn|winter)").matcher(value);
            if (WEEKDAY.matcher(text).matches() && !text.matches(".*\\d.*")) {
                value = weekday(text, anchor, tense);
            } else if (named.matches()) {
                value = season(Integer.parseInt(named.group(1)), named.group(2), anchor, tense);
            } else if (value.matches("\\d{4}-\\d{2}(-\\d{2})?") && listYear != null) {
                value = listYear + value.substring(4); // a line of a dated list: the year its heading states
            } else if (value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                value = placed(value, anchor, tense, value.length() == 7 && !hasVerb(s, token));
            }
        }
        if (value.matches("\\d{4}")) {
            if (PERIOD_START.matcher(text).find()) {
                value += "-01-01"; // "since the start of the year"
                approximate = true;
            } else if (text.matches("(?i).*\\bearly\\b.*")) {
                value += "-Q1"; // "early this year"
            } else if (text.matches("(?i).*\\blate\\b.*")) {
                value += "-Q4";
            } else if (PERIOD_END.matcher(text).find()) {
                value += "-12-31";
                approximate = true;
            }
        } else if (value.matches("\\d{4}-\\d{2}") && PERIOD_END.matcher(text).find()) {
            value = YearMonth.parse(value).atEndOfMonth().toString();
            approximate = true;
        } else if (value.matches("\\d{4}-Q[1-4]")) {
            return quarterBound(text, span, Integer.parseInt(value.substring(0, 4)), value.charAt(6) - '0');
        }
        return new DateMention(text, span.start(), span.end(), value, approximate);
    }

    /**
     * Quarter {@code q} of {@code year}, or its first or last day when the words name its start or its end ("by the end
     * of the second quarter" is June 30, approximate, as the spec's "month's end").
     */
    private static DateMention quarterBound(String text, Span span, int year, int q) {
        YearMonth first = YearMonth.of(year, 3 * q - 2);
        if (PERIOD_END.matcher(text).find()) {
            return new DateMention(text, span.start(), span.end(), first.plusMonths(2).atEndOfMonth().toString(), true);
        }
        if (PERIOD_START.matcher(text).find()) {
            return new DateMention(text, span.start(), span.end(), first.atDay(1).toString(), true);
        }
        return new DateMention(text, span.start(), span.end(), year + "-Q" + q, false);
    }

    private static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * A season with no year ("goes on sale in the summer"): told in the future, the next one not yet over; told
     * in the past, the last one begun by the article's date; else the tagger's year.
     */
    private static String season(int year, String season, LocalDate anchor, Tense tense) {
        int start = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn" -> 9;
            default -> 12;
        };
        LocalDate begins = LocalDate.of(year, start, 1);
        LocalDate ends = begins.plusMonths(3).minusDays(1);
        if (tense == Tense.FUTURE && ends.isBefore(anchor)) {
            year++;
        } else if (tense == Tense.PAST && begins.isAfter(anchor)) {
            year--;
        }
        return year + "-" + season;
    }

    /** The latest {@code season} wholly before {@code anchor} ("last summer" in December is that year's summer). */
    private static String lastSeason(String season, LocalDate anchor) {
        int year = anchor.getYear();
        while (!seasonEnd(year, season).isBefore(anchor)) {
            year--;
        }
        return year + "-" + season;
    }

    private static LocalDate seasonEnd(int year, String season) {
        int start = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn" -> 9;
            default -> 12;
        };
        return LocalDate.of(year, start, 1).plusMonths(3).minusDays(1);
    }

    /** "Monday": the last one on or before the article's date, or the next one when told in the future. */
    private static String weekday(String text, LocalDate anchor, Tense tense) {
        Matcher w = Pattern.compile("(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)").matcher(text);
        w.find();
        DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
        LocalDate d = tense == Tense.FUTURE || tense == Tense.WOULD ? anchor.with(TemporalAdjusters.nextOrSame(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
        return d.toString();
    }

    /**
     * A month or a day with no year: the tagger puts it in the article's year; told in the past it is the
     * last one on or before the article's date ("was founded in March", "the March high"), told in the
     * future the next one ("will open on January 15" in a December article).
     */
    private static String placed(String value, LocalDate anchor, Tense tense, boolean monthWithoutVerb) {
        String now = value.length() == 7 ? anchor.toString().substring(0, 7) : anchor.toString();
        int year = Integer.parseInt(value.substring(0, 4));
        if (tense == Tense.PLANNED) {
            // a plan made before the article: a day or month soon to come when it is within a season of the article's
            // date ("had planned to impose Dec. 15" in November), else the last one before ("decided to reopen in May")
            LocalDate at = LocalDate.parse(value.length() == 7 ? value + "-01" : value);
            LocalDate next = at.isBefore(anchor.withDayOfMonth(1)) || value.length() == 10 && at.isBefore(anchor)
                    ? at.plusYears(1) : at;
            if (next.toEpochDay() - anchor.toEpochDay() <= 92) {
                return next.getYear() + value.substring(4);
            }
            return placed(value, anchor, Tense.PAST, monthWithoutVerb);
        }
        if (tense == Tense.EVENT) {
            // a noun's event in a past clause: one announced for the article's month or the next, else the last one before
            YearMonth at = YearMonth.parse(value.substring(0, 7));
            YearMonth next = at.isBefore(YearMonth.from(anchor)) ? at.plusYears(1) : at;
            if (YearMonth.from(anchor).until(next, java.time.temporal.ChronoUnit.MONTHS) <= 1) {
                return next.getYear() + value.substring(4);
            }
            return placed(value, anchor, Tense.PAST, monthWithoutVerb);
        }
        if ((tense == Tense.PAST || monthWithoutVerb && tense == Tense.UNKNOWN) && value.compareTo(now) > 0) {
            return (year - 1) + value.substring(4);
        }
        if (tense == Tense.FUTURE && value.compareTo(now) < 0) {
            return (year + 1) + value.substring(4);
        }
        if (tense == Tense.UNKNOWN && value.length() == 7) {
            // a month told neither in the past nor the future: the nearest one ("With January around the corner" in December)
            long months = YearMonth.parse(value).until(YearMonth.from(anchor), java.time.temporal.ChronoUnit.MONTHS);
            if (months > 6) {
                return (year + 1) + value.substring(4);
            }
            if (months < -6) {
                return (year - 1) + value.substring(4);
            }
        }
        return value;
    }

    private static boolean hasVerb(Sentence s, int token) {
        return verb(s, token) > 0;
    }

    /**
     * The verb that governs {@code token}, climbing at most five heads, or 0. A word with an auxiliary of its own
     * is a verb the tagger misread ("the Doobies will loop into ...", "loop" tagged as a noun); an adjective or a noun
     * with its "be" heads a copular clause ("will be official until after December").
     */
    private static int verb(Sentence s, int token) {
        int verb = token;
        for (int steps = 0; verb > 0 && steps < 5 && !verbal(s, verb); steps++) {
            verb = s.head(verb);
        }
        return verb > 0 && verbal(s, verb) ? verb : 0;
    }

    private static boolean verbal(Sentence s, int i) {
        return s.tag(i).startsWith("VB") || s.tag(i).startsWith("NN") && s.children(i, "aux").stream().anyMatch(a -> s.tag(a).equals("MD"))
                || !s.children(i, "cop").isEmpty();
    }

    /** Whether a clause is told in the past, a noun's event in it ({@code EVENT}) included. */
    private static boolean toldInThePast(Tense tense) {
        return tense == Tense.PAST || tense == Tense.EVENT;
    }

    /** Past or future, from the words near the date and the verb that governs it; unknown when neither says. */
    private static Tense tense(Sentence s, int token) {
        for (int k = Math.max(1, token - 4); k <= Math.min(s.size(), token + 4); k++) {
            if (s.word(k).toLowerCase(Locale.ROOT).matches("next|upcoming|scheduled|due|coming") && placesDate(s, k, token)
                    && !(s.word(k).matches("(?i)scheduled|due") && planToldInThePast(s, k))) {
                return Tense.FUTURE; // "due in March", "scheduled for Friday", "Friday's scheduled vote"
            }
        }
        if (WEEKDAY.matcher(s.word(token)).matches() && presentBe(s, token)) {
            return Tense.FUTURE; // "Game 2 is Sunday night", "Saturday is the 75th anniversary": the day still to come
        }
        Tense told = tenseOf(s, verb(s, token), 0);
        if (token > 2 && s.word(token - 1).equalsIgnoreCase("of") && s.word(token - 2).equalsIgnoreCase("ahead")) {
            return Tense.FUTURE; // "ahead of Saturday's final"
        }
        if (told == Tense.FUTURE && namesAnEvent(s, token) && !willAux(s, verb(s, token))) {
            // "questions about Trump's July 25 call", "after Monday night's loss", "follows the testimony Tuesday": the
            // date tells when the noun's event was, which a present or an infinitive does not move into the future
            return Tense.UNKNOWN;
        }
        if (told == Tense.PAST && s.word(token).matches(MONTHS) && (namesAnEvent(s, token) || s.relation(token).equals("nmod"))) {
            // "an invitation to a launch event on July 24 went out", "published in the June issue": the date tells when
            // the noun's event is, which the clause's past does not put behind the article; soon to come, or else past
            return Tense.EVENT;
        }
        if (token > 2 && s.word(token - 1).equalsIgnoreCase("of") && s.word(token - 2).equalsIgnoreCase("as")
                && told != Tense.WOULD && !willAux(s, verb(s, token))) {
            return Tense.PAST; // "holds 24.4% of the company as of March 20": a state measured on a day gone by
        }
        return told;
    }

    /** "Report to camp": a "to" phrase of "report" is where someone goes, not whom they tell. */
    private static boolean reportsToAPlace(Sentence s, int verb) {
        return s.children(verb, "obl").stream().anyMatch(o -> s.children(o, "case").stream()
                .anyMatch(c -> s.word(c).equalsIgnoreCase("to")));
    }

    /**
     * Whether a plan's "due" or "scheduled" at {@code word} is told in the past ("was due to be released in September",
     * "halted the surgery, scheduled for June 1"): the spec takes such a date as past. A bare participle set off by a
     * comma is told as the clause around it is.
     */
    private static boolean planToldInThePast(Sentence s, int word) {
        if (s.tag(word).equals("VBN") && word > 1 && s.word(word - 1).equals(",") && s.children(word, "aux").isEmpty()
                && s.children(word, "aux:pass").isEmpty()) {
            // set off by a comma, the participle is an aside of its clause ("a levy vote scheduled for Friday" is no aside)
            int verb = verb(s, s.head(word));
            return verb > 0 && verb != word && tenseOf(s, verb, 0) == Tense.PAST;
        }
        return !s.children(word, "cop").isEmpty() && tenseOf(s, word, 0) == Tense.PAST;
    }

    /**
     * Whether the word of a plan at {@code word} ("scheduled", "due", "coming") is about the date at {@code token} in the
     * parse: a head the date hangs from ("scheduled for Friday", "due in March") or a modifier of one ("Friday's
     * scheduled vote"), not a word of another phrase nearby ("asked Wednesday about the scheduled meeting"). "Coming"
     * places a date only as a modifier ("the coming week"); as a verb it tells no future ("the latest coming May 14").
     */
    private static boolean placesDate(Sentence s, int word, int token) {
        int governing = verb(s, token);
        List<Integer> heads = new ArrayList<>();
        for (int h = token, steps = 0; h > 0 && steps < 6; h = s.head(h), steps++) {
            heads.add(h);
            if (h == governing) {
                break;
            }
        }
        if (s.word(word).equalsIgnoreCase("coming")) {
            return s.relation(word).equals("amod") && heads.contains(s.head(word));
        }
        return heads.contains(word) || heads.contains(s.head(word));
    }

    /**
     * Whether a weekday is the subject or the complement of a present "be" ("Game 2 is Sunday night", "Saturday is the
     * anniversary"): a day named so is the next one, or today.
     */
    private static boolean presentBe(Sentence s, int token) {
        int inner = token;
        for (int steps = 0; steps < 3 && s.head(inner) > 0 && isTime(s, s.head(inner)); steps++) {
            inner = s.head(inner); // "Sunday night": the phrase's head
        }
        int predicate = s.relation(inner).startsWith("nsubj") ? s.head(inner) : inner;
        return predicate > 0 && s.children(predicate, "cop").stream()
                .anyMatch(c -> s.word(c).toLowerCase(Locale.ROOT).matches("is|are|'s|\u2019s|'re|\u2019re"));
    }

    /**
     * Whether the date at {@code token} modifies a noun without a preposition: a possessive ("Monday night's loss"),
     * a compound ("the July 25 call") or a bare modifier after the noun ("the testimony Tuesday").
     */
    private static boolean namesAnEvent(Sentence s, int token) {
        int inner = token;
        int head = s.head(token);
        for (int steps = 0; head > 0 && steps < 4 && isTime(s, head); steps++) {
            inner = head;
            head = s.head(head);
        }
        if (head == 0 || !s.tag(head).startsWith("NN")) {
            return false;
        }
        String rel = s.relation(inner);
        return rel.equals("compound") || rel.equals("nmod:poss") || rel.endsWith(":tmod");
    }

    /** Verbs of a plan or a promise, whose infinitive tells what was still to come when they were made. */
    private static final String INTENDED = "plan|intend|schedule|set|expect|aim|hope|propose|threaten|vow|promise"
            + "|pledge|agree|decide|want|prepare";

    private static boolean willAux(Sentence s, int verb) {
        return verb > 0 && s.children(verb, "aux").stream()
                .anyMatch(a -> s.word(a).toLowerCase(Locale.ROOT).matches("will|'ll|\u2019ll|shall|wo"));
    }

    private static Tense tenseOf(Sentence s, int verb, int depth) {
        if (verb == 0) {
            return Tense.UNKNOWN;
        }
        String tag = s.tag(verb);
        List<Integer> aux = new ArrayList<>(s.children(verb, "aux"));
        aux.addAll(s.children(verb, "mark"));
        aux.addAll(s.children(verb, "cop")); // a copular clause's "be" tells its tense: "was busy in March"
        if (tag.equals("VBN") && aux.isEmpty() && s.children(verb, "aux:pass").isEmpty() && depth < 3
                && s.relation(verb).matches("xcomp|ccomp|dep") && s.head(verb) > 0 && s.tag(s.head(verb)).startsWith("VB")) {
            // "wants the road finished by March", "to get jobs finished in time for Christmas": a bare participle
            // completing another verb tells no past; that verb's tense does
            return tenseOf(s, s.head(verb), depth + 1);
        }
        boolean past = tag.equals("VBD") || tag.equals("VBN");
        boolean pastAux = false;
        boolean modal = false;
        boolean ahead = false;
        for (int a : aux) {
            String w = s.word(a).toLowerCase(Locale.ROOT);
            if (w.matches("will|'ll|\u2019ll|shall|going|wo")) {
                return Tense.FUTURE; // "will vote on Saturday"
            }
            if (w.equals("would")) {
                return Tense.WOULD; // the future of a past: "said he would meet on Friday", "vowed Britain would leave on Oct. 31"
            }
            if (w.equals("to")) {
                // an infinitive takes its time from the verb it completes: "plans to open in May" is to come,
                // "tried to enter California on May 16" is past
                int head = s.head(verb);
                for (int steps = 0; head > 0 && steps < 2 && !verbal(s, head); steps++) {
                    head = s.head(head); // "had until Nov. 1 to submit": the parser may hang the infinitive on the date
                }
                // "was due to be released in September": an adjective with its "be" governs as a verb does
                Tense governing = depth < 3 && head > 0 && verbal(s, head)
                        ? tenseOf(s, head, depth + 1) : Tense.UNKNOWN;
                if (governing == Tense.PAST && s.lemma(head).matches(INTENDED)) {
                    return Tense.PLANNED; // "had planned to impose Dec. 15": the future of a past plan, maybe still to come
                }
                // "had until Nov. 1 to submit" (the parser's root is "submit" with "had" as its auxiliary) is past
                return governing == Tense.PAST || pastAux ? Tense.PAST : Tense.FUTURE;
            }
            if (w.matches("may|might|can|could|should|must")) {
                modal = true;
                ahead |= w.matches("may|might|should|must"); // "should ease by Thursday": a likelihood still to come
            }
            if (w.matches("has|have|had|did|was|were")) {
                past = true;
                pastAux = true;
            } else if (w.matches("is|are|am|'s|'re|\u2019s|\u2019re")) {
                if (tag.equals("VBG") || s.lemma(verb).matches("expect|schedule|set|due|plan")) {
                    return Tense.FUTURE; // "is playing on Saturday", "is expected in March"
                }
            }
        }
        if (past && !(modal && !pastAux)) {
            return Tense.PAST; // "you may be focused on January" tells no past: a participle after a modal alone
        }
        if (ahead && !pastAux && tag.equals("VB")) {
            return Tense.FUTURE; // "the weather should ease by Thursday", "may reopen in March"
        }
        if (tag.equals("VB") && aux.isEmpty() && s.child(verb, "nsubj") == 0 && (verb == 1 || s.word(verb - 1).equals(":"))) {
            return Tense.FUTURE; // an order or a fixture line: "Host the Lakers on Friday"
        }
        boolean speech = s.lemma(verb).matches("say|tell|report|announce|confirm")
                && (s.child(verb, "ccomp") > 0 || s.child(verb, "obj") == 0) // "Lowe's reports earnings Wednesday" is to come
                && !(s.lemma(verb).equals("report") && reportsToAPlace(s, verb)); // "the Cowboys report to camp on Saturday"
        if (tag.matches("VBZ|VBP") && !speech) {
            return Tense.FUTURE; // "the festival returns on Friday"
        }
        return Tense.UNKNOWN;
    }

    /**
     * A day, month or year told from the latest date before it in its sentence or the one before ("on Aug. 9 ...
     * the following morning" is Aug. 10; "in 2017, up from the previous year" is 2016); the mention as it was when
     * no such date has the unit's precision.
     */
    private static DateMention fromEarlierDate(DateMention m, List<DateMention> earlier, int previousBegin) {
        DateMention ref = null;
        for (DateMention d : earlier) {
            if (d.start() >= previousBegin && d.end() <= m.start() && (ref == null || d.start() > ref.start())) {
                ref = d;
            }
        }
        if (ref == null) {
            // "The day before", "Two months later" with no date in the sentences just before: an event of the story
            // told earlier, never the article's date; the latest date stated before it, however far back
            for (DateMention d : earlier) {
                if (d.end() <= m.start() && d.value().matches("\\d{4}.*") && (ref == null || d.start() > ref.start())) {
                    ref = d;
                }
            }
        }
        Matcher r = RELATIVE.matcher(m.text());
        Matcher later = LATER.matcher(m.text());
        Matcher within = WITHIN.matcher(m.text());
        if (ref == null || !r.matches() && !later.matches() && !within.matches()) {
            return m;
        }
        String unit;
        int step;
        if (within.matches()) {
            unit = within.group(1).toLowerCase(Locale.ROOT);
            step = 0;
        } else if (r.matches()) {
            unit = (r.group(1) != null ? r.group(1) : r.group(2)).toLowerCase(Locale.ROOT);
            step = m.text().matches("(?i).*\\b(previous|prior|before|earlier)\\b.*") ? -1 : 1;
        } else {
            unit = later.group(2).toLowerCase(Locale.ROOT); // "ten days later": ten days after the date before it
            String n = later.group(1).toLowerCase(Locale.ROOT);
            int count = n.matches("\\d+") ? Integer.parseInt(n) : n.matches("an?") ? 1 : n.equals("a couple of") ? 2
                    : n.matches("a few|several") ? 3 : COUNTS.indexOf(n) + 1;
            step = later.group(3).matches("(?i)earlier|before") ? -count : count;
        }
        String v = ref.value();
        String value;
        if (unit.equals("year") && v.matches("\\d{4}-\\d{2}-\\d{2}") && later.matches()) {
            value = LocalDate.parse(v).plusYears(step).toString(); // "a year later" than a day is a day
        } else if (unit.equals("year") && v.matches("\\d{4}.*")) {
            value = Integer.toString(Integer.parseInt(v.substring(0, 4)) + step);
        } else if (unit.equals("month") && v.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            value = v.length() == 10 && later.matches() ? LocalDate.parse(v).plusMonths(step).toString()
                    : YearMonth.parse(v.substring(0, 7)).plusMonths(step).toString();
        } else if (unit.equals("week") && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            value = later.matches() ? LocalDate.parse(v).plusWeeks(step).toString()
                    : isoWeek(LocalDate.parse(v).plusWeeks(step));
        } else if (!unit.equals("year") && !unit.equals("month") && !unit.equals("week") && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            value = LocalDate.parse(v).plusDays(step).toString();
        } else {
            return m;
        }
        return new DateMention(m.text(), m.start(), m.end(), value, m.approximate());
    }

    /**
     * A month or day without a year in a story told in an earlier year: "visited his doctor in November 2016 ...
     * But by December, they worsened" is December 2016. The year is the latest date with a stated month and year in
     * the sentence or the two before it, told in the past too ("duties since July 2013" is a state that goes on, no
     * story), the next year when the month comes before that date's; only for a clause told in the past, and never
     * after the article's date.
     */
    private static DateMention inStoryYear(Sentence s, int token, DateMention m, List<DateMention> earlier,
            List<DateMention> pastYears, int earlierBegin, LocalDate anchor) {
        if (!m.value().matches("\\d{4}-\\d{2}(-\\d{2})?") || EXPLICIT_YEAR.matcher(m.text()).find()
                || ANCHORED.matcher(m.text()).matches() || WEEKDAY.matcher(m.text()).matches()) {
            return m;
        }
        DateMention ref = null;
        for (DateMention d : earlier) {
            if (d.start() >= earlierBegin && d.end() <= m.start() && (ref == null || d.start() > ref.start())) {
                ref = d;
            }
        }
        if (ref == null || !pastYears.contains(ref) || !ref.value().matches("\\d{4}-\\d{2}.*")
                || Integer.parseInt(ref.value().substring(0, 4)) >= anchor.getYear() || !toldInThePast(tense(s, token))) {
            return m;
        }
        int year = Integer.parseInt(ref.value().substring(0, 4));
        if (m.value().substring(5, 7).compareTo(ref.value().substring(5, 7)) < 0) {
            year++;
        }
        String value = year + m.value().substring(4);
        if (value.compareTo(anchor.toString().substring(0, value.length())) > 0) {
            return m;
        }
        return new DateMention(m.text(), m.start(), m.end(), value, m.approximate());
    }

    /**
     * "Month's end", "the end of the month", "year's end", which the tagger leaves out or reads as a duration; "Q3", "FY2026",
     * "mid-2028" left untagged.
     */
    private static void ends(Sentence s, LocalDate anchor, List<DateMention> out) {
        for (int i = 1; i <= s.size(); i++) {
            int at = s.begin(i);
            if (s.word(i).matches("Q[1-4]") && out.stream().noneMatch(d -> d.start() <= at && at < d.end())) {
                int q = s.word(i).charAt(1) - '0';
                if (i < s.size() && s.word(i + 1).matches("(1[89]|20)\\d{2}") && s.tag(i + 1).equals("CD")) {
                    // "Q2 2025": the quarter of the year written after it
                    int end = s.end(i + 1);
                    out.removeIf(d -> at <= d.start() && d.end() <= end);
                    out.add(new DateMention(s.text(i, i + 1), at, end, s.word(i + 1) + "-Q" + q, false));
                    continue;
                }
                int year = anchor.getYear();
                int startMonth = 3 * q - 2;
                if (tense(s, i) == Tense.FUTURE) {
                    year += anchor.getMonthValue() > startMonth + 2 ? 1 : 0;
                } else {
                    year -= startMonth > anchor.getMonthValue() ? 1 : 0;
                }
                out.add(new DateMention(s.word(i), at, s.end(i), year + "-Q" + q, false));
            }
        }
        String text = s.text(1, s.size());
        Matcher part = PART_OF_PERIOD.matcher(text);
        while (part.find()) {
            int start = s.begin() + part.start();
            int end = s.begin() + part.end();
            if (!free(out, start, end)) {
                continue;
            }
            String value;
            if (part.group(2).matches("\\d{4}")) {
                String edge = part.group(1).toLowerCase(Locale.ROOT);
                value = part.group(2) + (edge.equals("early") ? "-Q1" : edge.equals("late") ? "-Q4" : "");
            } else {
                int month = java.time.Month.valueOf(part.group(2).toUpperCase(Locale.ROOT)).getValue();
                int token = s.tokenAt(start);
                value = placed(String.format(Locale.ROOT, "%d-%02d", anchor.getYear(), month), anchor,
                        token > 0 ? tense(s, token) : Tense.UNKNOWN, false);
            }
            out.add(new DateMention(part.group(), start, end, value, false));
        }
        Matcher fy = FISCAL_YEAR.matcher(text);
        while (fy.find()) {
            int start = s.begin() + fy.start();
            int end = s.begin() + fy.end();
            // "CY 2023": the tagger's year alone gives way to the year with its letters
            out.removeIf(d -> start < d.start() && d.end() == end && d.value().matches("\\d{4}"));
            if (free(out, start, end)) {
                String year = fy.group(1).length() == 2 ? "20" + fy.group(1) : fy.group(1);
                out.add(new DateMention(fy.group(), start, end, year, false));
            }
        }
        Matcher half = AGO.matcher(text);
        while (half.find()) {
            int start = s.begin() + half.start();
            int end = s.begin() + half.end();
            if (half.group(3) != null && out.stream().noneMatch(d -> d.start() <= start && end <= d.end())) {
                // "a year and a half ago", which the tagger splits in two
                out.removeIf(d -> d.start() < end && start < d.end());
                out.add(ago(new Span(half.group(), start, end), half, anchor));
            }
        }
        Matcher seasonWord = SEASON_WORD.matcher(text);
        while (seasonWord.find()) {
            int start = s.begin() + seasonWord.start();
            int end = s.begin() + seasonWord.end();
            if (free(out, start, end)) {
                int token = s.tokenAt(start);
                out.add(new DateMention(seasonWord.group(), start, end, season(anchor.getYear(),
                        seasonWord.group(1).toLowerCase(Locale.ROOT), anchor, token > 0 ? tense(s, token) : Tense.UNKNOWN), false));
            }
        }
        Matcher m = MONTH_END.matcher(text);
        while (m.find()) {
            int start = s.begin() + m.start();
            if (out.stream().anyMatch(d -> d.start() < start + m.group().length() && start < d.end())) {
                continue;
            }
            boolean year = "year".equalsIgnoreCase(m.group(1) != null ? m.group(1) : m.group(2));
            out.add(new DateMention(m.group(), start, start + m.group().length(),
                    year ? anchor.getYear() + "-12-31" : YearMonth.from(anchor).atEndOfMonth().toString(), true));
        }
    }

    /** Whether no mention found so far overlaps {@code start} to {@code end}. */
    private static boolean free(List<DateMention> out, int start, int end) {
        return out.stream().noneMatch(d -> d.start() < end && start < d.end());
    }

    private static DateMention ago(Span span, Matcher m, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        String q = m.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
        double n = q.startsWith("three quarters") ? 0.75 : NUMBERS.getOrDefault(q, -1.0);
        if (n < 0) {
            try {
                n = Double.parseDouble(q);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(3) != null && unit.startsWith("year")) {
            // "a year and a half ago": eighteen months back from the article's month
            return new DateMention(span.text(), span.start(), span.end(),
                    YearMonth.from(anchor).minusMonths(Math.round(n * 12) + 6).toString(), true);
        }
        n += m.group(3) != null ? 0.5 : 0;
        double years = n * (unit.startsWith("centur") ? 100 : unit.startsWith("decade") ? 10 : 1);
        if (unit.startsWith("year") && n == Math.rint(n)) {
            // "a year ago", "nearly five years ago": that many years back from the article's month, which a label of
            // the year alone also accepts
            return new DateMention(span.text(), span.start(), span.end(),
                    YearMonth.from(anchor).minusYears((long) n).toString(), true);
        }
        int year = anchor.getYear() - (int) Math.round(years);
        return new DateMention(span.text(), span.start(), span.end(), Integer.toString(year), true);
    }

    /** The date mention inside {@code sentence}, the nearest to {@code offset}, or {@code null}. */
    static DateMention nearest(List<DateMention> dates, Span sentence, int offset) {
        DateMention best = null;
        for (DateMention d : dates) {
            if (d.start() >= sentence.start() && d.end() <= sentence.end()
                    && (best == null || Math.abs(d.start() - offset) < Math.abs(best.start() - offset))) {
                best = d;
            }
        }
        return best;
    }
}
