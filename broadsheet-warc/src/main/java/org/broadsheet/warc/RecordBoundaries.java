package org.broadsheet.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Finds where records start and end in the raw bytes of an archive, for recovery after damage: the next record
 * after a corrupt stretch (the next gzip member that inflates to a WARC header, or the next line starting with
 * {@code WARC/1.}), and whether a record's {@code Content-Length} matches the data that follows it. Only used on
 * the error path; jwarc reads everything else.
 */
final class RecordBoundaries {

    private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER_BYTES = 1 << 16;

    private final FileChannel channel;
    private final boolean gzip;

    /** Boundaries in {@code channel}, whose records are gzip members when {@code gzip}. */
    RecordBoundaries(FileChannel channel, boolean gzip) {
        this.channel = channel;
        this.gzip = gzip;
    }

    /** The offset of the first record that starts at or after {@code from}, or -1 when there is none. */
    long nextRecordStart(long from) throws IOException {
        long size = channel.size();
        long pos = from;
        while (pos < size) {
            long candidate = gzip ? find(pos, new byte[] {0x1F, (byte) 0x8B, 0x08}, false) : find(pos, MAGIC, true);
            if (candidate < 0) {
                return -1;
            }
            if (!gzip || inflatesToWarc(candidate)) {
                return candidate;
            }
            pos = candidate + 1;
        }
        return -1;
    }

    /**
     * The first offset at or after {@code from} where {@code pattern} occurs (at a line start when asked). The
     * patterns used never repeat their first byte, so a failed partial match can restart at the current byte.
     */
    private long find(long from, byte[] pattern, boolean lineStart) throws IOException {
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(from)), 1 << 16);
        int previous = from == 0 ? '\n' : readAt(from - 1);
        int matched = 0;
        long pos = from;
        for (int b; (b = in.read()) >= 0; pos++) {
            if (matched > 0 && b == (pattern[matched] & 0xFF)) {
                matched++;
                if (matched == pattern.length) {
                    return pos - pattern.length + 1;
                }
            } else {
                matched = b == (pattern[0] & 0xFF) && (!lineStart || previous == '\n') ? 1 : 0;
            }
            previous = b;
        }
        return -1;
    }

    private int readAt(long pos) throws IOException {
        java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
        return channel.read(one, pos) == 1 ? one.get(0) & 0xFF : -1;
    }

    /** True when a gzip member starts at {@code offset} and inflates to a WARC record header. */
    private boolean inflatesToWarc(long offset) {
        try {
            InputStream in = new GZIPInputStream(Channels.newInputStream(channel.position(offset)), 512);
            byte[] head = in.readNBytes(MAGIC.length);
            return java.util.Arrays.equals(head, MAGIC);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the record at {@code offset} is framed as it says: its headers end, exactly {@code Content-Length}
     * bytes follow, then the blank line, then the next record (or the end of the file; extra blank lines are
     * tolerated). Returns null when it is, else what is wrong.
     */
    String framingProblem(long offset) {
        try {
            InputStream raw = Channels.newInputStream(channel.position(offset));
            InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16);
            long length = contentLength(in);
            if (length < 0) {
                return "no Content-Length header";
            }
            long skipped = skip(in, length);
            if (skipped < length) {
                return "Content-Length is " + length + " but the data ends after " + skipped + " bytes";
            }
            byte[] end = in.readNBytes(4);
            if (!new String(end, StandardCharsets.ISO_8859_1).equals("\r\n\r\n")) {
                return "Content-Length is " + length + " but no blank line follows that many bytes";
            }
            int b;
            do {
                b = in.read();
            } while (b == '\r' || b == '\n');
            if (b < 0 || b == 'W') {
                return null;
            }
            return "Content-Length is " + length + " but the next record does not start after it";
        } catch (IOException | RuntimeException e) {
            return null; // the damage lies after this record: it was read whole
        }
    }

    /** Skips up to {@code n} bytes; returns how many there were. */
    private static long skip(InputStream in, long n) throws IOException {
        long done = 0;
        while (done < n) {
            long s = in.skip(n - done);
            if (s <= 0) {
                if (in.read() < 0) {
                    break;
                }
                s = 1;
            }
            done += s;
        }
        return done;
    }

    /**
     * The {@code WARC-Record-ID} of the record at {@code offset}, read from as much of its header as can be read
     * (a corrupt gzip member often still inflates its first bytes), or null.
     */
    String recordIdAt(long offset) {
        StringBuilder header = new StringBuilder();
        try {
            InputStream raw = Channels.newInputStream(channel.position(offset));
            InputStream in = gzip ? new GZIPInputStream(raw, 512) : new BufferedInputStream(raw, 4096);
            for (int i = 0, b; i < MAX_HEADER_BYTES && (b = in.read()) >= 0; i++) {
                header.append((char) b);
                if (header.length() >= 4 && header.lastIndexOf("\r\n\r\n") == header.length() - 4) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // keep what was read before the damage
        }
        for (String line : header.toString().split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("WARC-Record-ID")) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** Reads the WARC header lines and returns the Content-Length, or -1. */
    private static long contentLength(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        long length = -1;
        for (int read = 0; read < MAX_HEADER_BYTES; read++) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b == '\n') {
                String l = line.toString().trim();
                if (l.isEmpty()) {
                    return length;
                }
                int colon = l.indexOf(':');
                if (colon > 0 && l.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                    try {
                        length = Long.parseLong(l.substring(colon + 1).trim());
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
        return -1;
    }
}
