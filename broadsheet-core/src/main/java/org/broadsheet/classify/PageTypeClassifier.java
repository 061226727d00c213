package org.broadsheet.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.PageType;

/**
 * Judges a page's {@link PageType} from its {@link PageFeatures}: a multinomial logistic regression whose
 * weights are the resource {@code page-type.model}, trained on the development part of the WCXB pages
 * ({@code bench/train_page_type.py}; the held-out part scores it). Immutable and thread-safe.
 */
public final class PageTypeClassifier {

    private static final String MODEL = "page-type.model";

    private final double[] mean;
    private final double[] scale;
    private final List<PageType> types = new ArrayList<>();
    private final List<double[]> weights = new ArrayList<>();

    /** The classifier with the bundled weights. */
    public PageTypeClassifier() {
        try (InputStream in = PageTypeClassifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            double[] m = null;
            double[] s = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                double[] values = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    values[i - 1] = Double.parseDouble(parts[i]);
                }
                switch (parts[0]) {
                    case "mean" -> m = values;
                    case "scale" -> s = values;
                    default -> {
                        types.add(PageType.fromLabel(parts[0]));
                        weights.add(values);
                    }
                }
            }
            int n = PageFeatures.NAMES.size();
            if (m == null || s == null || m.length != n || s.length != n || weights.isEmpty()
                    || weights.stream().anyMatch(w -> w.length != n + 1)) {
                throw new IllegalStateException(MODEL + " does not fit the " + n + " page features");
            }
            mean = m;
            scale = s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most likely type of a page with features {@code features}. */
    public PageType classify(double[] features) {
        PageType best = PageType.OTHER;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < types.size(); k++) {
            double[] w = weights.get(k);
            double score = w[0];
            for (int i = 0; i < features.length; i++) {
                if (!Double.isNaN(features[i])) {
                    // an unknown feature is taken to be the training mean: it adds nothing
                    score += w[i + 1] * (features[i] - mean[i]) / scale[i];
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = types.get(k);
            }
        }
        return best;
    }
}
