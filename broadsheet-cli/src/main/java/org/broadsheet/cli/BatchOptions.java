package org.broadsheet.cli;

import picocli.CommandLine.Option;

/** The options of a command that works on many pages at a time: threads, output order, a side file of failures. */
final class BatchOptions {

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Work on N pages at a time (default: one per processor).")
    private int threads;

    @Option(names = "--unordered", description = "Write articles as they finish instead of in input order (faster "
            + "with many threads).")
    private boolean unordered;

    @Option(names = "--failures", paramLabel = "FILE", description = "Also write every failed or damaged record of a "
            + "web archive, and every page skipped as too large or binary, to FILE, one JSON line each (file, "
            + "recordId, offset, url, reason, detail).")
    private String failuresFile;

    /** The threads asked for, or 0 for one per processor. */
    int threads() {
        return threads;
    }

    boolean unordered() {
        return unordered;
    }

    /** The side file for failures, or null. */
    String failuresFile() {
        return failuresFile;
    }

    /** How many worker threads for {@code pages} pages: as asked (else one per processor), never more than pages. */
    int workers(int pages) {
        return Math.max(1, Math.min(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), pages));
    }
}
