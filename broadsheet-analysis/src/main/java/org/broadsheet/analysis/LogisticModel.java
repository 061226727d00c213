package org.broadsheet.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weights of a logistic regression in the plain-text format the training scripts write
 * ({@code bench/train_reported.py}, {@code bench/train_roles.py}): {@code #} comments, {@code bias B}, one or more
 * thresholds ({@code threshold T}, {@code threshold-NAME T}) and per feature {@code feature NAME MEAN SCALE WEIGHT},
 * which adds {@code WEIGHT * (value - MEAN) / SCALE} to the log-odds. The same format as the spam detector's model in
 * core, which keeps its own reader so that core's public API stays the article and its extractor. Immutable.
 */
final class LogisticModel {

    private record Weight(double mean, double scale, double weight) {
    }

    private final double bias;
    private final Map<String, Double> thresholds;
    private final Map<String, Weight> weights;

    private LogisticModel(double bias, Map<String, Double> thresholds, Map<String, Weight> weights) {
        this.bias = bias;
        this.thresholds = Map.copyOf(thresholds);
        this.weights = Map.copyOf(weights);
    }

    /** The model shipped as resource {@code name} beside this class, or empty when none is shipped. */
    static Optional<LogisticModel> resource(String name) {
        try (InputStream in = LogisticModel.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty()
                    : Optional.of(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model; a line of another kind, or a number that is not one, is an error naming {@code source} and the line. */
    static LogisticModel read(BufferedReader reader, String source) throws IOException {
        double bias = 0;
        Map<String, Double> thresholds = new HashMap<>();
        Map<String, Weight> weights = new HashMap<>();
        int n = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            n++;
            String[] f = line.strip().split("\\s+");
            if (f[0].isEmpty() || f[0].startsWith("#")) {
                continue;
            }
            try {
                if (f[0].equals("bias") && f.length == 2) {
                    bias = Double.parseDouble(f[1]);
                } else if (f[0].startsWith("threshold") && f.length == 2) {
                    thresholds.put(f[0], Double.parseDouble(f[1]));
                } else if (f[0].equals("feature") && f.length == 5) {
                    weights.put(f[1], new Weight(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                } else {
                    throw new IOException(source + " line " + n + ": not a bias, threshold or feature line: " + line);
                }
            } catch (NumberFormatException e) {
                throw new IOException(source + " line " + n + ": not a number in: " + line, e);
            }
        }
        return new LogisticModel(bias, thresholds, weights);
    }

    /**
     * Reads a model that may weigh only the features in {@code known} (those its code computes): another is an error
     * naming {@code source}, not a silent zero.
     */
    static LogisticModel read(BufferedReader reader, String source, Collection<String> known) throws IOException {
        LogisticModel model = read(reader, source);
        for (String feature : model.features()) {
            if (!known.contains(feature)) {
                throw new IOException("unknown feature in " + source + ": " + feature);
            }
        }
        return model;
    }

    /** The log-odds when every feature is at its mean. */
    double bias() {
        return bias;
    }

    /** The threshold named {@code name} ({@code "threshold"}, {@code "threshold-rules"}), or {@code otherwise}. */
    double threshold(String name, double otherwise) {
        return thresholds.getOrDefault(name, otherwise);
    }

    /** The features the model weighs. */
    Set<String> features() {
        return weights.keySet();
    }

    /** What {@code feature} at {@code value} adds to the log-odds; 0 for a feature the model does not weigh. */
    double term(String feature, double value) {
        Weight w = weights.get(feature);
        return w == null ? 0 : w.weight() * (value - w.mean()) / w.scale();
    }

    /** The logistic function: log-odds to probability. */
    static double probability(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
