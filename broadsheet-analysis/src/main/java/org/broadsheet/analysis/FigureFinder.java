package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;

/**
 * Money, percentages, counts and ordinals, each with what it measures (the subject of its clause or the
 * noun it counts) and the period when the sentence states one.
 */
final class FigureFinder {

    private static final Pattern NUMBER = Pattern.compile("[<>~]?=?\\s*[$€£¥]?\\s*(-?[0-9.]+(?:E-?[0-9]+)?)");
    private static final Pattern RANKED = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th))-(largest|biggest|highest|lowest|smallest|most|least"
            + "|richest|poorest|busiest|oldest|best|worst|ranked|seeded)\\b");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    /** Tried in this order, so that a text naming two currencies gets the same one on every run. */
    private static final List<Map.Entry<String, String>> CURRENCIES = List.of(Map.entry("$", "USD"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "CNY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("ruble", "RUB"), Map.entry("rouble", "RUB"), Map.entry("euro", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("rupee", "INR"), Map.entry("dollar", "USD"), Map.entry("won", "KRW"));
    private static final Set<String> QUALIFIERS = Set.of("more than", "less than", "over", "under", "about", "around",
            "nearly", "almost", "up to", "at least", "roughly", "some", "approximately", "fewer than");

    private FigureFinder() {
    }

    static List<Figure> find(List<Sentence> sentences, List<DateMention> dates) {
        List<Figure> out = new ArrayList<>();
        for (Sentence s : sentences) {
            int first = out.size();
            boolean setScores = setScores(s);
            List<Figure> proportions = new ArrayList<>(proportions(s));
            proportions.addAll(measuredCompounds(s, proportions));
            proportions.addAll(moneyRanges(s, proportions));
            proportions.addAll(scaledCounts(s, proportions));
            proportions.addAll(MatchScores.find(s, proportions));
            proportions.addAll(TimeWindows.find(s, proportions, dates));
            out.addAll(proportions);
            for (int i = 1; i <= s.size(); i++) {
                String tag = s.ner(i);
                if (!Set.of("MONEY", "PERCENT", "NUMBER", "ORDINAL", "DURATION").contains(tag)) {
                    continue;
                }
                String norm = s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                int j = mentionEnd(s, i);
                int from = i;
                i = j;
                if (covered(proportions, s.begin(from), s.end(j)) || overlapsDate(dates, s.begin(from), s.end(j))
                        || notAFigure(s, from, j, tag, setScores)) {
                    continue;
                }
                if (tag.equals("DURATION")) {
                    Figure d = duration(s, from, j, norm, dates);
                    if (d != null) {
                        out.addAll(rangeBounds(d));
                    }
                    continue;
                }
                Matcher range = RANGE.matcher(rangeOf(s, from, j, norm));
                if (range.matches() && (tag.equals("NUMBER") || tag.equals("PERCENT") || tag.equals("MONEY"))) {
                    // "4-1", "four to six", "30-60 per cent": one figure per bound
                    int dash = from;
                    while (dash < j && !s.word(dash).matches("-|–|to|and")) {
                        dash++;
                    }
                    for (String[] part : new String[][] {{range.group(1), "L"}, {range.group(2), "R"}}) {
                        int a = part[1].equals("L") ? from : Math.min(j, dash + 1);
                        int b = part[1].equals("L") ? Math.max(from, dash - 1) : j;
                        Figure f = figure(s, a, b, tag, part[0], dates);
                        if (f != null) {
                            out.add(f);
                        }
                    }
                    continue;
                }
                Figure f = figure(s, from, j, tag, norm, dates);
                if (f != null) {
                    out.addAll(rangeBounds(f));
                }
            }
            // the sentence's own figures, read and rewritten in place: units, shares and durations stay in their sentence
            List<Figure> here = out.subList(first, out.size());
            List<int[]> none = noFigures(s);
            here.removeIf(f -> none.stream().anyMatch(n -> f.start() < n[1] && f.end() > n[0]));
            // "There are three reasons", "two examples", "top 10 trends": the text counting its own points, no figure
            here.removeIf(f -> f.kind() == Figure.Kind.COUNT && f.unit() != null
                    && ENUMERATED.contains(f.unit().toLowerCase(Locale.ROOT)));
            multipliers(s, here);
            inheritPercent(here);
            joinDurations(s, here);
            shareUnits(s, here);
            out.addAll(rankNumbers(s, out, dates));
            Matcher m = RANKED.matcher(s.whole().text());
            while (m.find()) {
                String o = m.group(1).toLowerCase(Locale.ROOT);
                int rank = ORDINALS.indexOf(o) + 1;
                if (rank == 0) {
                    rank = Integer.parseInt(o.replaceAll("\\D", ""));
                }
                int start = s.begin() + m.start();
                int tok = s.tokenAt(start);
                String measures = null;
                String unit = null;
                if (tok > 0) {
                    int head = s.head(tok);
                    while (head > 0 && !s.tag(head).startsWith("NN")) {
                        head = s.head(head);
                    }
                    if (head > 0) {
                        int from = Math.min(tok, s.nounPhrase(head)[0]);
                        if (from > 2 && s.tag(from - 1).equals("POS")) {
                            from = s.nounPhrase(from - 2)[0];
                        }
                        measures = s.text(from, head);
                        unit = head > 1 && s.relation(head - 1).startsWith("compound") ? s.text(head - 1, head) : s.word(head);
                    }
                }
                if (!covered(out, start, s.begin() + m.end())) {
                    out.add(new Figure(Figure.Kind.ORDINAL, m.group(), start, s.begin() + m.end(), rank, unit, null,
                            measures, period(s, dates)));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (out.stream().anyMatch(f -> "CNY".equals(f.unit()) && f.text().contains("¥")) && aboutJapan(sentences)) {
            out.replaceAll(f -> "CNY".equals(f.unit()) && f.text().contains("¥") ? new Figure(f.kind(), f.text(), f.start(),
                    f.end(), f.value(), "JPY", f.qualifier(), f.measures(), f.period()) : f);
        }
        return withoutRepeats(ElectionMargins.read(sentences, out));
    }

    /** "No. 3", "#10": a number sign before a number, which ranks when no noun names what it numbers. */
    private static final Pattern RANK_NUMBER = Pattern.compile("(?<![\\w.])(?:No\\.|#)\\s?(\\d{1,3})(?![\\d.,]\\d|\\w)");

    /**
     * Places on a ranked list written with a number sign ("held the No. 3 spot", "rising from No. 10 to No. 9", "our #1
     * pick", a heading "#4: ..."), the guideline's ordinals; after a noun the sign numbers what the noun names ("Symphony
     * No. 9", "PERSON #2", "Tip #3"), an identifier like the spec's "Pier 4".
     */
    private static List<Figure> rankNumbers(Sentence s, List<Figure> taken, List<DateMention> dates) {
        List<Figure> out = new ArrayList<>();
        String text = s.whole().text();
        Matcher m = RANK_NUMBER.matcher(text);
        while (m.find()) {
            int start = s.begin() + m.start();
            int end = s.begin() + m.end();
            int sign = s.tokenAt(start);
            if (covered(taken, start, end) || sign > 1 && (s.tag(sign - 1).startsWith("NN") || s.tag(sign - 1).equals("CD"))) {
                continue;
            }
            out.add(new Figure(Figure.Kind.ORDINAL, m.group(), start, end, Integer.parseInt(m.group(1)), null, null, null,
                    period(s, dates)));
        }
        return out;
    }

    /**
     * Stretches of a sentence whose numbers are no figures (the spec's section 8 and the guideline): a win-loss(-tie)
     * record of three parts ("improved to 14-0-1"), a one-token span of years ("the 2022-23 school year"), and a vague
     * amount in words ("billions of dollars", "hundreds of thousands of files"), a size naming a model ("the
     * 16-inch MacBook Pro", the guideline's names), a plural of a number naming an age group or a decade ("18-24s", "in
     * their 20s"), a code ("401(k)") and a win-loss record of two parts ({@link WinLossRecords}).
     */
    private static List<int[]> noFigures(Sentence s) {
        List<int[]> out = new ArrayList<>();
        String text = s.whole().text();
        Matcher m = NO_FIGURE.matcher(text);
        while (m.find()) {
            out.add(new int[] {s.begin() + m.start(), s.begin() + m.end()});
        }
        m = MEASURED_COMPOUND.matcher(text);
        while (m.find()) {
            if (NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                out.add(new int[] {s.begin() + m.start(), s.begin() + m.end()}); // "the 13-inch MacBook Pro": a model's name
            }
        }
        out.addAll(WinLossRecords.spans(s));
        return out;
    }

    /** A currency written as a sign, a code or a word: what makes a tagged amount money. */
    private static final Pattern CURRENCY_MARK = Pattern.compile("[$\u20ac\u00a3\u00a5\u20b9\u20a9\u20b1\u20bd\u20ba\u20aa\u0e3f]"
            + "|\\b[A-Z]{3}\\b|\\d+p\\b|(?i)\\b(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|rs\\.?|roubles?|rubles?"
            + "|won|pesos?|francs?|krona|kronor|krone|kroner|reais|real|rand|lira|liras|cents?|pence|penny|shekels?|dirhams?"
            + "|riyals?|naira|baht|ringgit|dong|zloty|forint|taka|tk|lakhs?|crores?|bucks?|quid|grand|kwacha|cedis?|shillings?"
            + "|rupiah|pula|birr|dinars?|leu|lei|lev|hryvnias?|tenge|manat|som|soms|sum|afghanis?|kyat|kip|riel|ngultrum"
            + "|rufiyaa|bolivars?|colones?|colon|quetzals?|lempiras?|cordobas?|balboas?|guaranis?|soles?|sol|gourdes?)\\b");

    private static final Pattern NO_FIGURE = Pattern.compile("(?<![\\w.,-])\\d{1,3}-\\d{1,3}-\\d{1,3}(?![\\w-]|\\.\\d)"
            + "|(?<![\\w.,-])(?:1[89]|20)\\d{2}[-\u2013](?:\\d{2}|(?:1[89]|20)\\d{2})(?![\\w-]|\\.\\d)"
            // a plural of a number names an age group or a decade ("18-24s", "in their 20s"), or a code ("401(k)")
            + "|(?<![\\w.,])(?:\\d{1,3}[-\u2013])?\\d{1,4}s\\b|(?<![\\w.,])\\d{3}\\([a-z]\\)"
            // a footnote mark after the word it notes ("per shift[1]", "per shift [1]")
            + "|(?<=[\\p{L}\\p{N}.,;:!?\"'\u201d\u2019)])\\s?\\[\\d{1,3}\\]"
            // a speed from standstill names the acceleration test ("zero to 60 mph (97 kph) in 3.5 seconds", "0-62 mph"):
            // the time is the figure, not the speeds that name the test
            + "|(?i)\\b(?:0|zero)\\s*(?:to|-|\u2013)\\s*\\d{2,3}\\s*(?:mph|km/h|kph|kmh)(?:\\s*\\(\\s*\\d{2,3}\\s*(?:mph|km/h|kph|kmh)\\s*\\))?"
            // a video mode ("1080p", "1440p"): a name, not a number of anything (the standard ones only: "120p" is pence)
            + "|(?<![\\w.,])(?:240|360|480|576|720|1080|1440|2160|4320)[pi]\\b"
            // a number joined to a part of a thing names its design ("a two-stroke engine", "a four-door coupe", "a
            // three-tier app", "a six-figure salary", "a 360-degree camera"), not a quantity of anything the story counts
            + "|(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})-(?:door|stroke|part|tier|figure|piece|way|wheel)\\b"
            + "|(?i)\\b(?:180|360)-degree\\b"
            + "|(?i)\\b(?:hundreds|thousands|millions|billions|trillions)(?:\\s+of\\s+(?:hundreds|thousands|millions|billions))?\\s+of\\b");

    /**
     * A bare number joined to the next figure by a dash, "to", "or" or a list's commas takes that figure's unit and
     * scale: "25,000-50,000 miles", "10-15 minutes", "30-60 per cent", "350-375 million", "5,000, 7,500 and 10,000
     * miles".
     */
    private static void shareUnits(Sentence s, List<Figure> out) {
        String text = s.whole().text();
        List<Integer> here = new ArrayList<>(java.util.stream.IntStream.range(0, out.size()).boxed().toList());
        here.sort((x, y) -> Integer.compare(out.get(x).start(), out.get(y).start()));
        for (int n = here.size() - 2; n >= 0; n--) {
            Figure a = out.get(here.get(n));
            Figure b = out.get(here.get(n + 1));
            if (a.kind() != Figure.Kind.COUNT || a.unit() != null && !a.unit().equals("count")
                    || b.kind() == Figure.Kind.ORDINAL || a.end() > b.start()
                    || !text.substring(a.end() - s.begin(), b.start() - s.begin())
                            .matches("\\s*(?:-|–|—|to|or|,|,? and|,? or)\\s*(?:and\\s+)?")) {
                continue;
            }
            double value = a.value();
            String scale = b.text().toLowerCase(Locale.ROOT);
            if (value * 100 < b.value() && scale.matches(".*\\d\\s*(million|billion|bn|m|mn)\\b.*")) {
                value *= scale.matches(".*(billion|bn)\\b.*") ? 1e9 : 1e6; // "350-375 million"
            }
            boolean unit = b.unit() != null && !b.unit().equals("count");
            out.set(here.get(n), new Figure(unit ? b.kind() : a.kind(), a.text(), a.start(), a.end(), value,
                    unit ? b.unit() : a.unit(), a.qualifier(), a.measures(), a.period()));
        }
    }

    /** Nouns by which a text counts its own points and items ("three big reasons", "two examples", "25 hosting trends"). */
    private static final Set<String> ENUMERATED = Set.of("reasons", "things", "ways", "examples", "recommendations",
            "tips", "types", "kinds", "categories", "subcategories", "trends", "favorites", "favourites", "lessons",
            "takeaways", "myths", "mistakes");
    /** After a number: "times" with what it multiplies ("25 times your expenses", "three times the rate", "10 times more"). */
    private static final Pattern TIMES_AFTER = Pattern.compile("(?i)\\s*(?:-|\u2013|to|or)?\\s*(?:\\d+(?:\\.\\d+)?\\s*)?times\\s+"
            + "(?:as|the|that|this|its|their|his|her|your|our|my|what|more|less|higher|lower|larger|bigger|greater|faster"
            + "|longer|smaller)\\b");
    /** "4x", "9x to 10x", "multiplied by 10": a multiplier written with a letter or a verb, which the tagger does not read. */
    private static final Pattern X_TIMES = Pattern.compile("(?i)(?<![\\w.,])(\\d+(?:\\.\\d+)?)x\\b|\\bmultiplied by (\\d+(?:\\.\\d+)?)\\b");

    /**
     * Multipliers, the spec's unit {@code times}: a count followed by "times" and what it multiplies ("at least 25 to 30
     * times your annual expenses"), "4x" and "9x to 10x", "multiplied by 10"; torque in pound-feet ("414 lb-ft", not
     * feet) and "80-percent" written with a hyphen.
     */
    private static void multipliers(Sentence s, List<Figure> out) {
        String text = s.whole().text();
        for (int n = 0; n < out.size(); n++) {
            Figure f = out.get(n);
            int end = f.end() - s.begin();
            String after = text.substring(Math.min(end, text.length()));
            if (f.kind() == Figure.Kind.COUNT && TIMES_AFTER.matcher(after).lookingAt()) {
                out.set(n, new Figure(Figure.Kind.COUNT, f.text(), f.start(), f.end(), f.value(), "times", f.qualifier(),
                        f.measures(), f.period()));
            } else if (f.kind() == Figure.Kind.COUNT && after.matches("(?s)\\s*lb-ft\\b.*")) {
                out.set(n, new Figure(Figure.Kind.COUNT, f.text(), f.start(), f.end(), f.value(), "lb-ft", f.qualifier(),
                        f.measures(), f.period()));
            } else if (f.kind() == Figure.Kind.COUNT && f.text().matches("(?i).*\\d-percent")) {
                out.set(n, new Figure(Figure.Kind.PERCENT, f.text(), f.start(), f.end(), f.value(), "percent", f.qualifier(),
                        f.measures(), f.period()));
            }
        }
        Matcher m = X_TIMES.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int start = s.begin() + m.start(group);
            int stop = s.begin() + m.end(group) + (group == 1 ? 1 : 0);
            out.removeIf(f -> f.start() < stop && start < f.end());
            out.add(new Figure(Figure.Kind.COUNT, text.substring(m.start(group), stop - s.begin()), start, stop,
                    Double.parseDouble(m.group(group)), "times", null, null, null));
        }
    }

    private static final Pattern LIGHT_YEARS = Pattern.compile("(?i)\\s*light[- ]?years?\\b");
    private static final Pattern SCALED_WORDS = Pattern.compile("([\\d.,]*\\d)\\s*(million|billion|trillion)\\b");
    /** "a 13.8-billion-year period", "a 4-million-mile trip": a scaled measure written as one hyphenated word. */
    private static final Pattern SCALED_COMPOUND = Pattern.compile("(?i)(?<![\\w.,])(\\d+(?:\\.\\d+)?)-(million|billion)-"
            + "(year|light-year|mile|kilometer|kilometre)\\b(?!-old\\b)");

    /** How many of the smaller unit make one of the larger, for durations written in two parts. */
    private static final Map<String, Integer> PARTS = Map.of("years>months", 12, "weeks>days", 7, "days>hours", 24,
            "hours>minutes", 60, "minutes>seconds", 60);

    /** "three years and four months" is one duration of 40 months (the spec's section 8), not two. */
    private static void joinDurations(Sentence s, List<Figure> out) {
        String text = s.whole().text();
        for (int k = out.size() - 1; k > 0; k--) {
            Figure a = out.get(k - 1);
            Figure b = out.get(k);
            Integer per = PARTS.get(a.unit() + ">" + b.unit());
            if (a.kind() != Figure.Kind.DURATION || b.kind() != Figure.Kind.DURATION || per == null
                    || a.end() > b.start()
                    || !text.substring(a.end() - s.begin(), b.start() - s.begin()).matches(",?\\s+and\\s+|\\s+")) {
                continue;
            }
            out.set(k - 1, new Figure(Figure.Kind.DURATION, text.substring(a.start() - s.begin(), b.end() - s.begin()),
                    a.start(), b.end(), a.value() * per + b.value(), b.unit(), a.qualifier(), a.measures(), a.period()));
            out.remove(k);
        }
    }

    private static final Set<String> JAPAN = Set.of("Japan", "Japanese", "Tokyo", "yen");
    private static final Set<String> CHINA = Set.of("China", "Chinese", "Beijing", "yuan", "renminbi");

    /** "¥" is both yen and yuan: a story that names Japan more often than China means yen. */
    private static boolean aboutJapan(List<Sentence> sentences) {
        int japan = 0;
        int china = 0;
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                String w = s.word(i);
                japan += JAPAN.contains(w) ? 1 : 0;
                china += CHINA.contains(w) ? 1 : 0;
            }
        }
        return japan > china;
    }

    /**
     * A number with a fraction and nothing counted, among the percentages of its sentence, is one more percentage
     * ("11.9 percent were black, 15.36 percent Hispanic, and 7.3 of another race"): no count has a fraction, and a
     * share of a whole is under 100.
     */
    private static void inheritPercent(List<Figure> out) {
        boolean percentages = out.stream().anyMatch(f -> f.kind() == Figure.Kind.PERCENT);
        if (!percentages) {
            return;
        }
        out.replaceAll(f -> f.kind() == Figure.Kind.COUNT && f.unit() == null && f.value() != Math.rint(f.value())
                && f.value() < 100 // a share of a whole; "27,934.02" beside "rose 0.5%" is the index's level
                ? new Figure(Figure.Kind.PERCENT, f.text(), f.start(), f.end(), f.value(), "percent", f.qualifier(),
                        f.measures(), f.period())
                : f);
    }

    /**
     * The same sum written again ("$53 million" three times) is one fact: the first mention stays. So is a measure
     * with a fraction ("8.69 GW", then "that 8.69 GW"); small whole counts and shares recur as different facts.
     */
    private static List<Figure> withoutRepeats(List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Figure f : figures) {
            boolean large = f.kind() == Figure.Kind.MONEY || f.value() >= 1000;
            boolean exactMeasure = f.kind() == Figure.Kind.COUNT && f.value() != Math.rint(f.value())
                    && f.unit() != null && MEASURES.containsValue(f.unit());
            // written another way it is still the fact: "a 13.8-billion-year period", then "13.8 billion years after"
            if (!large && !exactMeasure || seen.add(f.kind() + "|" + f.value() + "|" + f.unit())) {
                out.add(f);
            }
        }
        return out;
    }


    /** Two numbers in digits joined by "to" or a dash ("5 to 10", "5-10"), as the words of a span give them. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    /**
     * The normalized value of a span to read as a range: the tagger's ("4.0-6.0"; a percentage's leading "%" dropped,
     * "%5.0 - 10.0"), or, when the tagger ran a range's bounds together ("about 5 to 10%" as 510 percent), the two
     * numbers its words give ("5 - 10"). Empty when the span is no range.
     */
    private static String rangeOf(Sentence s, int from, int j, String norm) {
        String value = norm == null ? "" : norm.startsWith("%") ? norm.substring(1) : norm;
        if (RANGE.matcher(value).matches()) {
            return value;
        }
        for (int k = from + 1; k < j; k++) {
            if (s.word(k).matches("to|-|\u2013") && DIGITS.matcher(s.word(k - 1)).matches()
                    && DIGITS.matcher(s.word(k + 1)).matches()) {
                String low = s.word(k - 1).replace(",", "");
                String high = s.word(k + 1).replace(",", "");
                Matcher told = NUMBER.matcher(value);
                try {
                    // only where the tagger's value is not the first bound: "5 to 10" it read right stays its own
                    return told.find() && Double.parseDouble(told.group(1)) != Double.parseDouble(low) ? low + " - " + high : "";
                } catch (NumberFormatException e) {
                    return "";
                }
            }
        }
        return "";
    }

    private static final Pattern RANGE = Pattern.compile("[<>~]?=?\\s*[$€£¥]?(-?[0-9.]+(?:E-?[0-9]+)?)\\s*[-–]\\s*[$€£¥]?(-?[0-9.]+(?:E-?[0-9]+)?)");
    /** A number and a half written in words ("five-and-a-half"). */
    private static final Pattern AND_A_HALF_NUMBER = Pattern.compile("(?i)[a-z]+[- ]and[- ]a[- ]half");
    /** A percentage written "per cent", which the tagger may take for an amount in cents. */
    private static final Pattern PER_CENT = Pattern.compile("(?i)(\\d[\\d,]*(?:\\.\\d+)?)\\s*per\\s*cent");
    /** "20m": a number with an "m" that may be metres or millions; the words after it tell which. */
    private static final Pattern METRES_WRITTEN = Pattern.compile("(\\d+(?:\\.\\d+)?)m");
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}\\s*-\\s*\\d{1,2}");
    private static final Set<String> STREAK = Set.of("straight", "consecutive", "time", "times", "successive", "largest",
            "biggest", "highest", "lowest", "ranked", "seeded", "place", "quarter");
    private static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:(a|one|two|three|four)[- ])?(half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\\b(?!-)");
    private static final Pattern OUT_OF = Pattern.compile("(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:times\\s+)?(?:out of|in)\\s+(\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final Pattern AGE_AHEAD = Pattern.compile("(?i)\\s*(?:(?:to|-|\u2013|or)\\s*\\d+\\s*)?-?\\s*years?\\s*-?\\s*old|\\s*or\\s+(?:older|above|over|younger)");
    /** Nouns that a "10-year" or "three-month" names rather than measures: "10-year notes", "a 12-month average". */
    private static final Set<String> TERMED = Set.of("bond", "bonds", "note", "notes", "yield", "yields", "bill", "bills",
            "treasury", "treasuries", "mortgage", "mortgages", "loan", "loans", "average", "aluminum", "aluminium",
            "copper", "contract", "contracts", "rate", "rates", "plan");
    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /** Units written as words or symbols, each in the spec's name ("2.5-liter", "300 megawatts", "8.69 GW"). */
    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("liter", "liters"), Map.entry("litre", "liters"), Map.entry("liters", "liters"),
            Map.entry("litres", "liters"), Map.entry("horsepower", "horsepower"), Map.entry("hp", "horsepower"),
            Map.entry("kilowatt", "kW"), Map.entry("kilowatts", "kW"), Map.entry("kw", "kW"),
            Map.entry("megawatt", "MW"), Map.entry("megawatts", "MW"), Map.entry("mw", "MW"),
            Map.entry("gigawatt", "GW"), Map.entry("gigawatts", "GW"), Map.entry("gw", "GW"),
            Map.entry("terawatt", "TW"), Map.entry("terawatts", "TW"),
            Map.entry("kwh", "kWh"), Map.entry("mwh", "MWh"), Map.entry("gwh", "GWh"), Map.entry("twh", "TWh"),
            Map.entry("kilometer", "km"), Map.entry("kilometre", "km"), Map.entry("mile", "miles"),
            Map.entry("meter", "m"), Map.entry("metre", "m"), Map.entry("foot", "feet"), Map.entry("inch", "inches"),
            Map.entry("inches", "inches"), Map.entry("yard", "yards"), Map.entry("acre", "acres"),
            Map.entry("acres", "acres"), Map.entry("hectare", "hectares"), Map.entry("hectares", "hectares"),
            Map.entry("gallon", "gallons"), Map.entry("gallons", "gallons"), Map.entry("barrel", "barrels"),
            Map.entry("barrels", "barrels"), Map.entry("milligrams", "mg"), Map.entry("milligram", "mg"),
            Map.entry("mg", "mg"), Map.entry("mph", "mph"), Map.entry("kph", "km/h"), Map.entry("ton", "t"),
            Map.entry("tonne", "t"), Map.entry("tonnes", "t"), Map.entry("tons", "t"), Map.entry("kilogram", "kg"),
            Map.entry("kilograms", "kg"), Map.entry("kg", "kg"), Map.entry("kilos", "kg"), Map.entry("gram", "g"),
            Map.entry("grams", "g"), Map.entry("pounds", "lb"), Map.entry("pound", "lb"), Map.entry("lbs", "lb"),
            Map.entry("kilometres", "km"), Map.entry("kilometers", "km"), Map.entry("km", "km"), Map.entry("miles", "miles"),
            Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("yards", "yards"), Map.entry("feet", "feet"));
    /**
     * "a 275-horsepower motor", "the 55-kilometer stretch", "a three-foot cable", "a 300-pound lineman": a measure
     * written as one hyphenated word; a height in feet and inches ("the 6-foot-4 right-hander") is one measure in feet.
     */
    private static final Pattern MEASURED_COMPOUND = Pattern.compile(
            "(?i)(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)-(liter|litre"
            + "|horsepower|kilowatt|megawatt|gigawatt|kilometer|kilometre|mile|meter|metre|foot|inch|yard|acre|hectare|gallon"
            + "|barrel|ton|tonne|kilogram|pound)\\b(?!-old\\b)(?:(?<=foot)-(\\d{1,2})(?![\\w.-])|-(?:long|high|tall|wide|deep)\\b)?");
    /** A measure that names a model ("the 16-inch MacBook Pro"): a capitalised word, the name, follows it. */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+(?:[A-Z][\\w-]*|[a-z]+[A-Z]\\w*)\\b");
    /** "$373-$400": a range whose bounds each carry the currency; the tagger keeps only the second bound. */
    private static final Pattern MONEY_RANGE = Pattern.compile(
            "((?:[A-Z]{1,2})?[$€£¥])\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s?(million|billion|m|bn)?\\s?(?:-|–|to)\\s?\\1\\s?(\\d[\\d,]*(?:\\.\\d+)?)"
            + "\\s?(million|billion|m|bn)?\\b");
    /** "2m viewers", "1.5bn users": a count in millions or billions written with a letter, which the tagger does not read. */
    private static final Pattern DECIMAL = Pattern.compile("(\\d+\\.\\d+)");
    /** "A$12", "HK$5": a dollar sign with a country's letters before it. */
    private static final Pattern LETTERED_DOLLAR = Pattern.compile("([A-Z]{1,2}\\$)");
    private static final Pattern SCALED = Pattern.compile("(\\d+(?:\\.\\d+)?)(m|mn|bn|k)");
    /** Race distances, in metres: "the 400m hurdles" counts no hurdles in millions. */
    private static final Set<String> DISTANCES = Set.of("50", "60", "100", "110", "200", "400", "800", "1500", "3000",
            "5000", "10000");

    private static List<Figure> measuredCompounds(Sentence s, List<Figure> taken) {
        List<Figure> out = new ArrayList<>();
        Matcher c = SCALED_COMPOUND.matcher(s.whole().text());
        while (c.find()) {
            int start = s.begin() + c.start();
            int end = s.begin() + c.end();
            String unit = c.group(3).toLowerCase(Locale.ROOT);
            boolean years = unit.equals("year");
            if (!covered(taken, start, end)) {
                out.add(new Figure(years ? Figure.Kind.DURATION : Figure.Kind.COUNT, c.group(), start, end,
                        Double.parseDouble(c.group(1)) * (c.group(2).equalsIgnoreCase("billion") ? 1e9 : 1e6),
                        years ? "years" : unit.equals("light-year") ? "light-years" : MEASURES.get(unit),
                        qualifierBefore(before(s, c.start())), null, null));
            }
        }
        Matcher m = MEASURED_COMPOUND.matcher(s.whole().text());
        while (m.find()) {
            int start = s.begin() + m.start();
            int end = s.begin() + m.end();
            if (!covered(taken, start, end) && !NAME_AFTER.matcher(s.whole().text()).region(m.end(), s.whole().text().length())
                    .lookingAt()) {
                double inches = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                out.add(new Figure(Figure.Kind.COUNT, m.group(), start, end,
                        smallNumber(m.group(1).replace(",", "")) + inches / 12, MEASURES.get(m.group(2).toLowerCase(Locale.ROOT)),
                        qualifierBefore(before(s, m.start())), null, null));
            }
        }
        return out;
    }

    private static List<Figure> moneyRanges(Sentence s, List<Figure> taken) {
        List<Figure> out = new ArrayList<>();
        String text = s.whole().text();
        Matcher m = MONEY_RANGE.matcher(text);
        while (m.find()) {
            String code = symbolCurrency(m.group(1), text);
            if (code == null || covered(taken, s.begin() + m.start(), s.begin() + m.end())) {
                continue;
            }
            String firstScale = m.group(3) != null ? m.group(3) : m.group(5); // "$1-$2 million": both in millions
            int firstEnd = m.group(3) != null ? m.end(3) : m.end(2);
            out.add(new Figure(Figure.Kind.MONEY, text.substring(m.start(), firstEnd), s.begin() + m.start(),
                    s.begin() + firstEnd, scaled(m.group(2), firstScale), code, null, null, null));
            out.add(new Figure(Figure.Kind.MONEY, text.substring(m.start(4) - m.group(1).length(), m.end()).trim(),
                    s.begin() + m.start(4) - m.group(1).length(), s.begin() + m.end(), scaled(m.group(4), m.group(5)), code,
                    null, null, null));
        }
        return out;
    }

    private static double scaled(String number, String scale) {
        double v = Double.parseDouble(number.replace(",", ""));
        if (scale == null) {
            return v;
        }
        return v * (scale.startsWith("b") ? 1e9 : 1e6);
    }

    private static List<Figure> scaledCounts(Sentence s, List<Figure> taken) {
        List<Figure> out = new ArrayList<>();
        for (int i = 1; i < s.size(); i++) {
            Matcher m = SCALED.matcher(s.word(i));
            if (!m.matches() || !s.ner(i).equals("O") || !s.tag(i + 1).equals("NNS")
                    || i > 1 && s.word(i - 1).matches("[$€£¥]|.*\\$")
                    || m.group(2).equals("m") && DISTANCES.contains(m.group(1))) {
                continue;
            }
            Span span = s.span(i, i);
            if (covered(taken, span.start(), span.end())) {
                continue;
            }
            double scale = m.group(2).equals("k") ? 1e3 : m.group(2).equals("bn") ? 1e9 : 1e6;
            String noun = s.word(i + 1);
            out.add(new Figure(Figure.Kind.COUNT, span.text(), span.start(), span.end(),
                    Double.parseDouble(m.group(1)) * scale, noun.equalsIgnoreCase("people") ? "people" : noun,
                    qualifier(s, i), null, null));
        }
        return out;
    }

    private static String before(Sentence s, int offset) {
        String text = s.whole().text();
        return text.substring(Math.max(0, offset - 12), offset).toLowerCase(Locale.ROOT);
    }

    /** Tennis-style set scores ("6-4, 7-6 (5)"): two or more scores of a set each, read as one result line. */
    private static boolean setScores(Sentence s) {
        Matcher m = Pattern.compile("\\b([0-7])\\s*-\\s*([0-7])\\b(?:\\s*\\(\\d+\\))?\\s*,\\s*([0-7])\\s*-\\s*([0-7])\\b")
                .matcher(s.whole().text());
        return m.find();
    }

    /** "nearly a quarter century", "a half-century", "half a century": 25 or 50 years, not a share. */
    private static final Pattern PART_OF_CENTURY = Pattern.compile(
            "(?i)\\b(?:an?\\s+(?:quarter|half)[- ]century|(?:half|quarter)\\s+of\\s+a\\s+century|half\\s+a\\s+century)\\b(?!\\s+ago\\b)");
    /** "half a million years", "half a billion users": half the scale; money is left to the tagger. */
    private static final Pattern HALF_A_MILLION = Pattern.compile(
            "(?i)\\bhalf\\s+a\\s+(million|billion)\\s+(?!dollars|euros|pounds|yen|yuan|rupees)([a-z]+)\\b");
    private static final Pattern TWICE_A = Pattern.compile("(?i)\\s+(?:a|an|per|each|every)\\s+(?:year|month|week|day|night|hour|season)\\b");
    private static final Pattern TWICE_AS = Pattern.compile("(?i)\\s+(?:as|the|that|its|their|his|her|what|more|over)\\b");
    /** "a year and a half", "two-and-a-half hours", "five and a half years": a duration with a half. */
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)"
            + "[- ](?:(year|month|week|day|hour|minute)s?[- ]and[- ]a[- ]half|and[- ]a[- ]half[- ](year|month|week|day|hour|minute)s?)\\b");
    /**
     * "more than a year", "almost a decade", "about a month", "for a month", "within one minute", "after a week": one
     * unit of time with a qualifier or a preposition of extent is a stated duration (a bare "a year" is too often no
     * figure: "a year it lost", "$53 million a week"); "a year and a half" and "a week-long" are read elsewhere. A decade
     * or a century is counted in years, the spec's base unit.
     */
    private static final Pattern ABOUT_A = Pattern.compile("(?i)\\b(more than|over|nearly|almost|about|at least|roughly|around"
            + "|just over|barely|for|within|after)\\s+(an?|one)\\s+(year|month|week|day|hour|minute|decade|century)\\b"
            + "(?![- ]and[- ]a[- ]half\\b|[- ](?:ago|old|later|earlier|before)\\b|-)");

    /** "three-quarters of a century (ago)", "half an hour": a stretch of time, not a share of something. */
    private static final Pattern TIME_SPAN_AFTER = Pattern.compile(
            "(?i)\\s+(?:of\\s+)?an?\\s+(century|decade|year|month|week|day|hour|minute|second)\\b");

    /** "a third", "two-thirds", "just over half", "eight out of ten": percentages in words. */
    private static List<Figure> proportions(Sentence s) {
        List<Figure> out = new ArrayList<>();
        String text = s.whole().text();
        Matcher m = OUT_OF.matcher(text);
        while (m.find()) {
            double n = smallNumber(m.group(1));
            double d = smallNumber(m.group(2));
            int denominator = s.tokenAt(s.begin() + m.start(2));
            if (denominator > 0 && s.ner(denominator).equals("DATE")) {
                continue; // "Artemis 2 in 2022", "multiplied by 10 in 2024": a year, no ratio
            }
            if (d > n && d > 1) {
                out.add(new Figure(Figure.Kind.PERCENT, m.group(), s.begin() + m.start(), s.begin() + m.end(),
                        Math.round(10000 * n / d) / 100.0, "percent", null, null, null));
            }
        }
        m = PART_OF_CENTURY.matcher(text);
        while (m.find()) {
            boolean quarter = m.group().toLowerCase(Locale.ROOT).contains("quarter");
            out.add(new Figure(Figure.Kind.DURATION, m.group(), s.begin() + m.start(), s.begin() + m.end(), quarter ? 25 : 50,
                    "years", qualifierBefore(before(s, m.start())), null, null));
        }
        m = HALF_A_MILLION.matcher(text);
        while (m.find()) {
            double value = m.group(1).equalsIgnoreCase("billion") ? 5e8 : 5e5;
            String noun = m.group(2).toLowerCase(Locale.ROOT);
            boolean years = noun.equals("years");
            out.add(new Figure(years ? Figure.Kind.DURATION : Figure.Kind.COUNT, m.group(), s.begin() + m.start(),
                    s.begin() + m.end(), value, years ? "years" : noun, qualifierBefore(before(s, m.start())), null, null));
        }
        m = FRACTION.matcher(text);
        while (m.find()) {
            if (covered(out, s.begin() + m.start(), s.begin() + m.end())) {
                continue; // "a quarter century": the stretch of time read above
            }
            String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            String part = m.group(2).toLowerCase(Locale.ROOT);
            boolean counted = m.group(1) != null || before.matches(".*\\b(over|than|about|nearly|almost|just|roughly|around|some|least)\\s*$");
            String after = text.substring(m.end());
            // "two-and-a-half hours" (part of a number, read below; "and two-thirds" is a share of its own); "the third
            // quarter of 2019"; "a quarter-point cut"
            boolean halfOfANumber = before.matches(".*\\band[- ]$") && (m.group(1) == null || m.group(1).matches("(?i)an?"));
            if (!counted || halfOfANumber
                    || part.startsWith("quarter") && after.matches("(?is)\\s*(of\\s+)?(the\\s+)?(19|20)\\d\\d.*|-point.*")
                    || TIME_SPAN_AFTER.matcher(after).lookingAt() || ranksANoun(s, m, part)) {
                continue;
            }
            double n = m.group(1) == null ? 1 : Math.max(1, smallNumber(m.group(1)));
            double d = part.startsWith("hal") ? 2 : part.startsWith("thir") ? 3 : part.startsWith("quart") ? 4
                    : part.startsWith("fif") ? 5 : 10;
            out.add(new Figure(Figure.Kind.PERCENT, m.group(), s.begin() + m.start(), s.begin() + m.end(),
                    Math.round(10000 * n / d) / 100.0, "percent", qualifierBefore(before), null, null));
        }
        m = Pattern.compile("(?i)\\b(twice|(two|three|four|five|six|seven|eight|nine|ten|\\d+)-?fold)\\b").matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            double times = w.equals("twice") ? 2 : smallNumber(w.replaceAll("-?fold$", ""));
            String after = text.substring(m.end());
            if (w.equals("twice") && TWICE_A.matcher(after).lookingAt()) {
                continue; // "twice a year": how often, not how much
            }
            // "twice as much", "twice the rate" compare; "scored twice" counts occurrences
            String unit = !w.equals("twice") || TWICE_AS.matcher(after).lookingAt() ? "times" : "count";
            out.add(new Figure(Figure.Kind.COUNT, m.group(), s.begin() + m.start(), s.begin() + m.end(), times, unit,
                    null, null, null));
        }
        m = AND_A_HALF.matcher(text);
        while (m.find()) {
            String unit = m.group(2) != null ? m.group(2) : m.group(3);
            double value = smallNumber(m.group(1)) + 0.5;
            out.add(new Figure(Figure.Kind.DURATION, m.group(), s.begin() + m.start(), s.begin() + m.end(), value,
                    unit.toLowerCase(Locale.ROOT) + "s", qualifierBefore(before(s, m.start())), null, null));
        }
        m = ABOUT_A.matcher(text);
        while (m.find()) {
            if (covered(out, s.begin() + m.start(), s.begin() + m.end())) {
                continue;
            }
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            // the spec's base units: a decade or a century is counted in years ("three years and four months" is 40 months)
            double value = unit.equals("decade") ? 10 : unit.equals("century") ? 100 : 1;
            unit = value > 1 ? "years" : unit + "s";
            int from = m.start(2);
            String qualifier = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            out.add(new Figure(Figure.Kind.DURATION, text.substring(from, m.end()), s.begin() + from, s.begin() + m.end(),
                    value, unit, QUALIFIERS.contains(qualifier) || qualifier.equals("just over") ? qualifier : null, null, null));
        }
        m = Pattern.compile("(?i)\\b(quarter|half)[- ]point\\b").matcher(text);
        while (m.find()) {
            out.add(new Figure(Figure.Kind.PERCENT, m.group(), s.begin() + m.start(), s.begin() + m.end(),
                    m.group(1).equalsIgnoreCase("quarter") ? 0.25 : 0.5, "percentage_points", null, null, null));
        }
        return out;
    }

    /**
     * "a third case", "a fifth straight term": an ordinal before its noun, not a share ("cut by a third", "a third of
     * the fleet", "fell by a third last year").
     */
    private static boolean ranksANoun(Sentence s, Matcher m, String part) {
        if (!part.matches("third|fifth|tenth") || m.group(1) == null || !m.group(1).matches("(?i)an?")) {
            return false;
        }
        Matcher word = Pattern.compile("^\\s+[A-Za-z]").matcher(s.whole().text().substring(m.end()));
        if (!word.find()) {
            return false;
        }
        int next = s.tokenAt(s.begin() + m.end() + word.end() - 1);
        return next > 0 && (s.tag(next).startsWith("NN") || s.tag(next).equals("JJ")) && s.ner(next).equals("O");
    }

    private static String qualifierBefore(String before) {
        for (String q : QUALIFIERS) {
            if (before.endsWith(q + " ")) {
                return q;
            }
        }
        return null;
    }

    private static double smallNumber(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        int k = SMALL.indexOf(l);
        return l.equals("a") || l.equals("an") ? 1 : k >= 0 ? k : Double.parseDouble(l);
    }

    private static boolean covered(List<Figure> figures, int start, int end) {
        for (Figure f : figures) {
            if (start < f.end() && end > f.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsDate(List<DateMention> dates, int start, int end) {
        for (DateMention d : dates) {
            if (start < d.end() && end > d.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Numbers that are no figures: ages ("Webb, 51,", "aged 26"), emergency numbers, names with a number
     * ("Fortune 500", "Week 13", "Proposition 19", "page 12"), the number sign ("#1"), street ordinals ("6th Avenue"),
     * plain ordinals ("the first match"), "one", set scores, and vague amounts ("several dozen").
     */
    private static boolean notAFigure(Sentence s, int i, int j, String tag, boolean setScores) {
        String prev = i > 1 ? s.word(i - 1).toLowerCase(Locale.ROOT) : "";
        String prevTag = i > 1 ? s.tag(i - 1) : "";
        String next = j < s.size() ? s.word(j + 1).toLowerCase(Locale.ROOT) : "";
        String nextTag = j < s.size() ? s.tag(j + 1) : "";
        String words = s.text(i, j);
        if (setScores && (SCORE.matcher(words).matches() && (prev.equals(",") || next.equals(",") || next.equals("(")
                || prev.equals(")") || next.equals(".") || next.isEmpty()) || prev.equals("(") && next.equals(")"))) {
            return true;
        }
        if (s.span(i, j).text().startsWith("#")) {
            return true; // "#1", "PERSON #2": a number sign, which the tagger reads as the old sign for pounds
        }
        if (tag.equals("NUMBER") && labelledByNoun(s, i, j)) {
            return true;
        }
        if (tag.equals("NUMBER") || tag.equals("DURATION")) {
            String ahead = s.whole().text().substring(Math.min(s.whole().text().length(), s.end(j) - s.begin()));
            boolean agedBefore = agedBefore(s, i)
                    // the second bound of "ages 5 to 11", "between the ages of 22 and 25"
                    || prev.matches("and|to|-|–|or") && i > 2 && s.tag(i - 2).equals("CD") && agedBefore(s, i - 2);
            if (agedBefore || AGE_AHEAD.matcher(ahead).lookingAt() || words.toLowerCase(Locale.ROOT).contains("old")
                    || prev.equals(",") && i > 2 && s.ner(i - 2).equals("PERSON") && (next.equals(",") || next.equals("of")
                    || next.equals("from") || next.isEmpty() || next.equals(".") || next.matches("[-–—]"))
                    || prev.equals(",") && i > 2 && s.tag(i - 2).startsWith("NN") && next.matches("[,–—]") && i == j
                    && words.matches("\\d{1,3}") && Integer.parseInt(words) <= 110 // "the former star, 42, was"
                    || prev.matches("'m|’m|am") && i == j // "I'm 74"
                    || prev.equals("at") && i == j && words.matches("\\d{1,3}") && Integer.parseInt(words) <= 110
                    && (next.equals(",") || next.equals(".") || next.isEmpty())) { // "At 16, he left"; "kick in at 65,"
                return true; // an age
            }
            if (words.matches("(?:1[89]|20)\\d{2}") && nextTag.startsWith("NN") && !MEASURES.containsKey(next)) {
                return true; // "upcoming 2025 tours": a year before its noun (the spec's "the 2029 budget"), no count
            }
            if (words.matches("\\d+(?:\\.\\d+)+") && next.matches("release|version|update|edition|beta|firmware")) {
                return true; // "our 1.0 release": a version
            }
            if (i == 1 && s.whole().text().matches("(?s)\\d{1,2}[.)](\\s.*)?") && s.opensLine()) {
                return true; // "2. Heart health benefits": the number of an item in a list
            }
            if (words.equals("911") || prev.matches("no\\.?|number|#|pier|week|route|gate|room|flight|type|phase|stage"
                    + "|category|tier|version|chapter|section|article|episode|season|game|class|level")
                    || words.matches("(?i)bn|mn")) { // a scale alone belongs to the number before it
                return true;
            }
            boolean capitalNext = j < s.size() && Character.isUpperCase(s.word(j + 1).charAt(0));
            if (prevTag.equals("NNP") && !s.ner(i - 1).matches("MONEY|DATE") && !prev.matches("rs\\.?|tk|taka|inr")
                    || nextTag.matches("NNPS?") && s.ner(j + 1).equals("O") && !MEASURES.containsKey(next)
                    || capitalNext && nextTag.matches("IN|DT|PRP\\$|CC|TO")
                    || i > 1 && tag.equals("DURATION") && Character.isUpperCase(s.word(i).charAt(0))
                    && !(i == 2 && opening(s.word(1)))) { // "“Forty-five years of practicing law,” he said" opens the sentence
                return true; // part of a name: "Fortune 500", "S&P 500", "40 Under 40"
            }
            if (prev.matches("several|few|many") || words.equalsIgnoreCase("one") || words.equalsIgnoreCase("a")) {
                return true;
            }
        }
        if (tag.equals("ORDINAL")) {
            String w = words.toLowerCase(Locale.ROOT);
            if (w.equals("first") || w.equals("1st") || nextTag.equals("NNP")) {
                return true; // "the first match"; "6th Avenue"
            }
            boolean digits = w.matches("\\d+(st|nd|rd|th)");
            boolean streak = next.isEmpty() ? false : STREAK.contains(next) || next.startsWith("-")
                    || j + 2 <= s.size() && STREAK.contains(s.word(j + 2).toLowerCase(Locale.ROOT).replace("-", ""));
            return !digits && !streak;
        }
        return false;
    }

    /** Words before a number that state a quantity or an age, not a label: "Rs 300", "magnitude 7.1", "population 3,000". */
    private static final Pattern QUANTITY_NOUN = Pattern.compile("(?i)rs|tk|taka|inr|rupees?|magnitude|population|total"
            + "|aged?|ages|top|bottom|only|just|some|about|nearly|almost|roughly|around|over|under|another|all|every|each");

    /**
     * A number written after the noun it labels is an identifier (the spec's "Pier 4"), not a count: "Proposition 22",
     * "Terminal 5", "Destiny 2", "page 12", "level 3 restrictions", "the Big Ten". A count stands before what it counts
     * ("30 jets"), so a number after a capitalised noun is a name's, and after a common noun one when the parse hangs it
     * on that noun. Scores after a side ("Chile 3-0") are left to the tagger's ranges.
     */
    private static boolean labelledByNoun(Sentence s, int i, int j) {
        if (i < 2 || i != j) {
            return false;
        }
        String word = s.word(i);
        String prev = s.word(i - 1);
        String prevTag = s.tag(i - 1);
        if (!prev.matches("[A-Za-z][a-z]+|[A-Z][A-Za-z]+") || QUANTITY_NOUN.matcher(prev).matches()
                || !s.ner(i - 1).equals("O") && !s.ner(i - 1).equals("MISC")) {
            return false;
        }
        boolean digits = word.matches("\\d+(?:\\.\\d+)?");
        boolean capitalNoun = Character.isUpperCase(prev.charAt(0)) && (prevTag.startsWith("NN") && !prevTag.endsWith("S")
                || prevTag.equals("JJ") && i > 2 && !opening(s.word(i - 2)));
        if (capitalNoun) {
            // "Big Ten", "Apollo Eleven": a capitalised number word in a name too
            return digits || Character.isUpperCase(word.charAt(0)) && !word.equalsIgnoreCase("one");
        }
        return digits && prevTag.equals("NN") && s.head(i) == i - 1 && s.relation(i).equals("nummod");
    }

    private static boolean opening(String word) {
        return word.matches("[\"“‘'(\\[`]+|``|-LRB-");
    }

    private static boolean agedBefore(Sentence s, int i) {
        for (int k = Math.max(1, i - 3); k < i; k++) {
            if (s.word(k).toLowerCase(Locale.ROOT).matches("aged?|ages")) {
                return true;
            }
        }
        return false;
    }

    private static final String SMALL_WORD = "\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten";
    /** "one-to-seven days", "three to four weeks": a range in words, which the tagger reads as one number (or as the sum). */
    private static final Pattern DURATION_RANGE = Pattern.compile("(?i)^(.*?\\b)?(" + SMALL_WORD + ")(?:-to-|\\s*(?:-|\u2013|to)\\s*)("
            + SMALL_WORD + ")([- ](?:year|month|week|day|hour|minute|second)s?)?$");

    /** A range as one figure per bound (the spec's section 8), each in the range's unit; else the figure as it is. */
    private static List<Figure> rangeBounds(Figure d) {
        Matcher m = DURATION_RANGE.matcher(d.text());
        if (!m.matches()) {
            return List.of(d);
        }
        double low = smallNumber(m.group(2));
        double high = smallNumber(m.group(3));
        if (high <= low) {
            return List.of(d);
        }
        int start = d.start() + m.start(2);
        return List.of(new Figure(d.kind(), m.group(2), start, d.start() + m.end(2), low, d.unit(), d.qualifier(), d.measures(),
                d.period()), new Figure(d.kind(), d.text().substring(m.start(3)), d.start() + m.start(3), d.end(), high,
                d.unit(), null, d.measures(), d.period()));
    }

    /** "six years", "a three-hour interview", "less than 10 minutes": a duration with a stated number. */
    private static Figure duration(Sentence s, int i, int j, String norm, List<DateMention> dates) {
        if (norm == null) {
            return null;
        }
        Matcher m = Pattern.compile("P(T)?([0-9.]+)([YMWDHS])").matcher(norm);
        if (!m.find()) {
            return null;
        }
        String words = s.text(i, j).toLowerCase(Locale.ROOT);
        if (!words.matches(".*(\\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|dozen|twenty|thirty"
                + "|forty|fifty|hundred).*")
                || words.contains("old") || j < s.size() && s.word(j + 1).toLowerCase(Locale.ROOT).matches("old|-old")) {
            return null; // "a year", "the past month", "a 55-year-old"
        }
        if (words.matches(".*\\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(st|nd|rd|th))\\b.*")) {
            return null; // "the fourth consecutive month": a rank, read as an ordinal
        }
        if (j < s.size() && TERMED.contains(s.word(j + 1).toLowerCase(Locale.ROOT)) && words.contains("-")) {
            return null; // "10-year notes": a name of the thing
        }
        double value = Double.parseDouble(m.group(2));
        Matcher decimal = DECIMAL.matcher(words);
        if (decimal.find() && Math.floor(Double.parseDouble(decimal.group(1))) == value) {
            value = Double.parseDouble(decimal.group(1)); // "3.5 seconds", which the tagger rounds down to PT3S
        }
        Matcher half = Pattern.compile("(\\d+)-1/2").matcher(words);
        if (half.find()) {
            value = Integer.parseInt(half.group(1)) + 0.5;
        }
        Matcher scaled = SCALED_WORDS.matcher(words);
        if (scaled.find()) {
            // "13.8 billion years", whose length the tagger's value overflows; "230 million light-years" measures space
            value = Double.parseDouble(scaled.group(1).replace(",", "")) * (scaled.group(2).startsWith("b") ? 1e9
                    : scaled.group(2).startsWith("t") ? 1e12 : 1e6);
            if (j < s.size() && s.word(j + 1).toLowerCase(Locale.ROOT).startsWith("light")) {
                Span span = s.span(i, j + 1);
                return new Figure(Figure.Kind.COUNT, span.text(), span.start(), span.end(), value, "light-years",
                        qualifier(s, i), null, null);
            }
        }
        String unit = switch (m.group(3)) {
            case "Y" -> "years";
            case "M" -> m.group(1) != null ? "minutes" : "months";
            case "W" -> "weeks";
            case "D" -> "days";
            case "H" -> "hours";
            default -> "seconds";
        };
        Span span = s.span(i, j);
        return new Figure(Figure.Kind.DURATION, span.text(), span.start(), span.end(), value, unit, qualifier(s, i),
                null, period(s, dates));
    }

    private static Figure figure(Sentence s, int i, int j, String tag, String norm, List<DateMention> dates) {
        if (tag.equals("MONEY") && PER_CENT.matcher(s.text(i, j)).matches()) {
            // "7 per cent", which the tagger reads as seven cents
            tag = "PERCENT";
            norm = PER_CENT.matcher(s.text(i, j)).replaceFirst("$1").replace(",", "");
        }
        if (tag.equals("MONEY") && !CURRENCY_MARK.matcher(s.text(Math.max(1, i - 1), Math.min(s.size(), j + 2))).find()) {
            tag = "NUMBER"; // "some 120 billion font requests": the tagger's money with no currency written near it
        }
        if (norm == null && tag.equals("MONEY")) {
            norm = s.text(i, j).replaceAll("[^0-9.$€£¥]", "");
        }
        if (norm == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(norm);
        if (!m.find()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (AND_A_HALF_NUMBER.matcher(s.text(i, j)).matches() && value == Math.rint(value)) {
            value += 0.5; // "five-and-a-half points", which the tagger reads as five
        }
        Span span = s.span(i, j);
        String qualifier = qualifier(s, i);
        String next = j < s.size() ? s.word(j + 1).toLowerCase(Locale.ROOT) : "";
        String currency = null;
        if (next.equals("lakh") || next.equals("lakhs") || next.equals("crore") || next.equals("crores")) {
            // South Asian scales: "Rs 24 lakh" is 2,400,000 rupees
            value *= next.startsWith("lakh") ? 1e5 : 1e7;
            String prev = i > 1 ? s.word(i - 1).toLowerCase(Locale.ROOT) : "";
            currency = prev.matches("rs\\.?|inr|₹|rupees?") ? "INR" : prev.matches("tk\\.?|taka|bdt") ? "BDT" : null;
            span = s.span(currency == null ? i : i - 1, j + 1);
            j = j + 1;
            if (currency != null) {
                tag = "MONEY";
            }
        } else if (i > 1 && s.word(i - 1).toLowerCase(Locale.ROOT).matches("tk\\.?|taka|bdt")) {
            currency = "BDT";
            tag = "MONEY";
            span = s.span(i - 1, j);
        } else if (tag.equals("NUMBER") && i > 1 && s.word(i - 1).toLowerCase(Locale.ROOT).matches("rs\\.?|inr|₹")) {
            currency = "INR"; // "Rs 300"
            tag = "MONEY";
            span = s.span(i - 1, j);
        }
        String named = namedDollars(s, j);
        Matcher namedInside = NAMED_DOLLARS.matcher(span.text());
        if (named == null && tag.equals("MONEY") && namedInside.find()) {
            named = DOLLARS.get(namedInside.group(1).toLowerCase(Locale.ROOT)); // the tagger took "Australian dollars" in
        }
        if (named != null && (tag.equals("NUMBER") || tag.equals("MONEY"))) {
            currency = named; // "176 Hong Kong dollars", "30 Australian dollars"
            if (tag.equals("NUMBER")) {
                int last = j + 1;
                while (!s.word(last).toLowerCase(Locale.ROOT).startsWith("dollar")) {
                    last++;
                }
                span = s.span(i, last);
                tag = "MONEY";
            }
        }
        Matcher prefixed = LETTERED_DOLLAR.matcher(span.text());
        if (tag.equals("MONEY") && currency == null && prefixed.find()) {
            currency = symbolCurrency(prefixed.group(1), s.whole().text()); // "A$12 million", "HK$5"
        }
        String rate = exchangeRate(s, i, j);
        if (tag.equals("NUMBER") && rate != null) {
            currency = rate; // "the yen ... at 108.55 per dollar": a price in yen
            tag = "MONEY";
        }
        String next2 = j + 2 <= s.size() ? s.word(j + 2).toLowerCase(Locale.ROOT) : "";
        if (tag.equals("NUMBER") && next.equals("per") && next2.equals("cent")) {
            tag = "PERCENT";
            span = s.span(i, j + 2);
        } else if (tag.equals("NUMBER") && next.equals("percentage") && next2.matches("points?")) {
            tag = "PERCENT"; // "rose 2.3 percentage points", which the tagger reads as a number of points
            span = s.span(i, j + 2);
        }
        if (tag.equals("NUMBER") && next.matches("m|mn|bn|k") && next2.matches("euros?|pounds?|dollars?|yen|yuan|rupees?|roubles?|rubles?")) {
            // "1.5m euros", which the tokenizer split: an amount of money in millions, not metres
            tag = "MONEY";
            currency = currency("", next2);
            span = s.span(i, j + 2);
        }
        Matcher written = METRES_WRITTEN.matcher(span.text());
        boolean metres = tag.equals("NUMBER") && written.matches()
                && next.matches("long|tall|high|wide|deep|away|across|-long|-tall|-high|-wide|-deep");
        if (metres) {
            value = Double.parseDouble(written.group(1)); // "20m long": metres, not millions
            currency = "m";
        } else if (next.matches("bn|billion") && !span.text().toLowerCase(Locale.ROOT).matches(".*(bn|billion)")) {
            value *= value < 1e6 ? 1e9 : 1;
            if (next.equals("bn") && tag.equals("NUMBER")) {
                j = j + 1; // "1.5bn streams": the scale is part of the figure, and the noun after it is what is counted
                span = s.span(i, j);
            }
        } else if (next.equals("k") || span.text().matches("(?i).*\\d\\s?k\\b.*")) {
            value *= value < 1e3 ? 1e3 : 1; // "200k dollars"
        } else if (next.matches("m|mn") || span.text().matches(".*\\d(m|mn)")) {
            value *= value < 1e5 ? 1e6 : 1;
            if (next.matches("m|mn") && tag.equals("NUMBER") && j + 2 <= s.size() && s.tag(j + 2).equals("NNS")) {
                j = j + 1; // "1.5m workers": millions of workers, the "m" no metres
                span = s.span(i, j);
            }
        } else if (span.text().matches(".*\\d\\s*bn")) {
            value *= value < 1e6 ? 1e9 : 1;
        }
        if (tag.equals("MONEY") && PoundWeights.weighs(s, span.text(), j)) {
            tag = "NUMBER"; // "5,200 pounds of water vapor", "shed 20 pounds": a weight
            currency = "lb";
        }
        if (tag.equals("NUMBER")) {
            // "the two countries": a definite reference, not a figure
            boolean word = s.tag(i).equals("CD") && !s.word(i).matches(".*\\d.*");
            boolean tally = tally(s, i, j);
            if (i > 1 && s.lemma(i - 1).equals("the") && qualifier == null && !tally) {
                return null;
            }
            // "these 11 firms", "the other two crews": a set counted before, named again ("the original nine companies"
            // may state the set for the first time)
            if (i > 1 && s.word(i - 1).matches("(?i)these|those") || i > 2 && s.word(i - 1).equalsIgnoreCase("other")
                    && s.word(i - 2).matches("(?i)the|its|their|his|her")) {
                return null;
            }
            // "three to four cups": the first bound of a range in words counts what the second counts
            boolean firstBound = j + 2 <= s.size() && s.word(j + 1).matches("(?i)to|or|-|–") && s.tag(j + 2).equals("CD");
            if (word && value < 10 && qualifier == null && (value < 2 || countedNoun(s, i, j) == null) && !(tally && value >= 2)
                    && !(firstBound && value >= 2)) {
                return null;
            }
        }
        Figure.Kind kind = switch (tag) {
            case "MONEY" -> Figure.Kind.MONEY;
            case "PERCENT" -> Figure.Kind.PERCENT;
            case "ORDINAL" -> Figure.Kind.ORDINAL;
            default -> Figure.Kind.COUNT;
        };
        String unit = switch (kind) {
            case MONEY -> currency != null ? currency : currency(norm, span.text());
            // "1.5 percentage points", whether the tagger's span ends before "percentage" or takes it in
            case PERCENT -> next.startsWith("percentage") || next.equals("points")
                    || span.text().toLowerCase(Locale.ROOT).matches(".*(percentage|pct\\.?) points?") ? "percentage_points" : "percent";
            default -> "lb".equals(currency) || "m".equals(currency) ? currency : countedNoun(s, i, j);
        };
        if (kind == Figure.Kind.COUNT && "percent".equals(unit)) {
            kind = Figure.Kind.PERCENT; // the first bound of "between 30 and 40 percent"
        }
        if ("times".equals(unit) && !next2.matches("as|more|larger|bigger|higher|greater|faster|the|that|over")) {
            unit = "count"; // "scored four times": occurrences, not a multiple
        }
        if (kind == Figure.Kind.COUNT && LIGHT_YEARS.matcher(s.whole().text()).region(Math.min(s.whole().text().length(),
                s.end(j) - s.begin()), s.whole().text().length()).lookingAt()) {
            unit = "light-years"; // "230 million light-years": a distance, not a duration
        } else if (kind == Figure.Kind.COUNT && unit != null) {
            unit = physicalUnit(s, j, unit);
            if (unit.matches("(?i)years?|months?|weeks?|days?|hours?|minutes?")) {
                kind = Figure.Kind.DURATION;
                unit = unit.toLowerCase(Locale.ROOT).endsWith("s") ? unit.toLowerCase(Locale.ROOT) : unit.toLowerCase(Locale.ROOT) + "s";
            }
        }
        if (kind == Figure.Kind.COUNT && i > 1 && s.word(i - 1).equalsIgnoreCase("magnitude")) {
            unit = "magnitude"; // "a magnitude 7.1 earthquake": the spec's unit, not the earthquakes counted
        }
        String measures = measures(s, i, j, kind);
        return new Figure(kind, span.text(), span.start(), span.end(), value, unit, qualifier, measures, period(s, dates));
    }

    /**
     * A count told as a part of a whole or as a run: "five of six", "Ten of the 18 staffers" (both numbers), "three of
     * those companies", "Seven of Varga's passes", "three in a row", "five straight", "six consecutive games". Small numbers in words are otherwise kept only with a counted noun.
     */
    private static boolean tally(Sentence s, int i, int j) {
        String after = s.whole().text().substring(Math.min(s.whole().text().length(), s.end(j) - s.begin()));
        if (TALLY_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        int k = i - 1;
        if (k >= 1 && s.word(k).equalsIgnoreCase("the")) {
            k--;
        }
        return k >= 2 && s.word(k).equalsIgnoreCase("of") && s.tag(k - 1).equals("CD")
                && !s.word(k - 1).matches("(?i)one|1") // "one of the two forms": a member, not a part
                && !s.ner(k - 1).matches("DATE|TIME|MONEY|PERCENT");
    }

    private static final Pattern TALLY_AFTER = Pattern.compile("\\s+(?:(?i:of\\s+(?:the\\s+)?(?:\\d+|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|twenty)\\b|in a row\\b|straight\\b(?!-)|consecutive\\b)"
            // a part of a set named by a possessive or a demonstrative: "eight of their games", "Seven of Varga's passes"
            + "|(?i:of\\s+(?:their|its|his|her|our|your|those|these))\\b|of\\s+[A-Z][\\w-]*['\u2019]s\\b)");

    /** Units of measure as the spec names them ("87 square miles" is square_miles, "metric tons" t). */
    private static String physicalUnit(Sentence s, int j, String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        String after = j + 1 <= s.size() ? s.word(j + 1).toLowerCase(Locale.ROOT) : "";
        if (after.equals("square") && j + 2 <= s.size()) {
            return "square_" + s.word(j + 2).toLowerCase(Locale.ROOT);
        }
        int at = j + 1;
        while (at < s.size() && at <= j + 3 && !s.word(at).equalsIgnoreCase(noun)) {
            at++;
        }
        String per = at + 2 <= s.size() && s.word(at + 1).equalsIgnoreCase("per") ? s.word(at + 2).toLowerCase(Locale.ROOT) : "";
        if (per.matches("gallons?") && n.startsWith("mile")) {
            return "mpg"; // "90 miles per gallon"
        }
        if (per.matches("lit(er|re)s?") && n.matches("kilomet(er|re)s?|km")) {
            return "km/l";
        }
        if (per.equals("hour")) {
            return n.startsWith("mile") ? "mph" : n.matches("kilomet(er|re)s?|km") ? "km/h" : noun;
        }
        String measure = MEASURES.get(n);
        if (measure != null && measure.endsWith("W") && at + 2 <= s.size() && s.word(at + 1).equals("-")
                && s.word(at + 2).toLowerCase(Locale.ROOT).startsWith("hour")) {
            return measure + "h"; // "12 kilowatt-hours"
        }
        return measure != null ? measure : noun;
    }

    private static String qualifier(Sentence s, int i) {
        for (int n = 2; n >= 1; n--) {
            if (i - n >= 1) {
                String q = s.text(i - n, i - 1).toLowerCase(Locale.ROOT);
                if (QUALIFIERS.contains(q)) {
                    return q;
                }
            }
        }
        return null;
    }

    /** Dollars of other countries, by the word before "dollars". */
    private static final Map<String, String> DOLLARS = Map.of("hong kong", "HKD", "australian", "AUD", "canadian", "CAD",
            "new zealand", "NZD", "singapore", "SGD", "taiwan", "TWD", "new taiwan", "TWD", "u.s.", "USD", "us", "USD",
            "american", "USD");
    private static final Pattern NAMED_DOLLARS = Pattern.compile(
            "(?i)\\b(hong kong|australian|canadian|new zealand|singapore|new taiwan|taiwan|u\\.s\\.|us|american) dollars?");
    /** Dollar signs with a country's letters before them. */
    private static final Map<String, String> DOLLAR_SIGNS = Map.of("A$", "AUD", "AU$", "AUD", "C$", "CAD", "CA$", "CAD",
            "HK$", "HKD", "S$", "SGD", "NZ$", "NZD", "US$", "USD", "R$", "BRL", "NT$", "TWD");

    /** The currency of "176 Hong Kong dollars": the country named between the number and "dollars", if any. */
    private static String namedDollars(Sentence s, int j) {
        for (int k = j + 1; k <= Math.min(s.size(), j + 3); k++) {
            if (s.word(k).toLowerCase(Locale.ROOT).matches("dollars?")) {
                return k == j + 1 ? null : DOLLARS.get(s.text(j + 1, k - 1).toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** The currency of a sign: "$" is the US dollar unless letters before it name another ("A$"). */
    private static String symbolCurrency(String sign, String sentence) {
        if (sign.length() > 1) {
            return DOLLAR_SIGNS.get(sign);
        }
        return switch (sign) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> sentence.matches("(?is).*\\b(yen|japan|japanese)\\b.*") ? "JPY" : "CNY";
            default -> null;
        };
    }

    /**
     * "The yen strengthened ... at 108.55 per dollar": a number priced per unit of one currency, in a sentence that
     * names another, is an exchange rate in that other currency.
     */
    private static String exchangeRate(Sentence s, int i, int j) {
        if (j + 2 > s.size() || !s.word(j + 1).equalsIgnoreCase("per") && !(s.word(j + 1).equalsIgnoreCase("to")
                && s.word(j + 2).equalsIgnoreCase("the"))) {
            return null;
        }
        int unitAt = s.word(j + 1).equalsIgnoreCase("per") ? j + 2 : j + 3;
        String per = unitAt <= s.size() ? currencyWord(s.word(unitAt)) : null;
        if (per == null) {
            return null;
        }
        for (int k = 1; k < i; k++) {
            String named = currencyWord(s.word(k));
            if (named != null && !named.equals(per)) {
                return named;
            }
        }
        return null;
    }

    /** The currency a word names ("yen", "dollars", "greenback"), or {@code null}. */
    private static String currencyWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        if (w.equals("greenback")) {
            return "USD";
        }
        for (Map.Entry<String, String> e : CURRENCIES) {
            if (e.getKey().length() > 1 && w.equals(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String currency(String norm, String text) {
        for (Map.Entry<String, String> e : CURRENCIES) {
            if (e.getKey().length() == 1 && norm.contains(e.getKey())) {
                return e.getValue();
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : CURRENCIES) {
            if (e.getKey().length() > 1 && lower.contains(e.getKey())) {
                return e.getValue();
            }
        }
        Matcher code = Pattern.compile("\\b([A-Z]{3})\\b").matcher(text);
        return code.find() ? code.group(1) : null;
    }

    /** "40 times" counts times; "14 consecutive years" counts years; "75th anniversary" ranks anniversaries. */
    private static String countedNoun(Sentence s, int i, int j) {
        int head = s.head(j);
        String rel = s.relation(j);
        if (head > j && (rel.equals("nummod") || rel.equals("amod")) && s.tag(head).startsWith("NN")) {
            return s.word(head);
        }
        for (int k = j + 1; k <= Math.min(s.size(), j + 3); k++) {
            if (s.tag(k).startsWith("NN")) {
                return s.word(k);
            }
            if (!s.tag(k).startsWith("JJ")) {
                break;
            }
        }
        return null;
    }

    /**
     * What a figure measures: for money and percentages the subject of the clause ("Annual bilateral trade
     * reached $240.1 billion"); for counts the clause that is counted ("Xi and Putin have met"); for ordinals
     * the noun phrase ranked ("75th anniversary of the establishment of diplomatic relations").
     */
    private static String measures(Sentence s, int i, int j, Figure.Kind kind) {
        int tok = j;
        if (kind == Figure.Kind.ORDINAL) {
            int head = s.head(tok);
            if (head > tok && s.tag(head).startsWith("NN")) {
                int end = s.subtree(head)[1];
                end = Math.min(end, head + 12);
                while (end > head && s.tag(end).matches("[,.:]|CC")) {
                    end--;
                }
                return s.text(tok, end);
            }
            return null;
        }
        // climb to the clause and take its subject
        int h = tok;
        for (int steps = 0; h > 0 && steps < 6; steps++) {
            if (s.tag(h).startsWith("VB") || s.relation(h).equals("root")) {
                break;
            }
            h = s.head(h);
        }
        if (h <= 0) {
            return null;
        }
        int subj = s.child(h, "nsubj");
        if (subj == 0) {
            return null;
        }
        int[] np = s.subtree(subj);
        if (np[1] >= i) {
            np[1] = s.nounPhrase(subj)[1];
        }
        String what = s.text(np[0], np[1]);
        if ((kind == Figure.Kind.COUNT || kind == Figure.Kind.DURATION) && h > np[1]) {
            int verbStart = h;
            while (verbStart - 1 > np[1] && s.head(verbStart - 1) == h && s.relation(verbStart - 1).startsWith("aux")) {
                verbStart--;
            }
            what = s.text(np[0], h);
        }
        return what;
    }

    /** The value of the date nearest a figure of sentence {@code s}: the period the figure refers to, or {@code null}. */
    static String period(Sentence s, List<DateMention> dates) {
        DateMention d = DateFinder.nearest(dates, s.whole(), s.begin());
        return d == null ? null : d.value();
    }

    /**
     * The last token of the mention that starts at token {@code i}: the run of tokens with its entity tag and the
     * same normalized value ("$ 1.5 million" is one mention).
     */
    static int mentionEnd(Sentence s, int i) {
        String tag = s.ner(i);
        String norm = s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        int j = i;
        while (j < s.size() && s.ner(j + 1).equals(tag) && java.util.Objects.equals(norm,
                s.token(j + 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
            j++;
        }
        return j;
    }
}
