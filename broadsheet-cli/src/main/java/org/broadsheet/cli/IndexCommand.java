package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.json.ArticleJson;
import org.broadsheet.search.ArticleFiles;
import org.broadsheet.search.ArticleIndex;
import org.broadsheet.search.Corpus;
import org.broadsheet.warc.WarcRecordSource;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet index}: pages, web archives, or the JSON that extract and analyze write, into a search store.
 * Pages and archives are extracted on the way in as extract does them; JSON files are read as they are, analysis
 * included. Indexing the same input again adds nothing.
 */
@Command(name = "index", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Adds articles to a search store (made when it does not exist): pages, directories and web archives "
                    + "(extracted on the way in), or the JSON / JSON Lines that extract and analyze write (.json, "
                    + ".jsonl, each maybe .gz; analysis kept).",
            "An article is keyed by its address, else by its content: indexing the same input again adds nothing, "
                    + "and a run killed half-way keeps what it committed (every 1,000 articles) and completes when "
                    + "run again. Near-duplicates (syndicated copies) are grouped as they arrive."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was indexed", "1:at least one input failed (each is named on stderr)",
            "2:the command line was wrong"})
public final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    private Main parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Page files, directories, .gz files, web archives, or article JSON/JSONL files.")
    private List<String> inputs;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The search store (a directory).")
    private Path store;

    @Option(names = "--analyze", description = "Run the knowledge layer on each page on the way in (people, quotes, "
            + "figures): needs the analyze jar, which ./broadsheet index --analyze uses.")
    private boolean analyze;

    @Mixin
    private BatchOptions batch;

    /** Set when the store failed to take an article: nothing more is read. */
    private boolean storeBroken;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeLayer knowledge = null;
        if (analyze) {
            knowledge = KnowledgeLayer.find();
            if (knowledge == null) {
                err.println("broadsheet: index --analyze needs the knowledge layer, which is not in this jar: it "
                        + "ships as broadsheet-analyze.jar (GPL-3.0-or-later); in a clone of the repository, "
                        + "./broadsheet index --analyze runs it");
                return Main.USAGE;
            }
        }
        long start = System.nanoTime();
        List<String> json = new ArrayList<>();
        List<String> archives = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (String input : inputs) {
            if (ArticleFiles.isArticleFile(input) && !Files.isDirectory(Path.of(input))) {
                json.add(input);
            } else if (WarcRecordSource.isArchiveName(input)) {
                archives.add(input);
            } else {
                pages.add(input);
            }
        }
        int failed = 0;
        try (ArticleIndex index = ArticleIndex.open(store)) {
            failed += indexJson(json, index, err);
            if (storeBroken) {
                err.flush();
                return Main.SOME_FAILED;   // the pages could not be written either
            }
            failed += indexPages(pages, index, knowledge);
            failed += indexPages(archives, index, knowledge);
            Map<ArticleIndex.Outcome, Integer> c = index.counts();
            index.commit();
            int total;
            try (Corpus corpus = Corpus.open(store)) {
                total = corpus.articleCount();
            }
            err.println(String.format(Locale.ROOT, "broadsheet: indexed into %s: %d added, %d replaced, %d unchanged, "
                    + "%d failed, in %.1f s; the store holds %d articles", store, c.get(ArticleIndex.Outcome.ADDED),
                    c.get(ArticleIndex.Outcome.REPLACED), c.get(ArticleIndex.Outcome.UNCHANGED), failed,
                    (System.nanoTime() - start) / 1e9, total));
        }
        err.flush();
        return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /**
     * Articles from JSON files: read in order, indexed on as many threads as pages would be (analysis and the index's
     * text analysis are the costly part). A store that cannot be written stops the reading and is named once.
     */
    private int indexJson(List<String> files, ArticleIndex index, PrintWriter err) {
        if (files.isEmpty()) {
            return 0;
        }
        int threads = batch.threads() > 0 ? batch.threads() : Runtime.getRuntime().availableProcessors();
        int[] failed = {0};
        IOException broken = ArticleFiles.readAll(files.stream().map(Path::of).toList(), threads, index::add,
                (file, e) -> {
                    err.println("broadsheet: " + file + ": " + e.getMessage());
                    failed[0]++;
                });
        if (broken != null) {
            err.println("broadsheet: " + store + ": cannot write the store: " + broken.getMessage());
            failed[0]++;
            storeBroken = true;
        }
        return failed[0];
    }

    /** Pages, or web archives: extracted as extract does them, each article indexed instead of written. */
    private int indexPages(List<String> args, ArticleIndex index, KnowledgeLayer knowledge) {
        if (args.isEmpty()) {
            return 0;
        }
        Extractor extractor = new Extractor();
        ArticleJson articleJson = new ArticleJson();
        Function<ArticleFormat, Batch.PageWork> work = fmt -> (page, provenance) -> {
            Article a = extractor.explain(page, InputFormat.AUTO).article();
            if (provenance != null) {
                a = a.withProvenance(provenance);
            }
            index.add(knowledge == null ? articleJson.toTree(a) : knowledge.analyze(a));
            return new Batch.Rendered("", !a.warnings().isEmpty());
        };
        // nothing is written: the articles go to the index (the output is stdout, and stays empty)
        int code = new BatchCommand(spec.commandLine(), parent, batch, "indexed").run(args,
                new BatchCommand.Destination(ArticleFormat.JSONL, ArticleFormat.JSONL, null, null, ""), work);
        return code == Main.OK ? 0 : 1;
    }

}
