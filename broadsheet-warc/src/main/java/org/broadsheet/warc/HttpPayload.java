package org.broadsheet.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes what the server did to a response body: {@code Transfer-Encoding: chunked}, then {@code Content-Encoding}
 * gzip or deflate. Crawlers do not agree on what they store, so the headers are checked against the bytes: a body
 * the crawler already de-chunked or decompressed (headers kept) is taken as it is, and {@code deflate} is read
 * with or without its zlib wrapper (servers send both). An encoding it cannot undo (brotli) leaves the bytes as
 * they are, for the binary check to judge. Never reads more than the limit, however well the body compresses.
 */
final class HttpPayload {

    private HttpPayload() {
    }

    /**
     * The decoded body, or null when it is longer than {@code limit} bytes (raw or decoded).
     *
     * @param raw the body as stored, at most {@code limit + 1} bytes of it
     * @param transferEncoding the {@code Transfer-Encoding} header, or null
     * @param contentEncoding the {@code Content-Encoding} header, or null
     */
    static byte[] decode(byte[] raw, String transferEncoding, String contentEncoding, int limit) throws IOException {
        if (raw.length > limit) {
            return null;
        }
        byte[] body = raw;
        if (has(transferEncoding, "chunked")) {
            byte[] joined = dechunk(raw);
            if (joined != null) {
                body = joined;
            }
        }
        InputStream decoded = null;
        if ((has(contentEncoding, "gzip") || has(contentEncoding, "x-gzip")) && isGzip(body)) {
            decoded = new GZIPInputStream(new ByteArrayInputStream(body), 1 << 14);
        } else if (has(contentEncoding, "deflate") && body.length >= 2 && !looksLikeText(body)) {
            decoded = new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!isZlib(body)), 1 << 14);
        }
        if (decoded == null) {
            return body;
        }
        try (InputStream in = decoded) {
            byte[] bytes = in.readNBytes(limit);
            return bytes.length == limit && in.read() >= 0 ? null : bytes;
        }
    }

    private static boolean has(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            if (part.trim().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** A zlib header: compression method 8 and a header checksum divisible by 31 (RFC 1950). */
    private static boolean isZlib(byte[] b) {
        int cmf = b[0] & 0xFF;
        int flg = b[1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf * 256 + flg) % 31 == 0;
    }

    /** A body that starts like markup or text was stored decompressed, whatever the header says. */
    private static boolean looksLikeText(byte[] b) {
        int i = 0;
        while (i < b.length && i < 64 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && (b[i] == '<' || (b[i] & 0xFF) == 0xEF);
    }

    /** The chunks of {@code raw} joined, or null when {@code raw} is not chunked (then it was stored joined). */
    static byte[] dechunk(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        int pos = 0;
        while (true) {
            int lineEnd = indexOfLf(raw, pos);
            if (lineEnd < 0) {
                return out.size() > 0 ? out.toByteArray() : null; // cut off after whole chunks: keep what came
            }
            long size = chunkSize(raw, pos, lineEnd);
            if (size < 0) {
                return null;
            }
            pos = lineEnd + 1;
            if (size == 0) {
                return out.toByteArray(); // trailers, if any, are not part of the body
            }
            int n = (int) Math.min(size, raw.length - pos);
            out.write(raw, pos, n);
            pos += n;
            if (n < size) {
                return out.toByteArray();
            }
            if (pos < raw.length && raw[pos] == '\r') {
                pos++;
            }
            if (pos < raw.length && raw[pos] == '\n') {
                pos++;
            } else if (pos < raw.length) {
                return null;
            }
        }
    }

    private static int indexOfLf(byte[] b, int from) {
        for (int i = from; i < b.length && i < from + 1024; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The hexadecimal size at the start of a chunk line (extensions after {@code ;} ignored), or -1. */
    private static long chunkSize(byte[] b, int from, int lineEnd) {
        long size = 0;
        int digits = 0;
        for (int i = from; i < lineEnd; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                if (digits > 0 && (b[i] == ';' || b[i] == '\r' || b[i] == ' ' || b[i] == '\t')) {
                    break;
                }
                return -1;
            }
            if (++digits > 8) {
                return -1;
            }
            size = size * 16 + d;
        }
        return digits == 0 ? -1 : size;
    }
}
