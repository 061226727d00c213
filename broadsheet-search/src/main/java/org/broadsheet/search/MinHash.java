package org.broadsheet.search;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures of a text's word shingles: two signatures agree in about the share of positions that the two
 * texts' shingle sets share (their Jaccard similarity), whatever the texts' lengths. Syndicated copies of one story
 * (another headline, a credit line, a paragraph cut or added) keep most shingles; two stories on one subject share
 * almost none.
 */
final class MinHash {

    /** Positions in a signature. */
    static final int SIZE = 128;
    /** Words per shingle. */
    static final int SHINGLE = 5;
    /** Texts with fewer words than this get no signature: short texts share shingles by chance (a cookie notice). */
    static final int MIN_WORDS = 40;

    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The signature of {@code text}, or null when it is too short to compare. */
    static int[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        long[] hashes = new long[words.length];
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                hashes[n++] = mix(w.hashCode() * 0xC2B2AE3D27D4EB4FL + w.length());
            }
        }
        if (n < MIN_WORDS) {
            return null;
        }
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= n; i++) {
            long shingle = 0;
            for (int j = 0; j < SHINGLE; j++) {
                shingle = shingle * 31 + hashes[i + j];
            }
            for (int k = 0; k < SIZE; k++) {
                int h = (int) (mix(shingle ^ SEEDS[k]) >>> 33);
                if (h < sig[k]) {
                    sig[k] = h;
                }
            }
        }
        return sig;
    }

    /** The share of positions where two signatures agree: an estimate of the texts' Jaccard similarity. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    static byte[] toBytes(int[] sig) {
        ByteBuffer b = ByteBuffer.allocate(SIZE * 4);
        b.asIntBuffer().put(sig);
        return b.array();
    }

    static int[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != SIZE * 4) {
            return null;
        }
        int[] sig = new int[SIZE];
        ByteBuffer.wrap(bytes, offset, length).asIntBuffer().get(sig);
        return sig;
    }

    /** A 64-bit finalizer (from SplitMix64): spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
