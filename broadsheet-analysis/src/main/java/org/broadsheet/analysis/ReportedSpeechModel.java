package org.broadsheet.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which {@link SpeechCandidate}s are reported speech: a logistic regression over {@link SpeechFeatures},
 * trained by {@code bench/train_reported.py} on the labelled tuning parts of the attribution set and shipped as the
 * resource {@code reported-speech.model} (plain text: a bias, a decision threshold for the candidates the rules made
 * and one for the others, and per feature its mean, scale and weight). Without that resource, the rules decide alone: every candidate they made is kept, no other.
 * Immutable and thread-safe.
 */
final class ReportedSpeechModel {

    private static final String RESOURCE = "reported-speech.model";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

    /** The rules alone: keeps what they made. (Before {@link #BUNDLED}, which falls back on it.) */
    static final ReportedSpeechModel RULES = new ReportedSpeechModel(null);

    /** The bundled model, read once. */
    private static final ReportedSpeechModel BUNDLED = LogisticModel.resource(RESOURCE).map(ReportedSpeechModel::new).orElse(RULES);

    private final LogisticModel weights;
    private final double threshold;
    private final double rulesThreshold;

    private ReportedSpeechModel(LogisticModel weights) {
        this.weights = weights;
        this.threshold = weights == null ? 0.5 : weights.threshold("threshold", 0.5);
        this.rulesThreshold = weights == null ? 0.5 : weights.threshold("threshold-rules", 0.5);
    }

    /** The shipped model, or {@link #RULES} when none is shipped. */
    static ReportedSpeechModel bundled() {
        return BUNDLED;
    }

    /** The shipped model's choice, or null when none is shipped (the rules then decide alone, weighing nothing). */
    static ReportedSpeechFinder.Judge judge() {
        return BUNDLED.learned() ? BUNDLED::choose : null;
    }

    /** Reads a model in the shipped format; a feature this code does not compute is an error, not a silent zero. */
    static ReportedSpeechModel read(BufferedReader reader) throws IOException {
        return new ReportedSpeechModel(LogisticModel.read(reader, RESOURCE, SpeechFeatures.NAMES));
    }

    /** True when this is a learned model, not the rules alone. */
    boolean learned() {
        return weights != null;
    }

    /** The probability that a candidate with features {@code x} is reported speech (the rules alone: 1 or 0). */
    double probability(double[] x) {
        if (weights == null) {
            return x[0];
        }
        double z = weights.bias();
        for (int k = 0; k < x.length; k++) {
            z += weights.term(SpeechFeatures.NAMES.get(k), x[k]);
        }
        return LogisticModel.probability(z);
    }

    /**
     * The statements among {@code candidates}: those at or above the threshold (its own for the candidates the rules
     * made, which the rules have already weighed); of candidates the rules did not make
     * whose contents share half their words with one already kept (the scorer's own measure of the same statement),
     * the likelier only. In the candidates' order.
     */
    List<ReportedSpeech> choose(List<SpeechCandidate> candidates) {
        int n = candidates.size();
        double[] p = new double[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p[i] = probability(candidates.get(i).features());
            order.add(i);
        }
        boolean[] keep = new boolean[n];
        List<Integer> broad = new ArrayList<>();
        for (int i : order) {
            if (candidates.get(i).byRules()) {
                keep[i] = p[i] >= rulesThreshold;
            } else {
                broad.add(i);
            }
        }
        broad.sort(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i));
        for (int i : broad) {
            if (p[i] < threshold) {
                break;
            }
            boolean same = false;
            for (int j = 0; j < n && !same; j++) {
                same = keep[j] && sameStatement(candidates.get(i).statement(), candidates.get(j).statement());
            }
            keep[i] = !same;
        }
        List<ReportedSpeech> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(candidates.get(i).statement());
            }
        }
        return out;
    }

    /** Two statements of one sentence whose contents share at least half their words. */
    static boolean sameStatement(ReportedSpeech a, ReportedSpeech b) {
        return a.sentence().start() == b.sentence().start() && jaccard(words(a.content().text()), words(b.content().text())) >= 0.5;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String w : a) {
            inter += b.contains(w) ? 1 : 0;
        }
        return (double) inter / (a.size() + b.size() - inter);
    }
}
