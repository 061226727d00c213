package org.broadsheet.warc;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.broadsheet.warc.TestWarcs.concat;
import static org.broadsheet.warc.TestWarcs.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responses as servers send them: chunked, gzip- or deflate-encoded, or both, with the headers a crawler kept. Each
 * must give its page, decoded, and never be lost.
 */
class HttpEncodingTest {

    @TempDir
    Path tmp;

    private static final byte[] HTML = Pages.article("Library closes").getBytes(UTF_8);

    @Test
    void everyTransferAndContentEncodingGivesThePage() throws IOException {
        List<byte[]> records = new ArrayList<>();
        records.add(response(1, "", HTML, true));
        records.add(response(2, "Transfer-Encoding: chunked\r\n", chunked(HTML, 100), false));
        records.add(response(3, "Content-Encoding: gzip\r\n", gzip(HTML), true));
        records.add(response(4, "Content-Encoding: deflate\r\n", deflate(HTML, false), true));
        records.add(response(5, "Content-Encoding: deflate\r\n", deflate(HTML, true), true));
        records.add(response(6, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gzip(HTML), 64), false));
        records.add(response(7, "Transfer-Encoding: chunked\r\nContent-Encoding: deflate\r\n",
                chunked(deflate(HTML, true), 64), false));
        records.add(response(8, "Content-Encoding: x-gzip\r\n", gzip(HTML), true));
        // a crawler that kept the compressed length but stored the body decoded
        records.add(response(9, "Content-Encoding: gzip\r\n", HTML, true));
        records.add(response(10, "Transfer-Encoding: chunked\r\n", HTML, true));
        records.add(response(11, "Content-Encoding: br\r\n", HTML, true));
        Path file = tmp.resolve("encodings.warc");
        Files.write(file, concat(records.toArray(new byte[0][])));

        List<WarcEntry> entries = new ArrayList<>();
        try (WarcRecordSource source = WarcRecordSource.open(file, WarcLimits.DEFAULT)) {
            source.forEachRemaining(entries::add);
        }
        assertEquals(records.size(), entries.size(), entries.toString());
        for (WarcEntry e : entries) {
            assertTrue(e instanceof CrawlRecord, "lost: " + e);
            String text = new String(((CrawlRecord) e).payload(), UTF_8);
            assertEquals(new String(HTML, UTF_8), text, e.recordId());
        }
    }

    private static byte[] response(int n, String headers, byte[] body, boolean withLength) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + headers
                + (withLength ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
        return TestWarcs.record("response", id(n), "https://example.com/" + n, "application/http; msgtype=response",
                concat(http.getBytes(ISO_8859_1), body), 0);
    }

    private static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int n = Math.min(size, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(ISO_8859_1));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** zlib-wrapped (as the HTTP spec says) or raw deflate (as some servers send). */
    private static byte[] deflate(byte[] body, boolean zlib) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(6, !zlib))) {
            d.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
