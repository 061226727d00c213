package org.broadsheet.spark;

import org.apache.spark.sql.api.java.UDF1;

/**
 * The MinHash signature of a normalized text (lower case, words separated by single spaces): for each of
 * {@code size} hash functions, the least hash over the text's shingles of {@code shingleWords} consecutive words.
 * Two signatures agree at a position with probability equal to the Jaccard similarity of the two shingle sets.
 * Null for a text shorter than one shingle. The hash functions are fixed, so signatures compare across runs.
 */
final class MinHash implements UDF1<String, int[]> {

    private static final long serialVersionUID = 1L;

    private final int shingleWords;
    private final long[] seeds;

    MinHash(int size, int shingleWords) {
        this.shingleWords = shingleWords;
        this.seeds = new long[size];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < size; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
    }

    @Override
    public int[] call(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String[] words = text.split(" ");
        if (words.length < shingleWords) {
            return null;
        }
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = hash(words[i]);
        }
        int[] signature = new int[seeds.length];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (int start = 0; start + shingleWords <= words.length; start++) {
            long shingle = 0;
            for (int w = 0; w < shingleWords; w++) {
                shingle = mix(shingle * 31 + wordHashes[start + w]);
            }
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (mix(shingle ^ seeds[i]) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** FNV-1a over the word's characters. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finalizer: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
