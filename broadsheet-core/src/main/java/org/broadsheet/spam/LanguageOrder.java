package org.broadsheet.spam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the most frequent words of written prose follow each other ("of the", "the [word]", "[word] and"), learnt from
 * article bodies once and shipped with the detector ({@code word-order.tsv}, written by
 * {@code bench/spam_order_train.py}). Unlike {@link WordOrder}, which knows only the page's own prose, it judges words
 * drawn from any page: real words in random order (keyword stuffing) break the pairs of their frequent words, honest
 * text without full stops (headlines run together, a notice, a post) keeps them. Immutable and thread-safe.
 */
final class LanguageOrder {

    private static final String RESOURCE = "word-order.tsv";
    private static final LanguageOrder BUNDLED = load();

    /** The frequent words, each its own class; the two classes after them are other words, lower case and capital. */
    private final Map<String, Integer> frequent;
    /** log P(b | a) - log P(b) for each pair of classes. */
    private final float[][] gain;

    private LanguageOrder(Map<String, Integer> frequent, float[][] gain) {
        this.frequent = frequent;
        this.gain = gain;
    }

    /** The bundled model. */
    static LanguageOrder bundled() {
        return BUNDLED;
    }

    /**
     * How the order of a text's words compares with the model's, against the same words shuffled.
     *
     * @param words how many words were judged
     * @param frequent the share of them that are the model's frequent words (a clause of a language it knows has
     *        many; search phrases, names and another language hardly any)
     * @param z how many standard deviations the text's fit lies above the mean of its words shuffled: writing several,
     *        words in random order about 0
     */
    record Fit(int words, double frequent, double z) {
    }

    /** Judges the order of {@code text}'s words, or null when it has fewer than {@code minWords}. */
    Fit fit(String text, int minWords) {
        List<String> w = words(text);
        if (w.size() < minWords) {
            return null;
        }
        if (w.size() > MAX_WORDS) {
            w = w.subList(0, MAX_WORDS);
        }
        int other = frequent.size();
        int[] c = new int[w.size()];
        int known = 0;
        for (int i = 0; i < c.length; i++) {
            String word = w.get(i);
            Integer k = frequent.get(word.toLowerCase(Locale.ROOT));
            if (k != null) {
                c[i] = k;
                known++;
            } else {
                c[i] = Character.isUpperCase(word.codePointAt(0)) || Character.isTitleCase(word.codePointAt(0))
                        ? other + 1 : other;
            }
        }
        return new Fit(c.length, known / (double) c.length, ShuffledOrder.z(c, this::score, text.hashCode()));
    }

    private static final int MAX_WORDS = 2000;

    private double score(int[] c) {
        double f = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            f += gain[c[i]][c[i + 1]];
        }
        return f;
    }

    /** The words of {@code text}: runs of letters, as the training script splits them. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Pair counts are drawn towards chance where the prose saw little of the first class. */
    private static final double SMOOTHING = 4;

    private static LanguageOrder load() {
        try (InputStream in = LanguageOrder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Integer> frequent = new HashMap<>();
            long[] count = null;
            long[][] pairs = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("words\t")) {
                    String[] f = line.split("\t");
                    for (int i = 1; i < f.length; i++) {
                        frequent.put(f[i], i - 1);
                    }
                } else if (line.startsWith("count\t")) {
                    String[] f = line.split("\t");
                    count = new long[f.length - 1];
                    for (int i = 1; i < f.length; i++) {
                        count[i - 1] = Long.parseLong(f[i]);
                    }
                    pairs = new long[count.length][count.length];
                } else {
                    String[] f = line.split(" ");
                    pairs[Integer.parseInt(f[0])][Integer.parseInt(f[1])] = Long.parseLong(f[2]);
                }
            }
            int k = count.length;
            double total = 0;
            for (long x : count) {
                total += x;
            }
            float[][] gain = new float[k][k];
            for (int a = 0; a < k; a++) {
                long from = 0;
                for (long x : pairs[a]) {
                    from += x;
                }
                for (int b = 0; b < k; b++) {
                    double pb = (count[b] + 0.5) / (total + 0.5 * k);
                    double pba = (pairs[a][b] + SMOOTHING * pb) / (from + SMOOTHING);
                    gain[a][b] = (float) Math.log(pba / pb);
                }
            }
            return new LanguageOrder(Map.copyOf(frequent), gain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
