package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.broadsheet.search.Corpus;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet search}: articles, or statements with {@code --quotes}, from a search store. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Searches a store made by index. Words are matched in each article's language (stemmed); \"a phrase\" "
                    + "matches words in order, -word excludes, a | b is either, word* a prefix. Each group of "
                    + "near-duplicates is shown once, with its other copies.",
            "Filters of one kind are alternatives (--publisher A --publisher B); different kinds all apply."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the search ran (whether or not anything matched)", "1:the store could not be read",
            "2:the command line was wrong"})
public final class SearchCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { TEXT, JSON }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The words to look for (none: everything).")
    private String query = "";

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The search store.")
    private Path store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (default) or json.")
    private Format format = Format.TEXT;

    @Option(names = "--quotes", description = "Search what people said (direct quotes and reported speech).")
    private boolean quotes;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements by, or articles quoting, NAME.")
    private List<String> speakers = List.of();
    @Option(names = "--publisher", paramLabel = "NAME") private List<String> publishers = List.of();
    @Option(names = "--section", paramLabel = "NAME") private List<String> sections = List.of();
    @Option(names = "--language", paramLabel = "CODE") private List<String> languages = List.of();
    @Option(names = "--page-type", paramLabel = "TYPE") private List<String> pageTypes = List.of();
    @Option(names = "--author", paramLabel = "NAME") private List<String> authors = List.of();
    @Option(names = "--person", paramLabel = "NAME") private List<String> persons = List.of();
    @Option(names = "--organization", paramLabel = "NAME") private List<String> organizations = List.of();
    @Option(names = "--place", paramLabel = "NAME") private List<String> places = List.of();
    @Option(names = "--compromised", arity = "1", paramLabel = "true|false",
            description = "Only pages with (true) or without (false) injected spam.")
    private Boolean compromised;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    private LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    private LocalDate to;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default) or date (newest first).")
    private SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Results to show (default 10, at most 100).")
    private int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Results to skip.")
    private int offset;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("speaker", speakers);
        filters.put("publisher", publishers);
        filters.put("section", sections);
        filters.put("language", languages);
        filters.put("pageType", pageTypes);
        filters.put("author", authors);
        filters.put("person", persons);
        filters.put("organization", organizations);
        filters.put("place", places);
        filters.put("compromised", compromised == null ? List.of() : List.of(compromised.toString()));
        SearchRequest request = new SearchRequest(query, filters, from, to, sort, quotes, offset, limit);
        SearchResults results;
        try (Corpus corpus = Corpus.open(store)) {
            results = corpus.search(request);
        } catch (NoSuchFileException e) {
            err.println("broadsheet: " + e.getFile() + ": " + e.getReason());
            return Main.SOME_FAILED;
        }
        if (format == Format.JSON) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        } else {
            printText(results, out);
        }
        out.flush();
        return Main.OK;
    }

    private void printText(SearchResults r, PrintWriter out) {
        out.println(r.total() + (quotes ? " statement" : " article") + (r.total() == 1 ? "" : "s") + " ("
                + r.tookMs() + " ms)");
        int n = offset;
        for (SearchResults.Hit h : r.hits()) {
            out.println();
            StringBuilder head = new StringBuilder().append(++n).append(". ");
            if (quotes) {
                head.append(h.speaker() == null ? "(unnamed)" : h.speaker()).append(": ");
            }
            head.append(h.snippet() == null ? "" : quotes ? h.snippet().marked("[", "]") : h.title());
            out.println(TerminalText.safe(head.toString()));
            String meta = java.util.stream.Stream.of(quotes ? h.title() : null, h.publisher(),
                    h.date() == null ? null : h.date().substring(0, 10), h.language(), h.pageType(),
                    h.compromised() ? "COMPROMISED" : null).filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining(" · "));
            out.println("   " + TerminalText.safe(meta));
            out.println("   " + TerminalText.safe(h.url() != null ? h.url() : h.id()));
            if (!quotes && h.snippet() != null) {
                out.println("   " + TerminalText.safe(h.snippet().marked("[", "]")));
            }
            if (!h.copies().isEmpty()) {
                out.println("   also: " + TerminalText.safe(h.copies().stream()
                        .map(c -> c.publisher() != null ? c.publisher() : c.url() != null ? c.url() : c.id())
                        .collect(Collectors.joining(", "))));
            }
        }
        if (r.total() > 0) {
            out.println();
            r.facets().forEach((dim, values) -> {
                if (!values.isEmpty()) {
                    out.println(TerminalText.safe(dim + ": " + values.stream().map(v -> v.value() + " (" + v.count()
                            + ")").collect(Collectors.joining(", "))));
                }
            });
        }
    }
}
