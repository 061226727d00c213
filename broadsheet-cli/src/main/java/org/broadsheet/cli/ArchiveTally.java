package org.broadsheet.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a run over web archives, and its closing summary. Used by the one thread that writes output.
 */
final class ArchiveTally {

    long records;
    long written;
    long warned;
    final Map<String, Long> skipped = new TreeMap<>();
    final Map<String, Long> failed = new TreeMap<>();

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void fail(String reason) {
        failed.merge(reason, 1L, Long::sum);
    }

    long failures() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * For example {@code broadsheet: 10432 records read: 3100 articles written (12 with warnings); skipped: 7000
     * (binary 3, not-a-page 6897, redirect 100); failed: 2 (damaged 1, not a web page 1); 41.2 pages/s in 75.3 s}.
     */
    String summary(long nanos) {
        double seconds = nanos / 1e9;
        long skippedTotal = skipped.values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "broadsheet: %d records read: %d articles written (%d with warnings); "
                + "skipped: %d%s; failed: %d%s; %.1f pages/s in %.1f s", records, written, warned, skippedTotal,
                byReason(skipped), failures(), byReason(failed), (written + failures()) / Math.max(seconds, 1e-9),
                seconds);
    }

    private static String byReason(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (");
        counts.forEach((reason, n) -> out.append(out.length() > 2 ? ", " : "").append(reason).append(' ').append(n));
        return out.append(')').toString();
    }
}
