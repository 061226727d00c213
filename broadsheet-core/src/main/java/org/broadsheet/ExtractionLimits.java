package org.broadsheet;

import java.time.Duration;

/**
 * Bounds on the work spent on one page, so that no page can stall a batch.
 *
 * @param maxBytes pages longer than this are cut to this many bytes (with a warning)
 * @param maxDepth elements nested deeper than this are flattened into their ancestor
 * @param maxTime extraction of one page gives up after this long
 */
public record ExtractionLimits(long maxBytes, int maxDepth, Duration maxTime) {

    /**
     * 4 MiB, 256 levels, 10 seconds: beyond any real article page (the largest of the Zyte benchmark's
     * 181 pages is 1.5 MB). The byte limit also bounds the later stages: 4 MiB of the densest markup
     * is some 35,000 blocks, which parse and classify in a few seconds; 16 MiB of it would not fit in
     * the time limit.
     */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(4L << 20, 256, Duration.ofSeconds(10));

    /** Checks that every bound is positive (and that {@code maxBytes} fits in an array). */
    public ExtractionLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive: " + maxTime);
        }
    }
}
