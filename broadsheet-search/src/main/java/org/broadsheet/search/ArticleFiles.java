package org.broadsheet.search;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    private static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1F && b1 == 0x8B ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
