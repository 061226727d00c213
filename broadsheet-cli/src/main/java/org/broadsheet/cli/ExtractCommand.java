package org.broadsheet.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.broadsheet.Extraction;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;

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

    @Option(names = "--only-type", paramLabel = "TYPE[,TYPE...]", split = ",",
            description = "Write only pages of these types (article, forum, product, listing, documentation, "
                    + "service, collection, other); the others are counted in the summary.")
    private List<String> onlyTypes;

    @Mixin
    private BatchOptions batch;

    private java.util.Set<org.broadsheet.article.PageType> onlyTypes() {
        if (onlyTypes == null || onlyTypes.isEmpty()) {
            return null;
        }
        java.util.Set<org.broadsheet.article.PageType> types = java.util.EnumSet.noneOf(org.broadsheet.article.PageType.class);
        for (String t : onlyTypes) {
            try {
                types.add(org.broadsheet.article.PageType.fromLabel(t));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--only-type: unknown page type '" + t
                        + "' (article, forum, product, listing, documentation, service, collection, other)");
            }
        }
        return types;
    }

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
        InputFormat readAs = inputFormat();
        java.util.Set<org.broadsheet.article.PageType> keep = onlyTypes();
        boolean archives = BatchCommand.areArchives(inputs);
        if (archives && explain) {
            throw new ParameterException(spec.commandLine(), "--explain is for single pages, not web archives");
        }
        ArticleFormat explainFormat = format != null ? format : ArticleFormat.TEXT;
        Extractor extractor = new Extractor();
        ArticleRenderer articles = new ArticleRenderer();
        ExplainRenderer explanations = new ExplainRenderer();
        Function<ArticleFormat, Batch.PageWork> work = fmt -> (page, provenance) -> {
            Extraction e = extractor.explain(page, readAs);
            Article a = provenance == null ? e.article() : e.article().withProvenance(provenance);
            boolean warned = !a.warnings().isEmpty();
            String type = a.pageType() == null ? null : a.pageType().label();
            if (!explain) {
                boolean wanted = keep == null || (a.pageType() != null && keep.contains(a.pageType()));
                return new Batch.Rendered(wanted ? articles.render(a, fmt) : null, warned, type);
            }
            return new Batch.Rendered(switch (fmt) {
                case JSON -> explanations.renderJson(page.source(), e, true);
                case JSONL -> explanations.renderJson(page.source(), e, false);
                case TEXT, MARKDOWN -> explanations.renderText(page.source(), e);
            }, warned);
        };
        return new BatchCommand(spec.commandLine(), parent, batch, "extracted").run(inputs,
                new BatchCommand.Destination(explain ? explainFormat : format,
                        explain ? ArticleFormat.TEXT : ArticleFormat.JSON, output, url, explain ? "explain." : ""),
                work);
    }
}
