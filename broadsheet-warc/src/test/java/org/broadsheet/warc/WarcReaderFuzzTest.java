package org.broadsheet.warc;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the WARC reader (issue 12): for any bytes, reading the file gives records, skips and damage
 * reports, never an exception, and ends. {@code mvn test} runs it on its seeds ({@code WarcReaderFuzzTestInputs});
 * {@code bench/fuzz.sh} fuzzes it.
 */
class WarcReaderFuzzTest {

    private static Path file;

    @BeforeAll
    static void createFile() throws IOException {
        file = Files.createTempFile("broadsheet-fuzz", ".warc");
    }

    @AfterAll
    static void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "30s")
    void warcReader(byte[] archive) {
        try {
            Files.write(file, archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long entries = 0;
        try (WarcRecordSource source = WarcRecordSource.open(file, new WarcLimits(64 << 10))) {
            while (source.hasNext()) {
                WarcEntry e = source.next();
                assertNotNull(e);
                assertTrue(e.offset() >= 0 && e.offset() <= archive.length, "offset " + e.offset());
                if (e instanceof CrawlRecord r) {
                    assertTrue(r.payload().length <= 64 << 10, "payload over the limit");
                }
                // each entry starts at a distinct record start, so there cannot be more entries than bytes
                assertTrue(++entries <= archive.length + 1L, "too many entries: " + entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("opening a readable file failed", e);
        }
    }
}
