package org.broadsheet.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.article.PageType;

/**
 * The chance that a block is part of the page's main content, from its {@link BlockFeatures}: a small ensemble
 * of boosted decision trees whose plain-text weights are the resource {@code block.model}, trained on the
 * development parts of WCXB and the Zyte set by {@code bench/train_block_model.py} (held-out parts score it).
 * Where the rules look for one prose container, the model also knows the shape of forum posts, product
 * specifications and listing entries. Immutable and thread-safe.
 */
final class BlockModel {

    private static final String RESOURCE = "block.model";

    /** One tree, as parallel arrays: an inner node tests {@code x[feature] <= threshold}; a leaf has feature -1. */
    private record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

        double score(double[] x) {
            int node = 0;
            while (feature[node] >= 0) {
                node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            return value[node];
        }
    }

    /** The two chances a block must clear: to come back when the rules left it out, to stay when they kept it. */
    private record Cuts(double add, double drop) {
    }

    private final double base;
    private final Cuts cuts;
    private final Map<PageType, Cuts> byType;
    private final List<Tree> trees;

    private BlockModel(double base, Cuts cuts, Map<PageType, Cuts> byType, List<Tree> trees) {
        this.base = base;
        this.cuts = cuts;
        this.byType = byType;
        this.trees = trees;
    }

    /** The bundled model. */
    static BlockModel bundled() {
        try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BlockModel read(BufferedReader r) throws IOException {
        double base = 0;
        double addCut = 0.5;
        double dropCut = 0.5;
        Map<PageType, Cuts> byType = new EnumMap<>(PageType.class);
        List<Tree> trees = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] parts = line.trim().split("\\s+");
            if (line.isBlank() || parts[0].startsWith("#")) {
                continue;
            }
            switch (parts[0]) {
                case "features" -> {
                    // a model trained before features were added reads the ones it knows (they keep their places)
                    List<String> names = Arrays.asList(parts).subList(1, parts.length);
                    if (names.size() > BlockFeatures.NAMES.size()
                            || !names.equals(BlockFeatures.NAMES.subList(0, names.size()))) {
                        throw new IllegalStateException(RESOURCE + " was trained on other block features: retrain it");
                    }
                }
                case "base" -> base = Double.parseDouble(parts[1]);
                case "add-cut" -> addCut = Double.parseDouble(parts[1]);
                case "drop-cut" -> dropCut = Double.parseDouble(parts[1]);
                case "type-cuts" -> byType.put(PageType.fromLabel(parts[1]),
                        new Cuts(Double.parseDouble(parts[2]), Double.parseDouble(parts[3])));
                case "tree" -> trees.add(tree(parts));
                default -> throw new IllegalStateException(RESOURCE + ": unknown line " + parts[0]);
            }
        }
        if (trees.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no trees");
        }
        return new BlockModel(base, new Cuts(addCut, dropCut), Map.copyOf(byType), List.copyOf(trees));
    }

    /** {@code tree f,threshold,left,right ...}: one node per field, leaves as {@code -1,value,0,0}. */
    private static Tree tree(String[] parts) {
        int n = parts.length - 1;
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            String[] node = parts[i + 1].split(",");
            feature[i] = Integer.parseInt(node[0]);
            if (feature[i] < 0) {
                value[i] = Double.parseDouble(node[1]);
            } else {
                if (feature[i] >= BlockFeatures.NAMES.size()) {
                    throw new IllegalStateException(RESOURCE + ": feature " + feature[i] + " out of range");
                }
                threshold[i] = Double.parseDouble(node[1]);
                left[i] = Integer.parseInt(node[2]);
                right[i] = Integer.parseInt(node[3]);
                // children come after their parent: a walk down the tree always ends, and never leaves it
                if (left[i] <= i || left[i] >= n || right[i] <= i || right[i] >= n) {
                    throw new IllegalStateException(RESOURCE + ": node " + i + " has a child out of place");
                }
            }
        }
        return new Tree(feature, threshold, left, right, value);
    }

    /** The log-odds that a block with features {@code x} is main content. */
    double logOdds(double[] x) {
        double s = base;
        for (Tree t : trees) {
            s += t.score(x);
        }
        return s;
    }

    /** The chance, from 0 to 1, that a block with features {@code x} is main content. */
    double probability(double[] x) {
        return 1 / (1 + Math.exp(-logOdds(x)));
    }

    /**
     * True when a block with features {@code x} is kept on a page judged to be of type {@code type} (null when not
     * judged). The rules' decision is weighed unequally: a block they left out must clear a higher chance to come
     * back than a block they kept needs to stay. The cuts depend on the page's type (all chosen in training):
     * on news pages the rules are right far more often than on forums, listings or product pages, whose main
     * content is short entries rather than prose.
     */
    boolean keeps(double[] x, boolean keptByRules, PageType type) {
        return keeps(probability(x), keptByRules, type);
    }

    /** {@link #keeps(double[], boolean, PageType)} for a block whose {@link #probability} is known. */
    boolean keeps(double probability, boolean keptByRules, PageType type) {
        Cuts c = type == null ? cuts : byType.getOrDefault(type, cuts);
        return probability >= (keptByRules ? c.drop() : c.add());
    }
}
