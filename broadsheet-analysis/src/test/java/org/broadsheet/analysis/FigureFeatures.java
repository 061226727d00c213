package org.broadsheet.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a figure the rules found, as numbers a keep/drop model would weigh ({@link FigureBench} writes them,
 * {@code bench/train_figures.py} fits the model; none is shipped, see BENCHMARKS.md, session 19): its kind and
 * unit, how the number is written, the words around it (their parts of speech, entity tags, capitals), whether it
 * sits in quotation marks, parentheses or a list of numbers, and where in its sentence it stands. General evidence only: no word of a particular article, site or person.
 */
final class FigureFeatures {

    /** The features in the order {@link #of} gives them; the names the model file uses. */
    static final List<String> NAMES = List.of("money", "percent", "count", "ordinal", "duration", "no_unit",
            "unit_people", "spelled", "decimal", "currency_sign", "range", "log_value", "small_whole", "year_like",
            "qualifier", "measures", "period", "next_noun", "next_plural", "next_proper", "next_number", "next_hyphen",
            "next_time_word", "next_date_or_name", "prev_proper", "prev_determiner", "prev_preposition",
            "prev_verb", "prev_number_word", "quoted", "parenthesised", "numbers_in_sentence", "position",
            "opens_line", "short_sentence", "capitalised_sentence", "colon_before");

    private static final Set<String> TIME_WORDS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "season",
            "seasons", "quarter", "am", "pm", "a.m.", "p.m.");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''");

    private FigureFeatures() {
    }

    /** The features of {@code f}, a figure of {@code sentences} as {@link FigureFinder} made it. */
    static double[] of(Figure f, List<Sentence> sentences) {
        double[] x = new double[NAMES.size()];
        Sentence s = sentenceOf(f, sentences);
        int k = 0;
        x[k++] = bit(f.kind() == Figure.Kind.MONEY);
        x[k++] = bit(f.kind() == Figure.Kind.PERCENT);
        x[k++] = bit(f.kind() == Figure.Kind.COUNT);
        x[k++] = bit(f.kind() == Figure.Kind.ORDINAL);
        x[k++] = bit(f.kind() == Figure.Kind.DURATION);
        x[k++] = bit(f.unit() == null);
        x[k++] = bit(f.unit() != null && f.unit().equalsIgnoreCase("people"));
        String t = f.text();
        x[k++] = bit(!t.matches("(?s).*\\d.*"));
        x[k++] = bit(t.matches("(?s).*\\d\\.\\d.*"));
        x[k++] = bit(t.matches("(?s).*[$€£¥].*"));
        x[k++] = bit(t.matches("(?s).*\\d\\s*(-|–|to)\\s*\\d.*") || t.matches("(?i)(?s).*\\b\\w+ to \\w+.*"));
        x[k++] = Math.log10(Math.abs(f.value()) + 1);
        double v = f.value();
        x[k++] = bit(v == Math.rint(v) && v >= 0 && v <= 10);
        x[k++] = bit(v == Math.rint(v) && v >= 1900 && v <= 2100 && f.kind() == Figure.Kind.COUNT);
        x[k++] = bit(f.qualifier() != null);
        x[k++] = bit(f.measures() != null);
        x[k++] = bit(f.period() != null);
        int first = s == null ? 0 : s.tokenAt(f.start());
        int last = s == null ? 0 : lastToken(s, f.end());
        int next = s != null && last > 0 && last < s.size() ? last + 1 : 0;
        int prev = first > 1 ? first - 1 : 0;
        String nt = next > 0 ? s.tag(next) : "";
        String pt = prev > 0 ? s.tag(prev) : "";
        x[k++] = bit(nt.startsWith("NN"));
        x[k++] = bit(nt.equals("NNS") || nt.equals("NNPS"));
        x[k++] = bit(nt.startsWith("NNP"));
        x[k++] = bit(nt.equals("CD"));
        x[k++] = bit(next > 0 && (s.word(next).equals("-") || s.word(next).startsWith("-")) || t.matches("(?s).*\\d-[A-Za-z].*"));
        x[k++] = bit(next > 0 && TIME_WORDS.contains(s.word(next).toLowerCase(Locale.ROOT)));
        x[k++] = bit(next > 0 && Set.of("DATE", "PERSON", "ORGANIZATION", "LOCATION", "MISC", "TIME").contains(s.ner(next)));
        x[k++] = bit(pt.startsWith("NNP"));
        x[k++] = bit(pt.equals("DT") || pt.equals("PRP$"));
        x[k++] = bit(pt.equals("IN") || pt.equals("TO"));
        x[k++] = bit(pt.startsWith("VB"));
        x[k++] = bit(pt.equals("CD") || pt.equals("$"));
        x[k++] = bit(s != null && quoted(s, first));
        x[k++] = bit(s != null && parenthesised(s, first));
        x[k++] = s == null ? 0 : Math.min(5, numbers(s));
        x[k++] = s == null || s.size() == 0 ? 0 : (double) first / s.size();
        x[k++] = bit(s != null && s.opensLine());
        x[k++] = bit(s != null && s.size() < 8);
        x[k++] = bit(s != null && capitalised(s));
        x[k++] = bit(s != null && first > 1 && colonBefore(s, first));
        return x;
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }

    private static Sentence sentenceOf(Figure f, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.begin() <= f.start() && f.start() < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static int lastToken(Sentence s, int end) {
        int last = 0;
        for (int i = 1; i <= s.size(); i++) {
            if (s.begin(i) < end) {
                last = i;
            }
        }
        return last;
    }

    /** An odd number of quotation marks before the token in its sentence: inside a quote. */
    private static boolean quoted(Sentence s, int at) {
        int marks = 0;
        for (int i = 1; i < Math.max(at, 1); i++) {
            if (QUOTE_MARKS.contains(s.word(i))) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    private static boolean parenthesised(Sentence s, int at) {
        int depth = 0;
        for (int i = 1; i < Math.max(at, 1); i++) {
            String w = s.word(i);
            if (w.equals("(") || w.equals("-LRB-")) {
                depth++;
            } else if ((w.equals(")") || w.equals("-RRB-")) && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Tokens tagged as numbers in the sentence: a list of scores or results has many. */
    private static int numbers(Sentence s) {
        int n = 0;
        for (int i = 1; i <= s.size(); i++) {
            if (s.tag(i).equals("CD")) {
                n++;
            }
        }
        return n;
    }

    /** Most words capitalised: a heading, a title or a line of names rather than a sentence. */
    private static boolean capitalised(Sentence s) {
        int words = 0;
        int caps = 0;
        for (int i = 1; i <= s.size(); i++) {
            String w = s.word(i);
            if (Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    private static boolean colonBefore(Sentence s, int at) {
        for (int i = 1; i < at; i++) {
            if (s.word(i).equals(":")) {
                return true;
            }
        }
        return false;
    }
}
