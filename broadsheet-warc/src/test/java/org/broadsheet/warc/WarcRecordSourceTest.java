package org.broadsheet.warc;

import static org.broadsheet.warc.TestWarcs.concat;
import static org.broadsheet.warc.TestWarcs.gzip;
import static org.broadsheet.warc.TestWarcs.id;
import static org.broadsheet.warc.TestWarcs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcRecordSourceTest {

    @TempDir
    Path tmp;

    private List<WarcEntry> readAll(byte[] warc, WarcLimits limits) throws IOException {
        Path file = tmp.resolve("test.warc");
        Files.write(file, warc);
        return readAll(file, limits);
    }

    private static List<WarcEntry> readAll(Path file, WarcLimits limits) throws IOException {
        List<WarcEntry> out = new ArrayList<>();
        try (WarcRecordSource source = WarcRecordSource.open(file, limits)) {
            source.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<String> pageIds(List<WarcEntry> entries) {
        return entries.stream().filter(e -> e instanceof CrawlRecord).map(WarcEntry::recordId).toList();
    }

    private static SkippedRecord skipped(List<WarcEntry> entries, SkipReason reason) {
        List<SkippedRecord> found = entries.stream().filter(e -> e instanceof SkippedRecord s && s.reason() == reason)
                .map(e -> (SkippedRecord) e).toList();
        assertEquals(1, found.size(), reason + " in " + entries);
        return found.get(0);
    }

    @Test
    void soundFileGivesEveryPageWithItsAddressDateAndHeaders() throws IOException {
        byte[] warc = concat(TestWarcs.request(id(1), "https://example.com/a"), page(id(2), "https://example.com/a", "First"),
                TestWarcs.response(id(3), "https://example.com/logo.png", 200, "image/png", new byte[] {1, 2, 3}),
                TestWarcs.response(id(4), "https://example.com/old", 301, "text/html", "<p>moved".getBytes()),
                TestWarcs.response(id(5), "https://example.com/gone", 404, "text/html", "<p>not found".getBytes()),
                page(id(6), "https://example.com/b", "Second"));
        for (byte[] file : List.of(warc, gzipEach(warc))) {
            List<WarcEntry> entries = readAll(file, WarcLimits.DEFAULT);
            assertEquals(List.of(id(2), id(6)), pageIds(entries));
            CrawlRecord first = (CrawlRecord) entries.stream().filter(e -> e instanceof CrawlRecord).findFirst().get();
            assertEquals("https://example.com/a", first.url());
            assertEquals("2024-05-01T09:30:00Z", first.fetchedAt());
            assertEquals("text/html; charset=utf-8", first.contentType());
            assertTrue(new String(first.payload(), StandardCharsets.UTF_8).contains("<h1>First</h1>"));
            assertEquals(id(1), skipped(entries, SkipReason.NOT_A_PAGE).recordId());
            assertEquals(id(3), skipped(entries, SkipReason.NOT_HTML).recordId());
            assertEquals(id(4), skipped(entries, SkipReason.REDIRECT).recordId());
            assertTrue(skipped(entries, SkipReason.REDIRECT).detail().contains("301"));
            assertEquals(id(5), skipped(entries, SkipReason.HTTP_STATUS).recordId());
        }
    }

    /** The records of a plain WARC (made by {@link TestWarcs}), each as its own gzip member. */
    private static byte[] gzipEach(byte[] warc) {
        String s = new String(warc, StandardCharsets.ISO_8859_1);
        List<byte[]> members = new ArrayList<>();
        int start = 0;
        for (int next; (next = s.indexOf("WARC/1.0\r\n", start + 1)) > 0; start = next) {
            members.add(gzip(Arrays.copyOfRange(warc, start, next)));
        }
        members.add(gzip(Arrays.copyOfRange(warc, start, warc.length)));
        return concat(members.toArray(byte[][]::new));
    }

    @Test
    void corruptGzipMemberIsReportedAndTheRestIsRead() throws IOException {
        byte[] first = gzip(page(id(1), "https://example.com/1", "One"));
        byte[] second = gzip(page(id(2), "https://example.com/2", "Two"));
        byte[] third = gzip(page(id(3), "https://example.com/3", "Three"));
        for (int i = second.length / 3; i < second.length / 3 + 40; i++) {
            second[i] ^= 0x5A; // damage the deflate data in the middle of the member
        }
        List<WarcEntry> entries = readAll(concat(first, second, third), WarcLimits.DEFAULT);
        assertEquals(List.of(id(1), id(3)), pageIds(entries));
        SkippedRecord damage = skipped(entries, SkipReason.DAMAGED);
        assertEquals(first.length, damage.offset(), damage.describe());
        assertEquals(id(2), damage.recordId(), "the header before the damage still names the record");
    }

    @Test
    void recordsLyingAboutTheirLengthAreReportedAndTheNextIsRead() throws IOException {
        for (int error : new int[] {200, -30}) {
            byte[] liar = TestWarcs.record("response", id(2), "https://example.com/2", "application/http; msgtype=response",
                    httpOk(Pages.article("Two")), error);
            List<WarcEntry> entries = readAll(concat(page(id(1), "https://example.com/1", "One"), liar,
                    page(id(3), "https://example.com/3", "Three"), page(id(4), "https://example.com/4", "Four")),
                    WarcLimits.DEFAULT);
            assertEquals(List.of(id(1), id(3), id(4)), pageIds(entries), "Content-Length off by " + error);
            SkippedRecord damage = skipped(entries, SkipReason.DAMAGED);
            assertEquals(id(2), damage.recordId(), damage.describe());
            assertTrue(damage.detail().contains("Content-Length"), damage.describe());
        }
    }

    @Test
    void recordCutOffByTheEndOfTheFileIsReported() throws IOException {
        byte[] last = page(id(3), "https://example.com/3", "Three");
        byte[] warc = concat(page(id(1), "https://example.com/1", "One"), page(id(2), "https://example.com/2", "Two"),
                Arrays.copyOf(last, last.length / 2));
        List<WarcEntry> entries = readAll(warc, WarcLimits.DEFAULT);
        assertEquals(List.of(id(1), id(2)), pageIds(entries));
        assertEquals(id(3), skipped(entries, SkipReason.DAMAGED).recordId());
    }

    @Test
    void lastRecordWithABadTrailerIsReportedOnceAndNothingIsReadTwice() throws IOException {
        // the last record ends in CR LF LF CR LF, not a blank line: jwarc once went on to re-read its buffer
        byte[] last = page(id(3), "https://example.com/3", "Three");
        byte[] badEnd = concat(Arrays.copyOf(last, last.length - 4), "\r\n\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] warc = concat(page(id(1), "https://example.com/1", "One"), page(id(2), "https://example.com/2", "Two"),
                badEnd);
        List<WarcEntry> entries = readAll(warc, WarcLimits.DEFAULT);
        assertEquals(List.of(id(1), id(2)), pageIds(entries));
        assertEquals(id(3), skipped(entries, SkipReason.DAMAGED).recordId());
        assertEquals(3, entries.size(), entries.toString());
        assertTrue(entries.stream().allMatch(e -> e.offset() < warc.length), entries.toString());
    }

    @Test
    void extraBlankLineBetweenRecordsLosesNothing() throws IOException {
        byte[] warc = concat(page(id(1), "https://example.com/1", "One"), "\r\n".getBytes(),
                page(id(2), "https://example.com/2", "Two"), page(id(3), "https://example.com/3", "Three"));
        List<WarcEntry> entries = readAll(warc, WarcLimits.DEFAULT);
        assertEquals(List.of(id(1), id(2), id(3)), pageIds(entries));
        SkippedRecord stray = skipped(entries, SkipReason.DAMAGED);
        assertEquals(id(1), stray.recordId(), "the report says after which record: " + stray.describe());
    }

    @Test
    void recordMarkedTruncatedByTheCrawlerIsSkipped() throws IOException {
        String page = new String(page(id(2), "https://example.com/2", "Two"), StandardCharsets.ISO_8859_1)
                .replace("WARC-Date:", "WARC-Truncated: length\r\nWARC-Date:");
        List<WarcEntry> entries = readAll(concat(page(id(1), "https://example.com/1", "One"),
                page.getBytes(StandardCharsets.ISO_8859_1)), WarcLimits.DEFAULT);
        assertEquals(List.of(id(1)), pageIds(entries));
        assertEquals(id(2), skipped(entries, SkipReason.TRUNCATED).recordId());
    }

    @Test
    void hugeResponseIsSkippedWithoutBeingHeldInMemory() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = tmp.resolve(gzip ? "huge.warc.gz" : "huge.warc");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                out.write(gzip ? gzip(page(id(1), "https://example.com/1", "One")) : page(id(1), "https://example.com/1", "One"));
                TestWarcs.writeHugeResponse(out, id(2), "https://example.com/huge", 200L << 20, gzip);
                out.write(gzip ? gzip(page(id(3), "https://example.com/3", "Three")) : page(id(3), "https://example.com/3", "Three"));
            }
            long before = allocatedByThisThread();
            List<WarcEntry> entries = readAll(file, WarcLimits.DEFAULT);
            long allocated = allocatedByThisThread() - before;
            assertEquals(List.of(id(1), id(3)), pageIds(entries), "gzip " + gzip);
            SkippedRecord huge = skipped(entries, SkipReason.TOO_LARGE);
            assertEquals(id(2), huge.recordId());
            assertEquals("https://example.com/huge", huge.url());
            assertTrue(huge.reason().isReportedOneByOne());
            // reading it whole would allocate at least its 200 MiB; the limit's worth (4 MiB) and buffers are fine
            assertTrue(allocated < 64L << 20, "allocated " + (allocated >> 20) + " MiB reading a 200 MiB record (gzip "
                    + gzip + ")");
        }
    }

    /** Bytes allocated on this thread so far (JDK-specific, but in every JDK this project supports). */
    private static long allocatedByThisThread() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        return threads.getCurrentThreadAllocatedBytes();
    }

    @Test
    void binaryDataServedAsHtmlIsSkippedWithItsRecordId() throws IOException {
        byte[] random = new byte[3000];
        new Random(7).nextBytes(random);
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "IHDR".getBytes());
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Pages.article("Five").getBytes(StandardCharsets.UTF_16LE));
        byte[] warc = concat(page(id(1), "https://example.com/1", "One"),
                TestWarcs.response(id(2), "https://example.com/2", 200, "text/html; charset=utf-8", pdf),
                TestWarcs.response(id(3), "https://example.com/3", 200, "text/html", random),
                TestWarcs.response(id(4), "https://example.com/4", 200, null, png),
                TestWarcs.response(id(5), "https://example.com/5", 200, "text/html", utf16),
                page(id(6), "https://example.com/6", "Six"));
        for (byte[] file : List.of(warc, gzipEach(warc))) {
            List<WarcEntry> entries = readAll(file, WarcLimits.DEFAULT);
            assertEquals(List.of(id(1), id(5), id(6)), pageIds(entries), "UTF-16 with a byte-order mark is text");
            List<SkippedRecord> binary = entries.stream()
                    .filter(e -> e instanceof SkippedRecord s && s.reason() == SkipReason.BINARY)
                    .map(e -> (SkippedRecord) e).toList();
            assertEquals(List.of(id(2), id(3), id(4)), binary.stream().map(SkippedRecord::recordId).toList());
            assertTrue(binary.get(0).detail().contains("PDF"), binary.get(0).describe());
            assertTrue(binary.get(1).detail().contains("control bytes"), binary.get(1).describe());
            assertTrue(binary.get(2).detail().contains("PNG"), binary.get(2).describe());
            assertEquals("https://example.com/3", binary.get(1).url());
        }
    }

    @Test
    void gzipMemberCutShortInTheMiddleOfTheFileIsReportedAndTheRestIsRead() throws IOException {
        byte[] cut = gzip(page(id(2), "https://example.com/2", "Two"));
        byte[] warc = concat(gzip(page(id(1), "https://example.com/1", "One")), Arrays.copyOf(cut, cut.length / 2),
                gzip(page(id(3), "https://example.com/3", "Three")), gzip(page(id(4), "https://example.com/4", "Four")));
        List<WarcEntry> entries = readAll(warc, WarcLimits.DEFAULT);
        assertEquals(List.of(id(1), id(3), id(4)), pageIds(entries));
        List<String> damaged = entries.stream().filter(e -> e instanceof SkippedRecord s && s.reason() == SkipReason.DAMAGED)
                .map(WarcEntry::recordId).toList();
        assertTrue(damaged.contains(id(2)), "the cut record is named: " + entries);
    }

    private static byte[] httpOk(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
    }
}
