package org.broadsheet.spark;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Web archives written for tests: response records, one gzip member each, as crawlers write them. */
final class WarcFiles {

    /** One captured page. */
    record Capture(String recordId, String url, String date, byte[] html) {
    }

    private final List<byte[]> members = new ArrayList<>();

    /** The record ID of test record {@code n}. */
    static String recordId(int n) {
        return String.format("<urn:uuid:00000000-0000-0000-0000-%012d>", n);
    }

    /** Adds a response record serving {@code capture}'s page as HTML. */
    WarcFiles add(Capture capture) {
        members.add(gzip(response(capture, 0)));
        return this;
    }

    /** Adds a record whose Content-Length says {@code lengthError} bytes more than it holds. */
    WarcFiles addMisframed(Capture capture, int lengthError) {
        members.add(gzip(response(capture, lengthError)));
        return this;
    }

    /** Adds a gzip member of {@code capture} whose compressed data is overwritten in the middle: corrupt gzip. */
    WarcFiles addCorrupt(Capture capture) {
        byte[] member = gzip(response(capture, 0));
        for (int i = member.length / 3; i < member.length / 3 + 40 && i < member.length - 8; i++) {
            member[i] = (byte) 0xA5;
        }
        members.add(member);
        return this;
    }

    /** Adds {@code capture} cut off after half its gzip member: the end of a truncated file. */
    WarcFiles addTruncated(Capture capture) {
        byte[] member = gzip(response(capture, 0));
        members.add(java.util.Arrays.copyOf(member, member.length / 2));
        return this;
    }

    /** Writes the archive to {@code file}. */
    Path write(Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            for (byte[] m : members) {
                out.write(m);
            }
        }
        return file;
    }

    private static byte[] response(Capture c, int lengthError) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + c.html().length + "\r\n\r\n";
        long length = http.length() + c.html().length + lengthError;
        String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + c.recordId() + "\r\nWARC-Date: "
                + c.date() + "\r\nWARC-Target-URI: " + c.url() + "\r\nContent-Type: application/http; msgtype=response"
                + "\r\nContent-Length: " + length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((warc + http).getBytes(ISO_8859_1));
        out.writeBytes(c.html());
        out.writeBytes("\r\n\r\n".getBytes(ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
