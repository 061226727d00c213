package org.broadsheet.spam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned weights of the evidence: a logistic regression over the scoring components' clues, trained by
 * {@code bench/train_spam.py} on the tuned part of the generated spam cases and the spam dev set, and shipped as
 * the resource {@code injected-spam.model} (plain text: a bias, a decision threshold, and per feature its mean,
 * scale and weight). A clue the model does not know counts nothing. Immutable.
 */
final class SpamModel {

    private static final String RESOURCE = "injected-spam.model";

    private record Weight(double mean, double scale, double weight) {
    }

    /**
     * The model's view of one suspect.
     *
     * @param probability how likely the text was planted, 0 to 1
     * @param margin log-odds above the decision threshold (0 at the threshold)
     * @param ranked the clues that spoke for spam, most first
     */
    record Judgement(double probability, double margin, List<Clue> ranked) {
    }

    private final double bias;
    private final double threshold;
    private final Map<String, Weight> weights;

    private SpamModel(double bias, double threshold, Map<String, Weight> weights) {
        this.bias = bias;
        this.threshold = threshold;
        this.weights = Map.copyOf(weights);
    }

    /** The bundled model. */
    static SpamModel bundled() {
        try (InputStream in = SpamModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpamModel read(BufferedReader reader) throws IOException {
        double bias = 0;
        double threshold = 0.5;
        Map<String, Weight> weights = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.strip().split("\\s+");
            if (f[0].isEmpty() || f[0].startsWith("#")) {
                continue;
            }
            switch (f[0]) {
                case "bias" -> bias = Double.parseDouble(f[1]);
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "feature" -> weights.put(f[1], new Weight(Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])));
                default -> throw new IOException("unknown line in " + RESOURCE + ": " + line);
            }
        }
        return new SpamModel(bias, threshold, weights);
    }

    /** The probability at or above which a suspect is spam. */
    double threshold() {
        return threshold;
    }

    /**
     * Weighs {@code clues}. A feature absent from the clues has the value 0; a feature found twice adds up; a
     * feature named {@code a*b} is the two at once (their product), and what it contributes is shared between them.
     */
    Judgement judge(List<Clue> clues) {
        Map<String, Double> x = new HashMap<>();
        for (Clue c : clues) {
            x.merge(c.feature(), c.value(), Double::sum);
        }
        double z = bias;
        Map<String, Double> contribution = new HashMap<>();
        for (Map.Entry<String, Weight> e : weights.entrySet()) {
            Weight w = e.getValue();
            String name = e.getKey();
            int star = name.indexOf('*');
            double v = star < 0 ? x.getOrDefault(name, 0.0)
                    : x.getOrDefault(name.substring(0, star), 0.0) * x.getOrDefault(name.substring(star + 1), 0.0);
            double c = w.weight() * (v - w.mean()) / w.scale();
            z += c;
            if (star < 0 && x.containsKey(name)) {
                contribution.merge(name, c, Double::sum);
            } else if (star >= 0 && v != 0) {
                contribution.merge(name.substring(0, star), c / 2, Double::sum);
                contribution.merge(name.substring(star + 1), c / 2, Double::sum);
            }
        }
        List<Clue> ranked = new ArrayList<>();
        for (Clue c : clues) {
            if (contribution.getOrDefault(c.feature(), 0.0) > 0.05 && ranked.stream()
                    .noneMatch(r -> r.feature().equals(c.feature()))) {
                ranked.add(c);
            }
        }
        ranked.sort(Comparator.comparingDouble((Clue c) -> -contribution.get(c.feature())));
        double p = 1 / (1 + Math.exp(-z));
        double atThreshold = Math.log(threshold / (1 - threshold));
        return new Judgement(p, z - atThreshold, List.copyOf(ranked));
    }

    /** "p 0.97", for reasons. */
    static String percent(double p) {
        return String.format(Locale.ROOT, p >= 0.99 && p < 1 ? "%.2f%%" : "%.0f%%", 100 * p);
    }
}
