package org.broadsheet.warc;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files byte by byte, so that tests can damage them exactly where they want. */
final class TestWarcs {

    private TestWarcs() {
    }

    /** A response record holding an HTTP response with {@code status}, {@code contentType} and {@code body}. */
    static byte[] response(String id, String url, int status, String contentType, byte[] body) {
        String http = "HTTP/1.1 " + status + " X\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + (status >= 300 && status < 400 ? "Location: https://example.com/elsewhere\r\n" : "")
                + "Content-Length: " + body.length + "\r\n\r\n";
        return record("response", id, url, "application/http; msgtype=response", concat(http.getBytes(ISO_8859_1), body), 0);
    }

    /** A response record with a sound HTML article page. */
    static byte[] page(String id, String url, String title) {
        return response(id, url, 200, "text/html; charset=utf-8", Pages.article(title).getBytes(UTF_8));
    }

    /** A request record. */
    static byte[] request(String id, String url) {
        return record("request", id, url, "application/http; msgtype=request",
                ("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n").getBytes(ISO_8859_1), 0);
    }

    /**
     * A record of {@code type}; its Content-Length header says {@code lengthError} bytes more (or fewer) than the
     * block has.
     */
    static byte[] record(String type, String id, String url, String contentType, byte[] block, int lengthError) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + id + "\r\nWARC-Date: 2024-05-01T09:30:00Z\r\n"
                + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n") + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + (block.length + lengthError) + "\r\n\r\n";
        return concat(header.getBytes(ISO_8859_1), block, "\r\n\r\n".getBytes(ISO_8859_1));
    }

    /** {@code record} as one gzip member. */
    static byte[] gzip(byte[] record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a response record whose HTML payload is {@code size} bytes, generated as it is written (never held in
     * memory), as one gzip member when {@code gzip}.
     */
    static void writeHugeResponse(OutputStream out, String id, String url, long size, boolean gzip) throws IOException {
        OutputStream record = gzip ? new GZIPOutputStream(new UnclosedStream(out), 1 << 16) : out;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n";
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + id + "\r\nWARC-Date: 2024-05-01T09:30:00Z\r\n"
                + "WARC-Target-URI: " + url + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + (http.length() + size) + "\r\n\r\n" + http;
        record.write(header.getBytes(ISO_8859_1));
        byte[] chunk = "<p>lorem ipsum dolor sit amet</p>\n".repeat(2000).getBytes(ISO_8859_1);
        for (long written = 0; written < size; written += chunk.length) {
            record.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
        record.write("\r\n\r\n".getBytes(ISO_8859_1));
        if (gzip) {
            record.close();
        }
    }

    /** Lets a gzip member be finished (closed) without closing the file it is written to. */
    private static final class UnclosedStream extends FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A record ID for test number {@code n}. */
    static String id(int n) {
        return String.format("<urn:uuid:00000000-0000-0000-0000-%012d>", n);
    }
}
