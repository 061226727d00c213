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

    /** 16 MiB, 256 levels, 10 seconds: far beyond any real article page. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(16L << 20, 256, Duration.ofSeconds(10));
}
