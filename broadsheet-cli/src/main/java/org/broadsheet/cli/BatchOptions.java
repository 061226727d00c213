package org.broadsheet.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a command that works on many pages at a time: threads, output order, failures, resuming. */
public final class BatchOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private int threads;

    @Option(names = "--unordered", description = "Write articles as they finish instead of in input order (faster "
            + "with many threads).")
    private boolean unordered;

    @Option(names = "--failures", paramLabel = "FILE", description = "Also write every page that failed, every "
            + "failed or damaged record of a web archive, and every page skipped as too large or binary, to FILE, one "
            + "JSON line each (file, recordId, offset, url, reason, detail; stackTrace for internal errors).")
    private String failuresFile;

    @Option(names = "--resume", description = "Finish a run that was stopped (killed, out of disk): keep the "
            + "articles already in the -o FILE (JSON Lines, .gz or not), drop a torn last line, and add only the "
            + "pages still missing, so that no page is written twice.")
    private boolean resume;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    private boolean noProgress;

    @Option(names = "--debug", description = "Print the stack trace of an internal error (a bug in broadsheet) on "
            + "stderr.")
    private boolean debug;

    /** {@code -j N}: at least 1. */
    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Work on N pages at a time (default: one per processor).")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(mixee.commandLine(), "-j/--threads must be at least 1, not " + n);
        }
        threads = n;
    }

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

    boolean resume() {
        return resume;
    }

    boolean noProgress() {
        return noProgress;
    }

    boolean debug() {
        return debug;
    }

    /** How many worker threads for {@code pages} pages: as asked (else one per processor), never more than pages. */
    int workers(long pages) {
        return (int) Math.max(1, Math.min(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), pages));
    }
}
