package org.broadsheet.search;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the articles of a file that {@code extract} or {@code analyze} wrote: JSON (one object, or objects one after
 * another), JSON Lines, or a JSON array of articles; gzip-compressed or not. Streams: memory holds one article at a
 * time.
 */
public final class ArticleFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives each article of a file. */
    @FunctionalInterface
    public interface Sink {
        /** Takes one article. */
        void accept(ObjectNode article) throws IOException;
    }

    private ArticleFiles() {
    }

    /** True for a file name that holds articles as JSON: {@code .json}, {@code .jsonl}, {@code .ndjson}, each maybe {@code .gz}. */
    public static boolean isArticleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /**
     * Hands every article of {@code file} to {@code sink}, in order.
     *
     * @return how many articles were read
     * @throws IOException when the file cannot be read or is not JSON (the message names what was wrong and where;
     *         the articles before it were handed on)
     */
    public static long read(Path file, Sink sink) throws IOException {
        long n = 0;
        try (InputStream in = open(file); JsonParser p = JSON.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    continue;
                }
                if (t == JsonToken.END_ARRAY) {
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw new IOException("not an article at line " + p.currentLocation().getLineNr()
                            + ": expected a JSON object");
                }
                JsonNode node = JSON.readTree(p);
                if (!node.has("title") && !node.has("text") && !node.has("blocks")) {
                    throw new IOException("not an article at line " + p.currentLocation().getLineNr()
                            + ": no title, text or blocks");
                }
                sink.accept((ObjectNode) node);
                n++;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("bad JSON: " + e.getOriginalMessage() + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
        }
        return n;
    }

    /**
     * Hands every article of {@code files} to {@code sink} on {@code threads} threads (for an index, where text
     * analysis is the costly part): the files are read in order on the calling thread, with a few articles in flight
     * so that memory holds a few. A file that cannot be read goes to {@code badFile} and the others are read. Once
     * {@code sink} fails, reading stops, since the rest could not be taken either.
     *
     * @return the sink's first failure (later ones are that one's echoes), or null when it took every article
     */
    public static IOException readAll(List<Path> files, int threads, Sink sink, BiConsumer<Path, IOException> badFile) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 4);
        AtomicReference<IOException> sinkFailure = new AtomicReference<>();
        try {
            for (Path file : files) {
                try {
                    read(file, article -> {
                        if (sinkFailure.get() != null) {
                            throw new SinkFailed();
                        }
                        inFlight.acquireUninterruptibly();
                        pool.execute(() -> {
                            try {
                                sink.accept(article);
                            } catch (IOException e) {
                                sinkFailure.compareAndSet(null, e);
                            } finally {
                                inFlight.release();
                            }
                        });
                    });
                } catch (SinkFailed e) {
                    break;
                } catch (IOException e) {
                    badFile.accept(file, e);
                }
                if (sinkFailure.get() != null) {
                    break;
                }
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sinkFailure.get();
    }

    /** Stops reading a file once the sink has failed. */
    private static final class SinkFailed extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1F && b1 == 0x8B ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
