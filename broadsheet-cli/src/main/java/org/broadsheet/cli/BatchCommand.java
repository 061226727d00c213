package org.broadsheet.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.broadsheet.article.RawPage;
import org.broadsheet.warc.WarcRecordSource;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What {@code extract} and {@code analyze} (and any command that turns pages into records) share: inputs expanded
 * into pages or streamed from web archives, the output opened ({@code -o} file, gzip, directory, or stdout), the
 * {@link Batch} run, the summary, and the exit code.
 *
 * @param commandLine the command, for usage errors and its streams
 * @param main the top-level command (stdin, terminal)
 * @param batch the batch options
 * @param verb what is done to a page, for the summary ("extracted", "analysed")
 */
public record BatchCommand(CommandLine commandLine, Main main, BatchOptions batch, String verb) {

    /**
     * How the pages are written.
     *
     * @param format the format, or null for the command's default
     * @param defaultForPages the format when none is given and the inputs are pages
     * @param output {@code -o}, or null for stdout
     * @param url {@code --url}, or null
     * @param extensionPrefix put before the format's extension in one-file-per-page output ({@code explain.}), or
     *        empty
     */
    public record Destination(ArticleFormat format, ArticleFormat defaultForPages, String output, String url,
            String extensionPrefix) {
    }

    /** True when the inputs are web archives (then every input must be one). */
    public static boolean areArchives(List<String> inputs) {
        return inputs.stream().anyMatch(WarcRecordSource::isArchiveName);
    }

    /**
     * Runs {@code work} over {@code inputs} and returns the exit code.
     *
     * @param inputs the arguments: page files, directories, {@code -}, or web archives
     * @param work what is done to each page, given the format chosen for the output
     */
    public int run(List<String> inputs, Destination to, Function<ArticleFormat, Batch.PageWork> work) {
        PrintWriter err = commandLine.getErr();
        long start = System.nanoTime();
        boolean archives = areArchives(inputs);
        Iterator<BatchItem> items;
        long total;
        boolean many;
        ArticleFormat fmt;
        List<Input> pages = List.of();
        if (archives) {
            ArchiveItems.checkArguments(commandLine, inputs, to.output());
            if (to.url() != null) {
                throw new ParameterException(commandLine, "--url is for single pages, not web archives");
            }
            items = new ArchiveItems(inputs);
            total = 0;
            many = true;
            fmt = to.format() != null ? to.format() : ArticleFormat.JSONL;
        } else {
            InputFiles.Expansion expansion = new InputFiles().expand(inputs);
            pages = expansion.inputs();
            total = pages.size() + expansion.problems().size();
            if (to.url() != null && total > 1) {
                throw new ParameterException(commandLine, "--url is the address of one page: give exactly one input");
            }
            many = total > 1 || expansion.hasDirectory();
            fmt = to.format() != null ? to.format()
                    : to.output() != null && isJsonLinesName(to.output()) ? ArticleFormat.JSONL : to.defaultForPages();
            List<BatchItem> list = new ArrayList<>();
            expansion.problems().forEach(p -> list.add(BatchItem.failed(p.input(), PageFailure.of("unreadable",
                    p.problem()))));
            for (Input in : pages) {
                list.add(BatchItem.page(in, to.url(), () -> new RawPage(in.name(), in.read(main.stdin()), to.url(), null)));
            }
            items = list.iterator();
        }
        refuseToOverwriteAnInput(pages, to.output());
        Set<String> done = new HashSet<>();
        Output out;
        try {
            out = open(to, fmt, many, archives, done);
        } catch (IOException e) {
            err.println("broadsheet: " + to.output() + ": cannot write: " + describe(e));
            err.flush();
            return Main.SOME_FAILED;
        }
        Progress progress = new Progress(err, (int) Math.min(Integer.MAX_VALUE, total),
                archives ? Progress.Mode.NONE : Progress.choose((int) total, main.stderrIsTerminal(), batch.noProgress()));
        int threads = archives ? batch.workers(Integer.MAX_VALUE) : batch.workers(Math.max(1, pages.size()));
        Tally tally;
        boolean closed;
        try (Writer failures = batch.failuresFile() == null ? null : openFailures(batch.failuresFile())) {
            Batch run = new Batch(new Batch.Settings(threads, batch.unordered(), batch.debug(), err, failures, done),
                    work.apply(fmt), out, progress);
            try (Output o = out) {
                run.run(items);
            }
            tally = run.tally();
            closed = run.stoppedByClosedOutput();
        } catch (IOException e) {
            err.println("broadsheet: cannot write: " + describe(e));
            err.flush();
            return Main.SOME_FAILED;
        }
        if (closed) {
            err.flush();
            return tally.failures() == 0 ? Main.OK : Main.SOME_FAILED;
        }
        long nanos = System.nanoTime() - start;
        if (archives) {
            err.println(tally.archiveSummary(nanos));
        } else if (many || tally.failures() > 0 || tally.alreadyDone > 0) {
            err.println(tally.pageSummary(verb, nanos));
        }
        err.flush();
        return tally.failures() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private static boolean isJsonLinesName(String output) {
        String n = output.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz");
    }

    /**
     * The output: stdout; one file ({@code .gz} compressed; several JSON pages as one array); or one file per page
     * in a directory (a directory that exists, a name ending in {@code /}, or, for several pages, a name without
     * an extension).
     */
    private Output open(Destination to, ArticleFormat fmt, boolean many, boolean archives, Set<String> done)
            throws IOException {
        String output = to.output();
        if (batch.resume() && (output == null || fmt != ArticleFormat.JSONL)) {
            throw new ParameterException(commandLine, "--resume finishes a JSON Lines file: give -o FILE.jsonl "
                    + "(or .jsonl.gz), as the stopped run did");
        }
        if (output == null) {
            return StreamOutput.toWriter(commandLine.getOut(), "stdout", fmt, many);
        }
        Path path = Path.of(output);
        boolean toDirectory = !archives && (Files.isDirectory(path) || output.endsWith("/")
                || output.endsWith(java.io.File.separator)
                || many && fmt != ArticleFormat.JSONL && !Files.isRegularFile(path) && !hasExtension(path));
        if (toDirectory) {
            if (batch.resume()) {
                throw new ParameterException(commandLine, "--resume finishes one JSON Lines file, not a directory");
            }
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw new IOException(output + " exists and is not a directory");
            }
            Files.createDirectories(path);
            return new DirectoryOutput(path, to.extensionPrefix() + fmt.extension());
        }
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        return batch.resume() ? StreamOutput.resume(path, done) : StreamOutput.toFile(path, fmt, many);
    }

    private static boolean hasExtension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1;
    }

    /** Opening {@code -o FILE} empties it: it must not be one of the pages still to be read. */
    private void refuseToOverwriteAnInput(List<Input> pages, String output) {
        if (output == null || !Files.isRegularFile(Path.of(output))) {
            return;
        }
        for (Input in : pages) {
            try {
                if (in.path() != null && Files.isSameFile(in.path(), Path.of(output))) {
                    throw new ParameterException(commandLine, "-o " + output + " is also an input: it would be "
                            + "overwritten");
                }
            } catch (IOException e) {
                // an input that cannot be compared cannot be read either: it is reported when it is read
            }
        }
    }

    private static Writer openFailures(String file) throws IOException {
        Path path = Path.of(file);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
    }

    /** An I/O error in words: Java's file exceptions carry only the path as their message. */
    static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is a file, not a directory";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
