package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.analysis.Analysis;
import org.broadsheet.analysis.AnalysisJson;
import org.broadsheet.analysis.AnalyzedArticle;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.source.RawPage;
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
 * {@code broadsheet analyze}: pages in, articles with their {@code analysis} (people, quotes, reported speech,
 * figures, dates, events) out, as JSON. The language models load once (10-30 s) and are shared by the threads.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Extracts the article from each page and adds what its body says: people and roles, organizations and "
                    + "places, direct quotes and reported speech with their speakers, figures, dates and events.",
            "Inputs are read as by extract: pages, directories, or web archives (.warc, .warc.gz, .wet, .wet.gz), "
                    + "streamed to one JSON line per article (-o FILE.gz compresses). Loading the language models takes 10-30 s and about 2 GB of heap "
                    + "(set BROADSHEET_JAVA_OPTS=-Xmx3g if needed). English articles only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was analysed", "1:at least one page failed (each is named on stderr)",
            "2:the command line was wrong"})
public final class AnalyzeCommand implements Callable<Integer> {

    /** How to read an input. */
    enum Format {
        /** Decide from the content, as extract does. */
        AUTO,
        /** An HTML page. */
        HTML,
        /** A page flattened to text (menus and footers still in it). */
        TEXT,
        /** The whole input is the article body, one paragraph a line. */
        PLAIN
    }

    @ParentCommand
    private Main parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Page files, directories, .gz files, - for stdin; or web archives.")
    private List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "auto (default), html, text (a flattened page) or plain (the whole input is the body).")
    private Format inputFormat = Format.AUTO;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date relative dates (\"Wednesday\", \"last year\") are resolved against when the "
                    + "article states none.")
    private LocalDate date;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json (indented; the default for pages) or jsonl (the default for web archives).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private String output;

    @Mixin
    private BatchOptions batch;



    /** What became of one page: its JSON, or why it failed. */
    private record Result(Input input, String json, String problem) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format != null && !format.equals("json") && !format.equals("jsonl")) {
            throw new ParameterException(spec.commandLine(), "--format must be json or jsonl");
        }
        if (inputs.stream().anyMatch(WarcRecordSource::isArchiveName)) {
            return analyzeArchives(err);
        }
        InputFiles.Expansion expansion = new InputFiles().expand(inputs);
        int failed = expansion.problems().size();
        expansion.problems().forEach(p -> err.println("broadsheet: " + p));
        if (expansion.inputs().isEmpty()) {
            return Main.SOME_FAILED;
        }
        Analyzer analyzer = new Analyzer();
        Extractor extractor = new Extractor();
        AnalysisJson json = new AnalysisJson();
        Writer out = output == null ? spec.commandLine().getOut()
                : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8);
        int workers = batch.workers(expansion.inputs().size());
        ExecutorService pool = PageWorkers.pool(workers, "broadsheet-analyze");
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            for (Input input : expansion.inputs()) {
                window.add(pool.submit(() -> process(input, extractor, analyzer, json)));
                if (window.size() >= 2 * workers) {
                    failed += write(window.poll(), out, err);
                }
            }
            while (!window.isEmpty()) {
                failed += write(window.poll(), out, err);
            }
        } finally {
            pool.shutdownNow();
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        err.flush();
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * Web archives: streamed record by record as extract streams them (one JSON line per article unless
     * {@code -f json}; failures named with their record ID; a summary by reason), each article analysed before it
     * is written. Articles not in English are written with a skipped analysis and its warning.
     */
    private int analyzeArchives(PrintWriter err) {
        ArchiveExtraction.checkArguments(spec.commandLine(), inputs, output);
        if (inputFormat != Format.AUTO) {
            throw new ParameterException(spec.commandLine(),
                    "--input-format is for page files: the records of web archives are read as extract reads them");
        }
        if (inputs.stream().noneMatch(i -> Files.isReadable(Path.of(i)))) {
            // nothing to read: say so before the models take their 10-30 s to load
            inputs.forEach(i -> err.println("broadsheet: " + i + ": "
                    + (Files.exists(Path.of(i)) ? "cannot read" : "no such file")));
            err.flush();
            return Main.SOME_FAILED;
        }
        ArticleFormat fmt = "json".equals(format) ? ArticleFormat.JSON : ArticleFormat.JSONL;
        Analyzer analyzer = new Analyzer();
        AnalysisJson json = new AnalysisJson();
        ArchiveExtraction.Rendering analyzed = article -> {
            Analysis analysis = analyzer.analyze(article, date);
            AnalyzedArticle a = new AnalyzedArticle(article, analysis);
            return new ArchiveExtraction.Rendered((fmt == ArticleFormat.JSON ? json.toJson(a) : json.toJsonLine(a))
                    + "\n", !article.warnings().isEmpty() || !analysis.warnings().isEmpty());
        };
        return new ArchiveExtraction(new Extractor(), analyzed, fmt, batch.threads(), batch.unordered(), err)
                .run(inputs, output, batch.failuresFile(), spec.commandLine().getOut());
    }

    private static int write(Future<Result> future, Writer out, PrintWriter err) throws IOException {
        Result r = PageWorkers.resultOf(future);
        if (r.problem() != null) {
            err.println("broadsheet: " + r.input().name() + ": " + r.problem());
            return 1;
        }
        out.write(r.json());
        out.write('\n');
        return 0;
    }

    private Result process(Input input, Extractor extractor, Analyzer analyzer, AnalysisJson json) {
        try {
            byte[] bytes = input.read(parent.stdin());
            Article article = inputFormat == Format.PLAIN ? plain(input.name(), bytes)
                    : extractor.explain(new RawPage(input.name(), bytes, null, null), switch (inputFormat) {
                        case HTML -> InputFormat.HTML;
                        case TEXT -> InputFormat.TEXT;
                        default -> InputFormat.AUTO;
                    }).article();
            AnalyzedArticle analyzed = new AnalyzedArticle(article, analyzer.analyze(article, date));
            return new Result(input, "jsonl".equals(format) ? json.toJsonLine(analyzed) : json.toJson(analyzed), null);
        } catch (ExtractionException | IOException e) {
            return new Result(input, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(input, null, "internal error: " + e);
        } catch (OutOfMemoryError e) {
            return new Result(input, null, "ran out of memory");
        }
    }

    /** The whole input as the body: one paragraph per non-blank line; no metadata. */
    private static Article plain(String source, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<BodyBlock> blocks = Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> new BodyBlock(BlockType.PARAGRAPH, l.replaceAll("\\s+", " "))).toList();
        return new Article(Article.SCHEMA_VERSION, source, null, null, null, null, List.of(), List.of(), null, List.of(),
                List.of(), null, null, null, null, null, blocks, List.of(), List.of());
    }
}
