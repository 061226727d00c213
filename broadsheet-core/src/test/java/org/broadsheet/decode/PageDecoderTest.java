package org.broadsheet.decode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.broadsheet.article.Warning;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Test;

/** Charset choice when declarations and bytes disagree, and UTF-8 with a little damage. */
class PageDecoderTest {

    private static final String FRENCH = "<p>« Nous étions très déçus », a déclaré Hélène Lefèvre à l’issue d’une "
            + "réunion. L’été dernier, déjà, la société avait dû renoncer à son projet de gare à Besançon.</p>";

    private static DecodedPage decode(byte[] bytes) {
        return new PageDecoder().decode(RawPage.of("x.html", bytes, null));
    }

    private static List<String> codes(DecodedPage page) {
        return page.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void strayByteInAUtf8PageBecomesOneReplacementNotMojibake() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<html><head><meta charset=\"utf-8\"></head><body>" + FRENCH.repeat(3)).getBytes(UTF_8));
        out.write(0xE9); // a windows-1252 é pasted into the UTF-8 page
        out.writeBytes((" fin" + FRENCH + "</body></html>").getBytes(UTF_8));
        DecodedPage page = decode(out.toByteArray());
        assertEquals("UTF-8", page.charset());
        assertTrue(page.text().contains("très déçus"), page.text());
        assertEquals(List.of("encoding-damage"), codes(page));
        assertTrue(page.warnings().get(0).message().contains("1 replacement characters"), page.warnings().toString());
    }

    @Test
    void strayByteWithoutDeclarationIsStillUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<html><body>" + FRENCH.repeat(3)).getBytes(UTF_8));
        out.write(0x92);
        out.writeBytes(("</body></html>").getBytes(UTF_8));
        DecodedPage page = decode(out.toByteArray());
        assertEquals("UTF-8", page.charset());
        assertTrue(page.text().contains("très déçus"), page.text());
        assertTrue(codes(page).contains("encoding-damage"), page.warnings().toString());
    }

    @Test
    void sequenceCutAtTheEndIsDroppedQuietly() {
        byte[] full = ("<html><body>" + FRENCH + "é").getBytes(UTF_8);
        DecodedPage page = decode(Arrays.copyOf(full, full.length - 1));
        assertEquals("UTF-8", page.charset());
        assertTrue(page.text().endsWith("</p>"), page.text());
        assertEquals(List.of(), page.warnings());
    }

    @Test
    void windows1252DeclaredAsUtf8IsDetected() {
        byte[] bytes = ("<html><head><meta charset=\"utf-8\"></head><body>" + FRENCH + "</body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        DecodedPage page = decode(bytes);
        assertTrue(page.text().contains("très déçus"), page.text());
        assertEquals(List.of("charset-mismatch"), codes(page));
    }

    @Test
    void utf8ScanFollowsRfc3629() {
        assertEquals(new Utf8Scan(0, 2, 2), Utf8Scan.of(new byte[] {(byte) 0xC0, (byte) 0x80}), "overlong");
        assertFalse(Utf8Scan.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).valid(), "surrogate");
        assertFalse(Utf8Scan.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}).valid(), "> U+10FFFF");
        assertEquals(new Utf8Scan(2, 0, 7), Utf8Scan.of("a😀é".getBytes(UTF_8)));
        assertEquals(new Utf8Scan(1, 0, 3), Utf8Scan.of(new byte[] {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xF0, (byte) 0x9F}));
    }
}
