package org.broadsheet.warc;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.broadsheet.source.BinaryContent;
import org.junit.jupiter.api.Test;

/** Binary payloads served as pages, as a web archive holds them ({@link BinaryContent} lives in the core). */
class BinaryContentTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void knownFileFormatsAreNamed() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document/>".getBytes(UTF_8));
        }
        Map<String, byte[]> files = Map.of(
                "PDF", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(ISO_8859_1),
                "PNG", TestWarcs.concat(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13), "IHDR".getBytes(ISO_8859_1)),
                "JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'),
                "GIF", "GIF89a\u0001\u0000\u0001\u0000".getBytes(ISO_8859_1),
                "ZIP", zip.toByteArray(),
                "gzip", TestWarcs.gzip(Pages.article("Compressed twice").getBytes(UTF_8)));
        files.forEach((format, data) -> {
            String evidence = BinaryContent.evidence(data);
            assertNotNull(evidence, format);
            assertTrue(evidence.contains(format), format + ": " + evidence);
        });
    }

    @Test
    void randomBytesAndNulPaddedDataAreBinary() {
        byte[] random = new byte[1500];
        new Random(1).nextBytes(random);
        assertTrue(BinaryContent.evidence(random).contains("control bytes"), BinaryContent.evidence(random));
        byte[] padded = TestWarcs.concat("<html>".getBytes(ISO_8859_1), new byte[200], "</html>".getBytes(ISO_8859_1));
        assertTrue(BinaryContent.evidence(padded).contains("NUL bytes"), BinaryContent.evidence(padded));
    }

    @Test
    void textInAnyCharsetIsNotBinary() {
        String page = Pages.article("Überraschung in Zürich — «tout» est là");
        for (String charset : new String[] {"UTF-8", "windows-1252", "ISO-8859-15"}) {
            assertNull(BinaryContent.evidence(page.getBytes(Charset.forName(charset))), charset);
        }
        String japanese = "<html><head><title>\u6771\u4eac\u306e\u30cb\u30e5\u30fc\u30b9</title></head><body><p>"
                + "\u4eca\u65e5\u306f\u6674\u308c\u3067\u3059\u3002\u5e02\u8b70\u4f1a\u306f\u56f3\u66f8\u9928\u3092"
                + "\u9589\u3058\u308b\u3053\u3068\u3092\u6c7a\u3081\u307e\u3057\u305f\u3002</p></body></html>";
        assertNull(BinaryContent.evidence(japanese.repeat(5).getBytes(Charset.forName("ISO-2022-JP"))),
                "ISO-2022-JP switches character sets with ESC");
        assertNull(BinaryContent.evidence(japanese.getBytes(Charset.forName("Shift_JIS"))));
        assertNull(BinaryContent.evidence(TestWarcs.concat(bytes(0xFE, 0xFF), page.getBytes(Charset.forName("UTF-16BE")))),
                "UTF-16 with a byte-order mark");
        assertNull(BinaryContent.evidence(new byte[0]));
    }

    @Test
    void aStrayControlByteInAPageIsNotEnough() {
        String page = Pages.article("One");
        byte[] withStray = (page.substring(0, 300) + "\u0000\u0008" + page.substring(300)).getBytes(UTF_8);
        assertNull(BinaryContent.evidence(withStray));
    }
}
