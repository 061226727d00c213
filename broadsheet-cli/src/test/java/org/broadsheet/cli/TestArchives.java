package org.broadsheet.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/** Web-archive records written by hand for tests: response records and gzip members, as crawlers write them. */
final class TestArchives {

    private TestArchives() {
    }

    /** The record ID of test record {@code n}. */
    static String recordId(int n) {
        return String.format("<urn:uuid:00000000-0000-0000-0000-%012d>", n);
    }

    /**
     * The WARC and HTTP headers of response record {@code n} for {@code url}, captured at {@code date}, whose body
     * is {@code bodyLength} bytes; its Content-Length says {@code lengthError} bytes more than the record holds.
     */
    static byte[] responseHeaders(int n, String url, String date, String contentType, long bodyLength,
            int lengthError) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bodyLength
                + "\r\n\r\n";
        long length = http.length() + bodyLength + lengthError;
        String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + recordId(n) + "\r\nWARC-Date: " + date
                + "\r\nWARC-Target-URI: " + url + "\r\nContent-Type: application/http; msgtype=response"
                + "\r\nContent-Length: " + length + "\r\n\r\n";
        return (warc + http).getBytes(ISO_8859_1);
    }

    /** Response record {@code n} serving {@code body}; see {@link #responseHeaders}. */
    static byte[] response(int n, String url, String date, String contentType, byte[] body, int lengthError) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(responseHeaders(n, url, date, contentType, body.length, lengthError));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(ISO_8859_1));
        return out.toByteArray();
    }

    /** {@code record} as one gzip member. */
    static byte[] gzip(byte[] record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(record);
        }
        return out.toByteArray();
    }
}
