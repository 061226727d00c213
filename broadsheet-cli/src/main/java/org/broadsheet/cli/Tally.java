package org.broadsheet.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The counts of one batch, and its closing line. Used by the one thread that writes output. */
final class Tally {

    long items;
    long written;
    long warned;
    long alreadyDone;
    /** Pages extracted but not written: not of the type asked for ({@code --only-type}). */
    long leftOut;
    /** Extracted pages by type. */
    final Map<String, Long> pageTypes = new TreeMap<>();
    final Map<String, Long> skipped = new TreeMap<>();
    final Map<String, Long> failed = new TreeMap<>();

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void fail(String reason) {
        failed.merge(reason, 1L, Long::sum);
    }

    long failures() {
        return sum(failed);
    }

    /**
     * The closing line of a batch of pages, for example {@code broadsheet: 12 pages: 11 extracted (3 with
     * warnings), 1 failed (not-a-page 1), in 2.4 s}.
     */
    String pageSummary(String verb, long nanos) {
        long notRead = items - written - failures() - alreadyDone - leftOut;
        return String.format(Locale.ROOT, "broadsheet: %d page%s: %d %s (%d with warnings), %d failed%s%s%s%s, in %.1f s%s",
                items, items == 1 ? "" : "s", written, verb, warned, failures(), byReason(failed),
                alreadyDone > 0 ? ", " + alreadyDone + " already in the output (--resume)" : "",
                leftOut > 0 ? ", " + leftOut + " left out by type" : "",
                notRead > 0 ? ", " + notRead + " not read" : "", nanos / 1e9, types());
    }

    /**
     * The closing line of a run over web archives, for example {@code broadsheet: 10432 records read: 3100 articles
     * written (12 with warnings); skipped: 7000 (binary 3, not-a-page 6897, redirect 100); failed: 2 (damaged 1,
     * not-a-page 1); 41.2 pages/s in 75.3 s}.
     */
    String archiveSummary(long nanos) {
        double seconds = nanos / 1e9;
        return String.format(Locale.ROOT, "broadsheet: %d records read: %d articles written (%d with warnings)%s; "
                + "skipped: %d%s; failed: %d%s; %.1f pages/s in %.1f s%s", items, written, warned,
                (alreadyDone > 0 ? ", " + alreadyDone + " already in the output (--resume)" : "")
                        + (leftOut > 0 ? ", " + leftOut + " left out by type" : ""), sum(skipped),
                byReason(skipped), failures(), byReason(failed), (written + leftOut + failures()) / Math.max(seconds, 1e-9),
                seconds, types());
    }

    /** "; types: article 10, forum 2", or nothing when no page was typed. */
    private String types() {
        return pageTypes.isEmpty() ? "" : "; types:" + byReason(pageTypes).replace(" (", " ").replace(")", "");
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
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
