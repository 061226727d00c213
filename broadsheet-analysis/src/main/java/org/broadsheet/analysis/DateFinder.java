package org.broadsheet.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;

/**
 * Date expressions: the values CoreNLP's time tagger gives against the article's date ("Wednesday",
 * "last year"), and by rule what it leaves out ("three-quarters of a century ago" is about 1949).
 * Vague references ("the past", "current") are left out.
 */
final class DateFinder {

    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-(Q\\d|W\\d{2}|SU|WI|FA|SP)");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|half a|three[- ]quarters of a"
                    + "|a quarter of a|\\d+(?:\\.\\d+)?)\\s+(centur(?:y|ies)|decades?|years?)\\s+ago\\b");
    private static final Map<String, Double> NUMBERS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("a few", 3.0), Map.entry("several", 3.0),
            Map.entry("half a", 0.5), Map.entry("a quarter of a", 0.25));

    private DateFinder() {
    }

    /** Date mentions in {@code sentences}, in order; {@code anchor} may be {@code null}. */
    static List<DateMention> find(String text, List<Sentence> sentences, LocalDate anchor) {
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = 1; i <= s.size(); i++) {
                if (!s.ner(i).equals("DATE")) {
                    continue;
                }
                String value = s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                int j = i;
                while (j < s.size() && s.ner(j + 1).equals("DATE") && java.util.Objects.equals(value,
                        s.token(j + 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                    j++;
                }
                Span span = s.span(i, j);
                i = j;
                Matcher ago = AGO.matcher(span.text());
                if (ago.find()) {
                    DateMention m = ago(span, ago, anchor);
                    if (m != null) {
                        out.add(m);
                    }
                    continue;
                }
                if (value == null || !ISO.matcher(value).matches()) {
                    continue;
                }
                if (anchor == null && !EXPLICIT_YEAR.matcher(span.text()).find()) {
                    continue; // a relative date with nothing to resolve it against
                }
                if (anchor != null && !EXPLICIT_YEAR.matcher(span.text()).find()) {
                    value = pastIfTold(s, i, value, anchor, span.text());
                }
                out.add(new DateMention(span.text(), span.start(), span.end(), value, false));
            }
        }
        return out;
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");

    /**
     * A month or day with no year that the time tagger put after the article's date, in a clause told in the
     * past ("reached Mexico on May 2", "was founded in March"): the last such date before the article's.
     */
    private static String pastIfTold(Sentence s, int token, String value, LocalDate anchor, String text) {
        if (!value.matches("\\d{4}-\\d{2}(-\\d{2})?") || value.compareTo(anchor.toString()) <= 0) {
            return value;
        }
        for (int k = Math.max(1, token - 4); k <= Math.min(s.size(), token + 4); k++) {
            if (s.word(k).toLowerCase(Locale.ROOT).matches("next|upcoming|scheduled|due|coming|until|by")) {
                return value; // "next May", "due in March"
            }
        }
        int verb = token;
        for (int steps = 0; verb > 0 && steps < 5 && !s.tag(verb).startsWith("VB"); steps++) {
            verb = s.head(verb);
        }
        boolean monthOnly = value.length() == 7;
        if (verb <= 0 || !s.tag(verb).startsWith("VB")) {
            // no verb to tell the tense by: a month alone ("the March high") is the last one
            return monthOnly ? (Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4) : value;
        }
        boolean past = s.tag(verb).equals("VBD") || monthOnly && !s.tag(verb).matches("VB|VBP|VBZ");
        for (int a : s.children(verb, "aux")) {
            String w = s.word(a).toLowerCase(Locale.ROOT);
            if (w.matches("will|would|'ll|\u2019ll|shall|going|to")) {
                return value; // told as the future
            }
            past |= w.matches("has|have|had|did|was|were");
        }
        if (!past) {
            return value;
        }
        if (WEEKDAY.matcher(text).matches() && value.length() == 10) {
            LocalDate d = LocalDate.parse(value).minusDays(7);
            return d.isAfter(anchor) ? value : d.toString();
        }
        int year = Integer.parseInt(value.substring(0, 4)) - 1;
        return year + value.substring(4);
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
        double years = n * (unit.startsWith("centur") ? 100 : unit.startsWith("decade") ? 10 : 1);
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
