package org.broadsheet.warc;

/**
 * Bounds on what is read from one record.
 *
 * @param maxPayloadBytes a payload longer than this (after HTTP decoding) is skipped as
 *     {@link SkipReason#TOO_LARGE} without being held in memory
 */
public record WarcLimits(long maxPayloadBytes) {

    /** 4 MiB: the extractor's own page limit ({@code ExtractionLimits.DEFAULT}). */
    public static final WarcLimits DEFAULT = new WarcLimits(4L << 20);

    /** Checks that the limit is positive and fits in an array. */
    public WarcLimits {
        if (maxPayloadBytes <= 0 || maxPayloadBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxPayloadBytes must be between 1 and " + (Integer.MAX_VALUE - 8)
                    + ": " + maxPayloadBytes);
        }
    }
}
