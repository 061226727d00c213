package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.warc.WarcRecordSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet extract}: pages in, articles out. One bad page never stops a batch: it is reported
 * on stderr with its name, and the exit code says that something failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Extracts the article from each page and prints it (JSON by default).",
            "Inputs are HTML files, .gz files, directories (every .html, .htm, .xhtml, .shtml and .txt file "
                    + "below, optionally .gz) and - for stdin; or web archives (.warc, .warc.gz, .wet, .wet.gz), "
                    + "streamed to one JSON line per article (-o FILE.gz compresses)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was extracted", "1:at least one page failed (each is named on stderr)",
            "2:the command line was wrong"})
public final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    private Main parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Page files, directories, .gz files, or - for stdin.")
    private List<String> inputs;

    @Option(names = "--url", paramLabel = "URL", description = "The page's address, when known (one input only).")
    private String url;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, jsonl, text or markdown (default: json; text with --explain).")
    private ArticleFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = {"Write to FILE instead of stdout; or, for several pages (or when DIR exists or ends in /), "
                    + "one file per page in DIR. jsonl writes several pages to one FILE."})
    private String output;

    @Option(names = "--explain", description = "Show every block of the page with its decision (kept as body, "
            + "or removed and as what) and the reason, instead of the article.")
    private boolean explain;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: HTML when the page has markup, else flattened text), html or text.")
    private String inputFormat;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    private boolean noProgress;

    @Mixin
    private BatchOptions batch;



    private InputFormat inputFormat() {
        try {
            return InputFormat.valueOf(inputFormat.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--input-format must be auto, html or text, not '" + inputFormat + "'");
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.stream().anyMatch(WarcRecordSource::isArchiveName)) {
            return extractArchives(err);
        }
        InputFiles.Expansion expansion = new InputFiles().expand(inputs);
        List<Input> pages = expansion.inputs();
        int attempted = pages.size() + expansion.problems().size();
        if (url != null && attempted > 1) {
            throw new ParameterException(spec.commandLine(), "--url is the address of one page: give exactly one input");
        }
        ArticleFormat fmt = format != null ? format : explain ? ArticleFormat.TEXT : ArticleFormat.JSON;
        boolean many = attempted > 1 || expansion.hasDirectory();

        long start = System.nanoTime();
        Progress progress = new Progress(err, pages.size(),
                Progress.choose(pages.size(), parent.stderrIsTerminal(), noProgress));
        Tally tally = new Tally();
        for (String problem : expansion.problems()) {
            progress.message("broadsheet: " + problem);
            tally.failed++;
        }
        Output out;
        try {
            refuseToOverwriteAnInput(pages);
            out = openOutput(fmt, many);
        } catch (IOException e) {
            err.println("broadsheet: " + output + ": cannot write: " + e.getMessage());
            return Main.SOME_FAILED;
        }
        PageRunner runner = new PageRunner(new Extractor(), new ArticleRenderer(), new ExplainRenderer(), fmt, explain,
                inputFormat());
        runAll(pages, runner, out, progress, tally);
        progress.finish();
        try {
            out.close();
        } catch (IOException e) {
            err.println("broadsheet: " + (output == null ? "stdout" : output) + ": cannot write: " + e.getMessage());
            tally.failed++;
        }
        if (many || tally.failed > 0) {
            err.println(new Summary(attempted, tally.extracted, tally.failed, tally.warned, System.nanoTime() - start));
        }
        err.flush();
        return tally.failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * Web archives (WARC/WET): streamed record by record, one article per line ({@code jsonl} unless another format
     * is asked for), failures reported with their record ID, and a summary by reason.
     */
    private int extractArchives(PrintWriter err) {
        ArchiveExtraction.checkArguments(spec.commandLine(), inputs, output);
        if (explain || url != null) {
            throw new ParameterException(spec.commandLine(), "--explain and --url are for single pages, not web archives");
        }
        ArticleFormat fmt = format != null ? format : ArticleFormat.JSONL;
        ArticleRenderer renderer = new ArticleRenderer();
        return new ArchiveExtraction(new Extractor(),
                a -> new ArchiveExtraction.Rendered(renderer.render(a, fmt), !a.warnings().isEmpty()), fmt,
                batch.threads(), batch.unordered(), err)
                .run(inputs, output, batch.failuresFile(), spec.commandLine().getOut());
    }

    /** Counts of one run. */
    private static final class Tally {
        int extracted;
        int failed;
        int warned;
        boolean stopped;
    }

    /**
     * Extracts {@code pages} on a few threads and writes them in input order; a window of two pages per
     * thread bounds the memory held.
     */
    private void runAll(List<Input> pages, PageRunner runner, Output out, Progress progress, Tally tally) {
        int workers = batch.workers(pages.size());
        ExecutorService pool = PageWorkers.pool(workers, "broadsheet-extract");
        try {
            Deque<Future<PageRunner.Result>> window = new ArrayDeque<>();
            for (Input input : pages) {
                if (tally.stopped) {
                    break;
                }
                window.add(pool.submit(() -> runner.process(input, parent.stdin(), url)));
                if (window.size() >= 2 * workers) {
                    finish(window.poll(), out, progress, tally);
                }
            }
            while (!window.isEmpty() && !tally.stopped) {
                finish(window.poll(), out, progress, tally);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes one page's result, reports it and counts it. */
    private void finish(Future<PageRunner.Result> future, Output out, Progress progress, Tally tally) {
        PageRunner.Result result = PageWorkers.resultOf(future);
        String problem = result.problem();
        if (result.ok()) {
            try {
                out.write(result.input(), result.content());
                tally.extracted++;
                if (result.warned()) {
                    tally.warned++;
                }
            } catch (StreamOutput.Closed e) {
                progress.message("broadsheet: " + e.getMessage() + "; stopping");
                tally.stopped = true;
                tally.failed++;
                return;
            } catch (IOException e) {
                problem = "cannot write " + out.describe(result.input()) + ": " + e.getMessage();
            }
        }
        if (problem != null) {
            progress.message("broadsheet: " + result.input().name() + ": " + problem);
        }
        if (problem != null) {
            tally.failed++;
        }
        progress.advance(problem == null);
    }

    /** Opening {@code -o FILE} empties it: it must not be one of the pages still to be read. */
    private void refuseToOverwriteAnInput(List<Input> pages) throws IOException {
        if (output == null || !Files.isRegularFile(Path.of(output))) {
            return;
        }
        for (Input in : pages) {
            if (in.path() != null && Files.isSameFile(in.path(), Path.of(output))) {
                throw new ParameterException(spec.commandLine(), "-o " + output + " is also an input: it would be overwritten");
            }
        }
    }

    private Output openOutput(ArticleFormat fmt, boolean many) throws IOException {
        if (output == null) {
            return new StreamOutput(spec.commandLine().getOut(), "stdout", false, fmt, many);
        }
        Path path = Path.of(output);
        boolean toDirectory = Files.isDirectory(path) || output.endsWith("/") || output.endsWith(java.io.File.separator)
                || many && fmt != ArticleFormat.JSONL;
        if (toDirectory) {
            Files.createDirectories(path);
            return new DirectoryOutput(path, explain ? "explain." + fmt.extension() : fmt.extension());
        }
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return new StreamOutput(Files.newBufferedWriter(path, StandardCharsets.UTF_8), output, true, fmt, many);
    }
}
