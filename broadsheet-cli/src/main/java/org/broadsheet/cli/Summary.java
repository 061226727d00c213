package org.broadsheet.cli;

import java.util.Locale;

/**
 * The closing line of a batch.
 *
 * @param pages inputs given (pages found, plus arguments that gave none)
 * @param extracted pages that gave an article
 * @param failed inputs that gave no article
 * @param warned articles extracted with at least one warning
 * @param nanos time taken
 */
public record Summary(int pages, int extracted, int failed, int warned, long nanos) {

    /** For example {@code broadsheet: 12 pages: 11 extracted (3 with warnings), 1 failed, in 2.4 s}. */
    @Override
    public String toString() {
        int skipped = pages - extracted - failed;
        return String.format(Locale.ROOT, "broadsheet: %d page%s: %d extracted (%d with warnings), %d failed%s, in %.1f s",
                pages, pages == 1 ? "" : "s", extracted, warned, failed,
                skipped > 0 ? ", " + skipped + " not read" : "", nanos / 1e9);
    }
}
