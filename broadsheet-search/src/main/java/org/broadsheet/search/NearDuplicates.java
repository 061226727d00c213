package org.broadsheet.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicate articles as they arrive: locality-sensitive hashing over MinHash signatures finds the
 * candidates (a signature is cut into {@link #BANDS} bands of {@link #ROWS} positions; two articles that agree on a
 * whole band are compared), and a candidate whose estimated similarity reaches {@link #THRESHOLD} puts the new article
 * in its group. A group is named by the id of its first article. Pairs at similarity 0.6 meet in some band with
 * probability 0.99, at 0.7 with 0.9998. Work per article is bounded: only the {@link #PER_BUCKET} latest members of a
 * band's bucket are compared. Not thread-safe: {@link ArticleIndex} calls it under its lock.
 */
final class NearDuplicates {

    /** Estimated Jaccard similarity of 5-word shingles from which two articles are copies of one story. */
    static final double THRESHOLD = 0.5;
    static final int BANDS = 32;
    static final int ROWS = MinHash.SIZE / BANDS;
    /** Members compared per bucket, latest first: a paragraph that every page carries cannot make ingest quadratic. */
    static final int PER_BUCKET = 200;

    private final List<String> ids = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    /** The current member number of each id (an article indexed again gets a new one). */
    private final Map<String, Integer> current = new HashMap<>();

    // the buckets: an open-addressing table from band key to its latest entry; entries chain to older ones
    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private int used;
    private int[] entryMember = new int[1 << 12];
    private int[] entryNext = new int[1 << 12];
    private int entries;

    NearDuplicates() {
        Arrays.fill(heads, -1);
    }

    /**
     * The group of an article with {@code signature}, recording it as a member.
     *
     * @param id the article's id
     * @param signature its MinHash signature, or null when it has none (it is then a group of its own)
     * @return the group's name: a near-duplicate's group, or {@code id} when it has none yet
     */
    String assign(String id, int[] signature) {
        if (signature == null) {
            return id;
        }
        int best = -1;
        double bestSimilarity = THRESHOLD;
        for (int band = 0; band < BANDS; band++) {
            int seen = 0;
            for (int e = head(bandKey(signature, band)); e >= 0 && seen < PER_BUCKET; e = entryNext[e], seen++) {
                int m = entryMember[e];
                if (ids.get(m).equals(id) || current.get(ids.get(m)) != m) {
                    continue;
                }
                double s = MinHash.similarity(signature, signatures.get(m));
                if (s >= bestSimilarity) {
                    best = m;
                    bestSimilarity = s;
                }
            }
        }
        String group = best < 0 ? id : groups.get(best);
        add(id, group, signature);
        return group;
    }

    /** Records a member without looking for its near-duplicates (an article already in the index). */
    void add(String id, String group, int[] signature) {
        if (signature == null) {
            return;
        }
        int m = ids.size();
        ids.add(id);
        groups.add(group);
        signatures.add(signature);
        current.put(id, m);
        for (int band = 0; band < BANDS; band++) {
            link(bandKey(signature, band), m);
        }
    }

    private int head(long key) {
        int slot = slot(key);
        return heads[slot] < 0 ? -1 : heads[slot];
    }

    private void link(long key, int member) {
        if (entries == entryMember.length) {
            entryMember = Arrays.copyOf(entryMember, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        if (2 * (used + 1) > keys.length) {
            grow();
        }
        int slot = slot(key);
        if (heads[slot] < 0) {
            keys[slot] = key;
            used++;
        }
        entryMember[entries] = member;
        entryNext[entries] = heads[slot];
        heads[slot] = entries++;
    }

    /** The slot of {@code key}: where it is, or the free slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (heads[i] >= 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] >= 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static long bandKey(int[] signature, int band) {
        long h = (band + 1) * 0x9E3779B97F4A7C15L;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = (h ^ signature[i]) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        return h;
    }
}
