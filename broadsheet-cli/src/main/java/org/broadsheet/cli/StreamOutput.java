package org.broadsheet.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * All pages on one stream: stdout, or one file (gzip-compressed when its name ends in {@code .gz}). JSON Lines
 * follow each other; several JSON objects in a file make one JSON array (on stdout they follow each other); text
 * pages get a {@code ==> name <==} header when there are several; Markdown pages are separated by a rule.
 *
 * <p>Nothing is ever torn: each page is made into one record in memory (separator included), encoded, and written
 * with one call. If a write to a plain file fails, the file is cut back to the end of the last whole record, so a
 * failed page leaves no half line for the next one to be glued to. A file is flushed at least once a second (gzip
 * with a sync flush), so that a killed run leaves every page written before the last second readable, and
 * {@link #resume} can finish the job.
 */
public final class StreamOutput implements Output {

    private static final long FLUSH_NANOS = 1_000_000_000L;

    private final Writer writer;
    private final OutputStream stream;
    private final FileChannel channel;
    private final String label;
    private final ArticleFormat format;
    private final boolean many;
    private final boolean jsonArray;
    private long committed;
    private long lastFlush = System.nanoTime();
    private int written;
    private boolean broken;

    private StreamOutput(Writer writer, OutputStream stream, FileChannel channel, String label, ArticleFormat format,
            boolean many, boolean jsonArray) throws IOException {
        this.writer = writer;
        this.stream = stream;
        this.channel = channel;
        this.label = label;
        this.format = format;
        this.many = many;
        this.jsonArray = jsonArray;
        this.committed = channel == null ? 0 : channel.position();
    }

    /**
     * Pages on stdout (or any writer the caller keeps open).
     *
     * @param out the stream
     * @param label how messages name it
     * @param format the format pages are in, which decides the separators
     * @param many true when more than one page may be written
     */
    public static StreamOutput toWriter(Writer out, String label, ArticleFormat format, boolean many) {
        try {
            return new StreamOutput(out, null, null, label, format, many, false);
        } catch (IOException e) {
            throw new IllegalStateException(e); // no file: nothing to fail
        }
    }

    /**
     * Pages in {@code file}, created or emptied; gzip-compressed when its name ends in {@code .gz}. Several JSON
     * pages make one JSON array.
     */
    public static StreamOutput toFile(Path file, ArticleFormat format, boolean many) throws IOException {
        return open(file, format, many, false);
    }

    private static StreamOutput open(Path file, ArticleFormat format, boolean many, boolean append) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        try {
            OutputStream raw = Channels.newOutputStream(channel);
            boolean gzip = isGzipName(file);
            // a gzip member per run: appending one after a resumed file's members gives one readable file
            OutputStream stream = gzip ? new GZIPOutputStream(raw, 1 << 16, true) : raw;
            return new StreamOutput(null, stream, gzip ? null : channel, file.toString(), format, many,
                    many && format == ArticleFormat.JSON);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    static boolean isGzipName(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    /**
     * Reopens the JSON Lines {@code file} a killed run left, to finish the job: the pages in its complete lines are
     * kept (their keys returned in {@code done}), a torn last line or gzip tail is dropped, and new pages are
     * appended.
     *
     * @param done receives the key ({@link #keyOf}) of every page already written
     */
    public static StreamOutput resume(Path file, Set<String> done) throws IOException {
        if (!Files.exists(file)) {
            return toFile(file, ArticleFormat.JSONL, true);
        }
        Set<String> keys = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        boolean gzip = isGzipName(file);
        Path kept = file.resolveSibling(file.getFileName() + ".resume");
        long goodBytes = 0;
        try (InputStream in = gzip ? gunzipTolerantly(file) : new BufferedInputStream(Files.newInputStream(file));
                OutputStream copy = gzip ? new GZIPOutputStream(Files.newOutputStream(kept), 1 << 16) : null) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder line = new StringBuilder();
            for (int c; (c = readChar(lines)) >= 0;) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                String key = keyOf(json, line.toString());
                if (key == null) {
                    break; // a line that does not parse ends what can be trusted
                }
                byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                keys.add(key);
                goodBytes += bytes.length;
                if (copy != null) {
                    copy.write(bytes);
                }
                line.setLength(0);
            }
        }
        if (gzip) {
            Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(goodBytes);
            }
        }
        done.addAll(keys);
        return open(file, ArticleFormat.JSONL, true, true);
    }

    /** One char, or -1 at the end; a gzip stream cut off by a kill ends there. */
    private static int readChar(BufferedReader in) throws IOException {
        try {
            return in.read();
        } catch (EOFException e) {
            return -1;
        }
    }

    private static InputStream gunzipTolerantly(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (EOFException e) {
            raw.close();
            return InputStream.nullInputStream(); // killed before the gzip header was out
        }
    }

    /**
     * The key that identifies the page of one output line: its {@code source}, and for a web archive record its
     * {@code WARC-Record-ID}; null when the line is not a whole article.
     */
    static String keyOf(ObjectMapper json, String line) {
        try {
            JsonNode o = json.readTree(line);
            if (o == null || !o.isObject() || !o.hasNonNull("source")) {
                return null;
            }
            JsonNode record = o.path("provenance").path("warcRecordId");
            return key(o.get("source").asText(), record.isTextual() ? record.asText() : null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The key of a page from {@code source}, or of record {@code recordId} of the archive {@code source}. */
    static String key(String source, String recordId) {
        return recordId == null ? source : source + "\t" + recordId;
    }

    @Override
    public void write(Input input, String content) throws IOException {
        if (broken) {
            throw new IOException("an earlier write failed and the compressed stream cannot be trusted");
        }
        String record = separator(input) + (jsonArray ? content.stripTrailing() : content);
        written++;
        if (writer != null) {
            writer.write(record);
            writer.flush();
            if (writer instanceof PrintWriter pw && pw.checkError()) {
                throw new Closed(label + " is closed");
            }
            return;
        }
        byte[] bytes = record.getBytes(StandardCharsets.UTF_8); // never fails: lone surrogates would become '?'
        try {
            stream.write(bytes);
            if (System.nanoTime() - lastFlush > FLUSH_NANOS) {
                stream.flush();
                lastFlush = System.nanoTime();
            }
            committed += bytes.length;
        } catch (IOException e) {
            written--;
            if (channel != null) {
                channel.truncate(committed); // no half record left behind
                channel.position(committed);
            } else {
                broken = true;
            }
            throw e;
        }
    }

    private String separator(Input input) {
        if (jsonArray) {
            return written == 0 ? "[\n" : ",\n";
        }
        if (many && format == ArticleFormat.TEXT) {
            return (written > 0 ? "\n" : "") + "==> " + input.name() + " <==\n";
        }
        return written > 0 && format == ArticleFormat.MARKDOWN ? "\n---\n\n" : "";
    }

    /** The stream can take no more output (stdout piped into {@code head}, for example). */
    public static final class Closed extends IOException {

        private static final long serialVersionUID = 1L;

        /** An exception saying which stream closed. */
        public Closed(String message) {
            super(message);
        }
    }

    @Override
    public String describe(Input input) {
        return label;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.flush();
            return;
        }
        try (OutputStream s = stream) {
            if (jsonArray) {
                s.write((written == 0 ? "[]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
