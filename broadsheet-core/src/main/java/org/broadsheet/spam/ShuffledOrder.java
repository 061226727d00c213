package org.broadsheet.spam;

import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The test both word-order models put a text to: how much better its words fit in the order they were written than
 * the same words shuffled. Writing fits several standard deviations better; words in random order about as well.
 */
final class ShuffledOrder {

    static final int SHUFFLES = 20;

    private ShuffledOrder() {
    }

    /**
     * How many standard deviations of the shuffles' fits (taken as at least 0.5, so that a few words cannot look
     * sure) the text's own fit lies above their mean.
     *
     * @param classes the text's words as classes, in order
     * @param fit how well a sequence of classes fits the model
     * @param seed the shuffles' seed: the same text always gets the same answer
     */
    static double z(int[] classes, ToDoubleFunction<int[]> fit, long seed) {
        double original = fit.applyAsDouble(classes);
        Random random = new Random(seed);
        double sum = 0;
        double squares = 0;
        int[] copy = classes.clone();
        for (int s = 0; s < SHUFFLES; s++) {
            for (int i = copy.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = copy[i];
                copy[i] = copy[j];
                copy[j] = t;
            }
            double f = fit.applyAsDouble(copy);
            sum += f;
            squares += f * f;
        }
        double mean = sum / SHUFFLES;
        double sd = Math.sqrt(Math.max(1e-9, squares / SHUFFLES - mean * mean));
        return (original - mean) / Math.max(sd, 0.5);
    }
}
