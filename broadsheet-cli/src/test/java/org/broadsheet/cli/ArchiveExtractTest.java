package org.broadsheet.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        return String.format("<urn:uuid:00000000-0000-0000-0000-%012d>", n);
    }

    private static byte[] response(int n, String contentType, byte[] body, int lengthError) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(ISO_8859_1);
        int length = http.length + body.length + lengthError;
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + id(n) + "\r\nWARC-Date: 2024-05-0"
                + (n % 9 + 1) + "T09:30:00Z\r\nWARC-Target-URI: https://news.example.com/story/" + n
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(ISO_8859_1));
        out.writeBytes(http);
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void archiveGivesOneArticlePerPageAndNamesEveryBadRecord() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        List<String> good = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            byte[] record;
            switch (n) {
                case 3 -> record = response(n, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1}, 0);
                case 5 -> {
                    byte[] binary = new byte[4000];
                    new java.util.Random(5).nextBytes(binary);
                    record = response(n, "text/html", binary, 0);
                }
                case 7 -> record = response(n, "text/html; charset=utf-8", Pages.article("Seven").getBytes(UTF_8), 120);
                default -> {
                    record = response(n, "text/html; charset=utf-8", Pages.article("Story " + n).getBytes(UTF_8), 0);
                    good.add(id(n));
                }
            }
            byte[] member = gzip(record);
            if (n == 9) {
                for (int i = member.length / 2; i < member.length / 2 + 30; i++) {
                    member[i] ^= 0x33; // a corrupt gzip member
                }
            }
            warc.writeBytes(member);
        }
        good.remove(id(9));
        Path file = Files.write(tmp.resolve("crawl.warc.gz"), warc.toByteArray());
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
        List<String> failed = new ArrayList<>();
        for (String line : Files.readAllLines(failures)) {
            failed.add(JSON.readTree(line).get("recordId").asText());
        }
        assertEquals(List.of(id(5), id(7), id(9)), failed.stream().sorted().toList(), run.err());
        for (String id : List.of(id(5), id(7), id(9))) {
            assertTrue(run.err().contains(id), "stderr names " + id + ": " + run.err());
        }
        assertTrue(run.err().contains("12 records read: 8 articles written"), run.err());
        assertTrue(run.err().contains("not-html 1"), run.err());
    }
}
