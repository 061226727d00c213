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
            + "|richest|poorest|busiest|oldest|best|worst)\\b");
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
            for (int i = 1; i <= s.size(); i++) {
                String tag = s.ner(i);
                if (!Set.of("MONEY", "PERCENT", "NUMBER", "ORDINAL").contains(tag)) {
                    continue;
                }
                String norm = s.token(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                int j = i;
                while (j < s.size() && s.ner(j + 1).equals(tag) && java.util.Objects.equals(norm,
                        s.token(j + 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                    j++;
                }
                Figure f = figure(s, i, j, tag, norm, dates);
                if (f != null) {
                    out.add(f);
                }
                i = j;
            }
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
                out.add(new Figure(Figure.Kind.ORDINAL, m.group(), start, s.begin() + m.end(), rank, unit, null,
                        measures, period(s, dates)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Figure figure(Sentence s, int i, int j, String tag, String norm, List<DateMention> dates) {
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
        Span span = s.span(i, j);
        String qualifier = qualifier(s, i);
        if (tag.equals("NUMBER")) {
            // "the two countries": a definite reference, not a figure
            if (i > 1 && s.lemma(i - 1).equals("the") || s.tag(i).equals("CD") && !s.word(i).matches(".*\\d.*")
                    && value < 10 && qualifier == null) {
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
            case MONEY -> currency(norm, span.text());
            case PERCENT -> "percent";
            default -> countedNoun(s, i, j);
        };
        String measures = measures(s, i, j, kind);
        return new Figure(kind, span.text(), span.start(), span.end(), value, unit, qualifier, measures, period(s, dates));
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
        if (kind == Figure.Kind.COUNT && h > np[1]) {
            int verbStart = h;
            while (verbStart - 1 > np[1] && s.head(verbStart - 1) == h && s.relation(verbStart - 1).startsWith("aux")) {
                verbStart--;
            }
            what = s.text(np[0], h);
        }
        return what;
    }

    private static String period(Sentence s, List<DateMention> dates) {
        DateMention d = DateFinder.nearest(dates, s.whole(), s.begin());
        return d == null ? null : d.value();
    }
}
