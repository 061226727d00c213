package org.broadsheet.spam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The learned exit of the judge: a small ensemble of shallow decision trees over the evidence of a run that every
 * component measured and none could name ({@link InjectedSpam}'s "measured, no clue" exit, where the verdict used to
 * be no whatever was measured). Trained by {@code bench/train_spam_exit.py} on the read tiers of
 * {@code bench/spamgen} with leave-a-tier-out folds, its threshold above every such run of the honest pages' tuned
 * half and of the tiers' hard negatives and controls; shipped as the resource {@code unclued-spam.model} (plain
 * text: the threshold, then each tree in preorder, {@code split FEATURE CUT} with the side at or under the cut
 * first, and {@code leaf VALUE}). A feature the run's evidence lacks is 0. Immutable.
 */
final class UncluedJudge {

    private static final String RESOURCE = "unclued-spam.model";

    private sealed interface Node permits Split, Leaf {
    }

    private record Split(String feature, double cut, Node atOrUnder, Node over) implements Node {
    }

    private record Leaf(double value) implements Node {
    }

    /**
     * What the trees make of a run.
     *
     * @param score the trees' summed log-odds
     * @param margin the score above the threshold (flagged from 0)
     */
    record Judgement(double score, double margin) {

        /** Whether the run is planted by the trees' weighing. */
        boolean planted() {
            return margin >= 0;
        }

        /** The score as a probability, for reasons. */
        double probability() {
            return 1 / (1 + Math.exp(-score));
        }
    }

    private final double threshold;
    private final List<Node> trees;

    private UncluedJudge(double threshold, List<Node> trees) {
        this.threshold = threshold;
        this.trees = List.copyOf(trees);
    }

    /** The score at or above which a run is planted. */
    double threshold() {
        return threshold;
    }

    /** The bundled trees. */
    static UncluedJudge bundled() {
        try (InputStream in = UncluedJudge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UncluedJudge read(BufferedReader reader) throws IOException {
        List<String[]> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.strip().split("\\s+");
            if (!f[0].isEmpty() && !f[0].startsWith("#")) {
                lines.add(f);
            }
        }
        double threshold = Double.POSITIVE_INFINITY;
        List<Node> trees = new ArrayList<>();
        Iterator<String[]> it = lines.iterator();
        while (it.hasNext()) {
            String[] f = it.next();
            switch (f[0]) {
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "tree" -> trees.add(node(it));
                default -> throw new IOException("unknown line in " + RESOURCE + ": " + String.join(" ", f));
            }
        }
        return new UncluedJudge(threshold, trees);
    }

    private static Node node(Iterator<String[]> it) throws IOException {
        if (!it.hasNext()) {
            throw new IOException("a tree of " + RESOURCE + " ends early");
        }
        String[] f = it.next();
        return switch (f[0]) {
            case "leaf" -> new Leaf(Double.parseDouble(f[1]));
            case "split" -> {
                Node under = node(it);
                Node over = node(it);
                yield new Split(f[1], Double.parseDouble(f[2]), under, over);
            }
            default -> throw new IOException("unknown node in " + RESOURCE + ": " + String.join(" ", f));
        };
    }

    /** Weighs a run by its {@code evidence} (each feature's value). */
    Judgement judge(Map<String, Double> evidence) {
        double score = 0;
        for (Node n : trees) {
            while (n instanceof Split s) {
                n = evidence.getOrDefault(s.feature(), 0.0) <= s.cut() ? s.atOrUnder() : s.over();
            }
            score += ((Leaf) n).value();
        }
        return new Judgement(score, score - threshold);
    }
}
