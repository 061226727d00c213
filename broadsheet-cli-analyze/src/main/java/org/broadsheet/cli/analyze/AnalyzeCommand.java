package org.broadsheet.cli.analyze;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.analysis.Analysis;
import org.broadsheet.analysis.AnalysisJson;
import org.broadsheet.analysis.AnalyzedArticle;
import org.broadsheet.analysis.Analyzer;
import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.cli.ArticleFormat;
import org.broadsheet.cli.Batch;
import org.broadsheet.cli.BatchCommand;
import org.broadsheet.cli.BatchOptions;
import org.broadsheet.cli.Main;
import org.broadsheet.cli.Subcommand;
import org.broadsheet.cli.Version;

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
 * figures, dates, events) out, as JSON. Runs through the same batch as {@code extract}. The language models load
 * once, when the first page gets to them (10-30 s), and are shared by the threads. Found by {@link Main} as a
 * {@link Subcommand} service: it is in this jar only.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Extracts the article from each page and adds what its body says: people and roles, organizations and "
                    + "places, direct quotes and reported speech with their speakers, figures, dates and events.",
            "Inputs are read as by extract: pages, directories, or web archives (.warc, .warc.gz, .wet, .wet.gz), "
                    + "streamed to one JSON line per article (-o FILE.gz compresses). Loading the language models "
                    + "takes 10-30 s and about 2 GB of heap (set BROADSHEET_JAVA_OPTS=-Xmx3g if needed). English "
                    + "articles only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was analysed", "1:at least one page failed (each is named on stderr)",
            "2:the command line was wrong"})
public final class AnalyzeCommand implements Subcommand {

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

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Page files, directories, .gz files, - for stdin; or web archives.")
    private List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "auto (default), html, text (a flattened page) or plain (the whole input is the body).")
    private Format inputFormat = Format.AUTO;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date relative dates (\"Wednesday\", \"last year\") are resolved against when the "
                    + "article states none.")
    private LocalDate date;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (indented; the default for pages) "
            + "or jsonl (the default for web archives and for -o FILE.jsonl or .jsonl.gz).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout "
            + "(gzip-compressed when it ends in .gz).")
    private String output;

    @Mixin
    private BatchOptions batch;

    /** The models, loaded when the first page needs them: a run with nothing to analyse never waits for them. */
    private volatile Analyzer analyzer;

    @Override
    public Integer call() {
        if (format != null && !format.equals("json") && !format.equals("jsonl")) {
            throw new ParameterException(spec.commandLine(), "--format must be json or jsonl");
        }
        if (BatchCommand.areArchives(inputs) && inputFormat != Format.AUTO) {
            throw new ParameterException(spec.commandLine(),
                    "--input-format is for page files: the records of web archives are read as extract reads them");
        }
        Extractor extractor = new Extractor();
        AnalysisJson json = new AnalysisJson();
        Function<ArticleFormat, Batch.PageWork> work = fmt -> (page, provenance) -> {
            Article article = inputFormat == Format.PLAIN ? plain(page.source(), page.bytes())
                    : extractor.explain(page, switch (inputFormat) {
                        case HTML -> InputFormat.HTML;
                        case TEXT -> InputFormat.TEXT;
                        default -> InputFormat.AUTO;
                    }).article();
            if (provenance != null) {
                article = article.withProvenance(provenance);
            }
            Analysis analysis = analyzer().analyze(article, date);
            AnalyzedArticle a = new AnalyzedArticle(article, analysis);
            return new Batch.Rendered((fmt == ArticleFormat.JSONL ? json.toJsonLine(a) : json.toJson(a)) + "\n",
                    !article.warnings().isEmpty() || !analysis.warnings().isEmpty());
        };
        ArticleFormat fmt = format == null ? null : "json".equals(format) ? ArticleFormat.JSON : ArticleFormat.JSONL;
        return new BatchCommand(spec.commandLine(), parent, batch, "analysed").run(inputs,
                new BatchCommand.Destination(fmt, ArticleFormat.JSON, output, null, ""), work);
    }

    private Analyzer analyzer() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = new Analyzer();
                }
                a = analyzer;
            }
        }
        return a;
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
