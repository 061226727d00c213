package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.broadsheet.search.Corpus;
import org.broadsheet.search.SearchServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code broadsheet serve}: a store's JSON API and web page over HTTP, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Serves a store made by index: the web page at / (search with facets and a date histogram, articles "
                    + "with their removed blocks, people, figures) and the JSON API under /api/ (docs/search-api.md).",
            "Listens on 127.0.0.1 unless --host says otherwise; stop it with Ctrl-C. Articles indexed meanwhile "
                    + "show up at the next search."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the store could not be read or the port could not be had",
            "2:the command line was wrong"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The search store.")
    private Path store;

    @Option(names = "--port", paramLabel = "N", description = "The port (default 8080; 0 for any free one).")
    private int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on (default 127.0.0.1).")
    private String host = "127.0.0.1";

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Corpus corpus;
        try {
            corpus = Corpus.open(store);
        } catch (NoSuchFileException e) {
            err.println("broadsheet: " + e.getFile() + ": " + e.getReason());
            return Main.SOME_FAILED;
        }
        SearchServer server;
        try {
            server = SearchServer.start(corpus, host, port);
        } catch (RuntimeException e) {
            corpus.close();
            err.println("broadsheet: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return Main.SOME_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                corpus.close();
            } catch (IOException e) {
                // the process is ending: nothing more to do with the store
            }
            stopped.countDown();
        }, "broadsheet-serve-stop"));
        err.println("broadsheet: serving " + store + " (" + corpus.articleCount() + " articles) at http://"
                + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/");
        err.flush();
        stopped.await();
        return Main.OK;
    }
}
