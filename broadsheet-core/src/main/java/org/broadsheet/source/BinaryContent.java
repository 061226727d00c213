package org.broadsheet.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import java.util.List;

/**
 * Recognises binary data in a payload that is served as a page (an image, a PDF or compressed data labelled
 * {@code text/html}, or with no type at all): by the signature its file format starts with, or by the NUL and other
 * control bytes in its first kilobyte, which text in any byte-oriented charset has next to none of. Text in UTF-16
 * (NUL-rich, but text) is recognised by its byte-order mark, or without one by its rhythm of NULs.
 */
public final class BinaryContent {

    /** How much of the payload is looked at. */
    public static final int SAMPLE = 1024;

    /** A file format recognised by the bytes at {@code offset}; {@link #ANY} matches any byte. */
    private record Signature(String name, int offset, int[] bytes) {

        static final int ANY = -1;

        static Signature of(String name, int offset, int... bytes) {
            return new Signature(name, offset, bytes);
        }

        static Signature ascii(String name, String start) {
            return new Signature(name, 0, start.chars().toArray());
        }

        boolean matches(byte[] data) {
            if (data.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != ANY && (data[offset + i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Formats that servers are known to label as pages; the short ASCII ones need enough bytes to be unambiguous. */
    private static final List<Signature> SIGNATURES = List.of(
            Signature.ascii("a PDF document", "%PDF-"),
            Signature.of("a PNG image", 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
            Signature.of("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
            Signature.ascii("a GIF image", "GIF87a"),
            Signature.ascii("a GIF image", "GIF89a"),
            Signature.of("a WebP image", 8, 'W', 'E', 'B', 'P', 'V', 'P', '8'),
            Signature.of("a ZIP archive (or office document)", 0, 'P', 'K', 3, 4),
            Signature.of("gzip data", 0, 0x1F, 0x8B, 0x08),
            Signature.of("bzip2 data", 0, 'B', 'Z', 'h', Signature.ANY, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59),
            Signature.of("zstd data", 0, 0x28, 0xB5, 0x2F, 0xFD),
            Signature.of("xz data", 0, 0xFD, '7', 'z', 'X', 'Z', 0),
            Signature.of("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            Signature.of("an MS Office (OLE) document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            Signature.of("an MP4 or QuickTime video", 4, 'f', 't', 'y', 'p'),
            Signature.of("Ogg media", 0, 'O', 'g', 'g', 'S', 0),
            Signature.ascii("a WOFF font", "wOFF"),
            Signature.ascii("a WOFF2 font", "wOF2"),
            Signature.of("an ELF executable", 0, 0x7F, 'E', 'L', 'F'),
            Signature.of("a TIFF image", 0, 'I', 'I', 0x2A, 0),
            Signature.of("a TIFF image", 0, 'M', 'M', 0, 0x2A),
            Signature.ascii("a PostScript document", "%!PS"),
            Signature.ascii("an MP3 audio file", "ID3"),
            Signature.of("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            Signature.ascii("a SQLite database", "SQLite format 3"),
            Signature.of("a WebAssembly module", 0, 0, 'a', 's', 'm'));

    private BinaryContent() {
    }

    /**
     * Why {@code payload} is binary data rather than a page, in words a user can check (e.g.
     * {@code "a PDF document, by its first bytes"}, {@code "binary data: 212 control bytes in the first 1024 bytes"}),
     * or null when it may be text.
     */
    public static String evidence(byte[] payload) {
        if (startsWithUtf16Bom(payload) || utf16WithoutBom(payload) != null) {
            return null;
        }
        for (Signature s : SIGNATURES) {
            if (s.matches(payload)) {
                return s.name() + ", by its first bytes";
            }
        }
        int n = Math.min(payload.length, SAMPLE);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = payload[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (isStrayControl(b)) {
                control++;
            }
        }
        // a stray byte or two is a broken page, not a binary file; 1% NULs or 5% control bytes is not text
        if (nul >= 2 && nul * 100 >= n) {
            return "binary data: " + nul + " NUL bytes in the first " + n + " bytes";
        }
        if (nul + control >= 4 && (nul + control) * 20 > n) {
            return "binary data: " + (nul + control) + " control bytes in the first " + n + " bytes";
        }
        return null;
    }

    /**
     * C0 controls and DEL that text does not use. Tab, line feed, form feed and carriage return are whitespace;
     * ESC, SO and SI switch character sets in ISO-2022 encodings (Japanese, Korean pages).
     */
    private static boolean isStrayControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B && b != 0x0E && b != 0x0F
                || b == 0x7F;
    }

    /**
     * UTF-16 sent without a byte-order mark, as some servers do: in the first kilobyte, nearly every pair of bytes
     * is one Latin-script character and a NUL, in the same order ({@code UTF-16LE} or {@code UTF-16BE}); else null.
     * Binary data does not keep that rhythm for a kilobyte, and text in a byte-oriented charset has no NULs.
     */
    public static Charset utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, SAMPLE) / 2;
        if (pairs < 8) {
            return null;
        }
        int little = 0;
        int big = 0;
        for (int i = 0; i < pairs; i++) {
            int first = b[2 * i] & 0xFF;
            int second = b[2 * i + 1] & 0xFF;
            if (first != 0 && second == 0) {
                little++;
            } else if (first == 0 && second != 0) {
                big++;
            }
        }
        if (little * 10 >= pairs * 9) {
            return StandardCharsets.UTF_16LE;
        }
        return big * 10 >= pairs * 9 ? StandardCharsets.UTF_16BE : null;
    }

    private static boolean startsWithUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }
}
