package org.broadsheet.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.broadsheet.source.BinaryContent;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Streams the pages of a WARC or WET file ({@code .warc}, {@code .warc.gz} with one or many gzip members, the
 * Common Crawl layout), one record at a time: memory holds one record's payload, whatever the file's size.
 *
 * <p>Response records give their HTTP payload (chunking and content encoding undone, the HTTP
 * {@code Content-Type} kept for the charset); WET conversion records give their text. Every other record, and every
 * response that is no page (not HTML, a redirect, an error status, truncated by the crawler, over the size limit,
 * binary data served as HTML), comes out as a {@link SkippedRecord} with its reason.
 *
 * <p>Damage never loses the rest of the file: a corrupt gzip member, a record whose {@code Content-Length} does
 * not match its data, a record cut off by the end of the file, or stray bytes between records is reported as a
 * {@link SkipReason#DAMAGED} entry (with the record's ID when it could be read, and its offset), and reading
 * resumes at the next record start found in the raw bytes. A record is handed out only once the next one has been
 * found where its length says, so a record that lies about its length is reported, not extracted.
 *
 * <p>Not thread-safe: one reader thread iterates, and hands the pages to workers.
 */
public final class WarcRecordSource implements Iterator<WarcEntry>, Closeable {

    private final FileChannel channel;
    /** The file's length: no record starts at or past it. */
    private final long size;
    private final WarcLimits limits;
    private final RecordBoundaries boundaries;
    private final Deque<WarcEntry> ready = new ArrayDeque<>();
    private WarcReader reader;
    /** Where the current reader started: a resynchronisation point, or 0. */
    private long readerStart;
    /** The last record read whole, not yet handed out until the next record shows it was framed right. */
    private WarcEntry pending;
    private boolean finished;
    /**
     * After a sound record followed by bytes jwarc could not read: the report to give if reading resumes cleanly
     * (stray bytes such as an extra blank line); dropped if the next record is itself damaged, which is reported.
     */
    private SkippedRecord strayBytes;

    private WarcRecordSource(FileChannel channel, WarcLimits limits, boolean gzip) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.limits = limits;
        this.boundaries = new RecordBoundaries(channel, gzip);
        try {
            openReaderAt(0);
        } catch (IOException e) {
            // the file starts with damage (a gzip header and no member, say): report it and look for a record
            ready.add(new SkippedRecord(null, null, 0, SkipReason.DAMAGED, "unreadable: " + describe(e)));
            resync(1);
        }
    }

    /**
     * Opens {@code file} (gzip or not, found from its first bytes).
     *
     * @throws IOException when the file cannot be opened
     */
    public static WarcRecordSource open(Path file, WarcLimits limits) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer head = ByteBuffer.allocate(2);
            channel.read(head, 0);
            boolean gzip = head.position() == 2 && (head.get(0) & 0xFF) == 0x1F && (head.get(1) & 0xFF) == 0x8B;
            return new WarcRecordSource(channel, limits, gzip);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** True when {@code file}'s name says it is a web archive ({@code .warc}, {@code .wet}, optionally {@code .gz}). */
    public static boolean isArchiveName(String file) {
        String n = file.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".wet") || n.endsWith(".wet.gz");
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public WarcEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** Reads one record, or recovers from one error. */
    private void step() {
        WarcRecord record;
        long offset;
        try {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                releasePendingAtEnd();
                finished = true;
                return;
            }
            record = next.get();
            offset = readerStart + reader.position();
            if (offset >= size) {
                // jwarc can parse bytes left in its buffer once the file has ended (seen after a record whose
                // trailer is not a blank line): such a "record" is a copy of one already read, not a new one
                releasePendingAtEnd();
                finished = true;
                return;
            }
        } catch (IOException | RuntimeException e) {
            recover(e);
            return;
        }
        releasePending();
        if (strayBytes != null) {
            ready.add(strayBytes);
            strayBytes = null;
        }
        try {
            pending = read(record, offset);
        } catch (IOException | RuntimeException e) {
            strayBytes = null;
            ready.add(new SkippedRecord(idOf(record), null, offset, SkipReason.DAMAGED, "unreadable: " + describe(e)));
            resync(offset + 1);
        }
    }

    /** The next record was found where the pending one's length said: the pending one is sound. */
    private void releasePending() {
        if (pending != null) {
            ready.add(pending);
            pending = null;
        }
    }

    /** At the end of the file, the last record is sound only if its data was all there. */
    private void releasePendingAtEnd() {
        if (pending == null) {
            return;
        }
        String problem = boundaries.framingProblem(pending.offset());
        ready.add(problem == null ? pending : damaged(pending, problem));
        pending = null;
    }

    /** After an error between records: decide on the pending record, then resume at the next record start. */
    private void recover(Exception e) {
        if (pending != null) {
            WarcEntry last = pending;
            pending = null;
            String problem = boundaries.framingProblem(last.offset());
            if (problem == null) {
                ready.add(last);
                strayBytes = new SkippedRecord(last.recordId(), null, last.offset(), SkipReason.DAMAGED,
                        "stray bytes after the record: " + describe(e));
            } else {
                ready.add(damaged(last, problem));
            }
            resync(last.offset() + 1);
        } else {
            strayBytes = null;
            String id = boundaries.recordIdAt(readerStart);
            ready.add(new SkippedRecord(id, null, readerStart, SkipReason.DAMAGED, "unreadable: " + describe(e)));
            resync(readerStart + 1);
        }
    }

    private static SkippedRecord damaged(WarcEntry entry, String problem) {
        String url = entry instanceof CrawlRecord c ? c.url() : entry instanceof SkippedRecord s ? s.url() : null;
        return new SkippedRecord(entry.recordId(), url, entry.offset(), SkipReason.DAMAGED, problem);
    }

    /** Resumes reading at the first record that starts at or after {@code from}; ends when there is none. */
    private void resync(long from) {
        try {
            long start = boundaries.nextRecordStart(from);
            if (start < 0) {
                finished = true;
                return;
            }
            openReaderAt(start);
        } catch (IOException e) {
            ready.add(new SkippedRecord(null, null, from, SkipReason.DAMAGED, "cannot read on: " + describe(e)));
            finished = true;
        }
    }

    private void openReaderAt(long start) throws IOException {
        channel.position(start);
        reader = new WarcReader(new UnclosableChannel(channel));
        readerStart = start;
    }

    /** What {@code record} gives: a page, or why not. Reads the payload, up to the limit. */
    private WarcEntry read(WarcRecord record, long offset) throws IOException {
        String id = idOf(record);
        String url = record instanceof WarcTargetRecord t ? t.target() : null;
        String fetchedAt = record.date() == null ? null : record.date().toString();
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return new SkippedRecord(id, url, offset, SkipReason.TRUNCATED,
                    "WARC-Truncated: " + record.truncated().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            int status = http.status();
            if (status >= 300 && status < 400) {
                return new SkippedRecord(id, url, offset, SkipReason.REDIRECT, "HTTP " + status
                        + http.headers().first("Location").map(l -> " to " + l).orElse(""));
            }
            if (status < 200 || status >= 300 || status == 204) {
                return new SkippedRecord(id, url, offset, SkipReason.HTTP_STATUS, "HTTP " + status);
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            if (contentType != null && !isHtml(contentType)) {
                return new SkippedRecord(id, url, offset, SkipReason.NOT_HTML, "Content-Type: " + contentType);
            }
            int limit = (int) limits.maxPayloadBytes();
            byte[] payload = HttpPayload.decode(http.body().stream().readNBytes(limit + 1),
                    http.headers().first("Transfer-Encoding").orElse(null),
                    http.headers().first("Content-Encoding").orElse(null), limit);
            return page(id, url, fetchedAt, offset, contentType, payload);
        }
        if (record instanceof WarcConversion conversion) {
            String type = conversion.contentType() == null ? "text/plain" : conversion.contentType().toString();
            return page(id, url, fetchedAt, offset, type, readPayload(conversion.body().stream()));
        }
        return new SkippedRecord(id, url, offset, SkipReason.NOT_A_PAGE, "WARC-Type: " + record.type());
    }

    /** The page in {@code body}, or why not: too large (only the limit's worth is read), or binary data. */
    private WarcEntry page(String id, String url, String fetchedAt, long offset, String contentType, byte[] payload) {
        if (payload == null) {
            return new SkippedRecord(id, url, offset, SkipReason.TOO_LARGE, "payload over "
                    + limits.maxPayloadBytes() + " bytes");
        }
        String binary = BinaryContent.evidence(payload);
        if (binary != null) {
            return new SkippedRecord(id, url, offset, SkipReason.BINARY, binary
                    + (contentType == null ? " (no Content-Type)" : " (Content-Type: " + contentType + ")"));
        }
        return new CrawlRecord(id, url, fetchedAt, offset, contentType, payload);
    }

    /** True for HTML and XHTML media types. */
    static boolean isHtml(String contentType) {
        MediaType type = MediaType.parseLeniently(contentType);
        String base = (type.type() + "/" + type.subtype()).toLowerCase(java.util.Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The payload, or null when it is longer than the limit (then only the limit's worth was read). */
    private byte[] readPayload(InputStream in) throws IOException {
        int limit = (int) limits.maxPayloadBytes();
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length == limit && in.read() >= 0) {
            return null;
        }
        return bytes;
    }

    private static String idOf(WarcRecord record) {
        try {
            return record.id() == null ? null : "<" + record.id() + ">";
        } catch (RuntimeException e) {
            return record.headers().first("WARC-Record-ID").orElse(null);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(m));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
