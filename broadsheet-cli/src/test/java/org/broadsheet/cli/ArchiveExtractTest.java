package org.broadsheet.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code broadsheet extract crawl.warc.gz -o out.jsonl.gz}: every sound page written, every bad record named. */
class ArchiveExtractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String id(int n) {
        return TestArchives.recordId(n);
    }

    /** The WARC and HTTP headers of response record {@code n}, whose body is {@code bodyLength} bytes. */
    private static byte[] headers(int n, String contentType, long bodyLength, int lengthError) {
        return TestArchives.responseHeaders(n, url(n), date(n), contentType, bodyLength, lengthError);
    }

    private static byte[] response(int n, String contentType, byte[] body, int lengthError) {
        return TestArchives.response(n, url(n), date(n), contentType, body, lengthError);
    }

    private static String url(int n) {
        return "https://news.example.com/story/" + n;
    }

    private static String date(int n) {
        return "2024-05-0" + (n % 9 + 1) + "T09:30:00Z";
    }

    /** A response record whose HTML payload is {@code size} bytes, written as one gzip member as it is generated. */
    private static void writeHugeMember(OutputStream file, int n, long size) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new FilterOutputStream(file) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // finish the member, keep the file open
            }
        }, 1 << 16);
        gz.write(headers(n, "text/html", size, 0));
        byte[] chunk = "<p>lorem ipsum dolor sit amet</p>\n".repeat(2000).getBytes(ISO_8859_1);
        for (long written = 0; written < size; written += chunk.length) {
            gz.write(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
        gz.write("\r\n\r\n".getBytes(ISO_8859_1));
        gz.close();
    }

    /**
     * The bad input, all in one {@code .warc.gz}: a corrupt gzip member, a record cut short, a record lying
     * about its length, a 200 MB response and binary data served as text/html (random bytes, a PDF), among sound
     * pages and an image.
     */
    @Test
    void archiveGivesOneArticlePerPageAndNamesEveryBadRecord() throws IOException {
        Path file = tmp.resolve("crawl.warc.gz");
        List<String> good = new ArrayList<>();
        try (OutputStream warc = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int n = 1; n <= 15; n++) {
                byte[] record;
                switch (n) {
                    case 3 -> record = response(n, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1}, 0);
                    case 5 -> {
                        byte[] binary = new byte[4000];
                        new java.util.Random(5).nextBytes(binary);
                        record = response(n, "text/html", binary, 0);
                    }
                    case 7 -> record = response(n, "text/html; charset=utf-8", Pages.article("Seven").getBytes(UTF_8), 120);
                    case 13 -> {
                        writeHugeMember(warc, n, 200L << 20);
                        continue;
                    }
                    case 14 -> record = response(n, "text/html", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"
                            .getBytes(ISO_8859_1), 0);
                    default -> {
                        record = response(n, "text/html; charset=utf-8", Pages.article("Story " + n).getBytes(UTF_8), 0);
                        if (n != 9 && n != 11) {
                            good.add(id(n));
                        }
                    }
                }
                byte[] member = TestArchives.gzip(record);
                if (n == 9) {
                    for (int i = member.length / 2; i < member.length / 2 + 30; i++) {
                        member[i] ^= 0x33; // a corrupt gzip member
                    }
                }
                if (n == 11) {
                    member = Arrays.copyOf(member, member.length / 2); // a record cut short
                }
                warc.write(member);
            }
        }
        Path out = tmp.resolve("out.jsonl.gz");
        Path failures = tmp.resolve("failures.jsonl");

        CliRun run = CliRun.of("extract", file.toString(), "-o", out.toString(), "--failures", failures.toString(),
                "--threads", "2");

        assertEquals(1, run.exitCode(), run.err());
        List<String> written = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
                JsonNode a = JSON.readTree(line);
                written.add(a.get("provenance").get("warcRecordId").asText());
                assertTrue(a.get("url").asText().startsWith("https://news.example.com/story/"), line);
                assertTrue(a.get("text").asText().contains("public reading room"), line);
            }
        }
        assertEquals(good, written, "every sound page, in input order");
        Map<String, String> reasonById = new TreeMap<>();
        for (String line : Files.readAllLines(failures)) {
            JsonNode f = JSON.readTree(line);
            reasonById.put(f.get("recordId").asText(), f.get("reason").asText());
        }
        assertEquals(Map.of(id(5), "binary", id(7), "damaged", id(9), "damaged", id(11), "damaged", id(13), "too-large",
                id(14), "binary"), reasonById, run.err());
        for (String id : reasonById.keySet()) {
            assertTrue(run.err().contains("record " + id + " at offset "), "stderr names " + id + ": " + run.err());
        }
        assertTrue(run.err().contains("15 records read: 8 articles written"), run.err());
        assertTrue(run.err().contains("skipped: 4 (binary 2, not-html 1, too-large 1)"), run.err());
        assertTrue(run.err().contains("failed: 3 (damaged 3)"), run.err());
    }
}
