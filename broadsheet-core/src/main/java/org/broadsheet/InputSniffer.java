package org.broadsheet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;


/** Tells what kind of input a page is before anything is parsed. */
final class InputSniffer {

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|div|p|article|script|link)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    /** A file format recognized by the bytes it starts with. */
    private record Magic(String name, int offset, byte[] bytes) {
        static Magic of(String name, int offset, int... values) {
            byte[] b = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                b[i] = (byte) values[i];
            }
            return new Magic(name, offset, b);
        }

        static Magic of(String name, String ascii) {
            return new Magic(name, 0, ascii.getBytes(StandardCharsets.ISO_8859_1));
        }

        boolean matches(byte[] data) {
            if (data.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (data[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> MAGICS = List.of(
            Magic.of("a PNG image", 0, 0x89, 'P', 'N', 'G', '\r', '\n'),
            Magic.of("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
            Magic.of("a GIF image", "GIF87a"),
            Magic.of("a GIF image", "GIF89a"),
            Magic.of("a WebP image", 8, 'W', 'E', 'B', 'P'),
            Magic.of("a TIFF image", 0, 'I', 'I', 0x2A, 0),
            Magic.of("a TIFF image", 0, 'M', 'M', 0, 0x2A),
            Magic.of("a PDF document", "%PDF-"),
            Magic.of("a PostScript document", "%!PS"),
            Magic.of("a ZIP archive (or an office document)", 0, 'P', 'K', 3, 4),
            Magic.of("gzip-compressed data", 0, 0x1F, 0x8B),
            Magic.of("bzip2-compressed data", 0, 'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59),
            Magic.of("xz-compressed data", 0, 0xFD, '7', 'z', 'X', 'Z', 0),
            Magic.of("zstd-compressed data", 0, 0x28, 0xB5, 0x2F, 0xFD),
            Magic.of("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            Magic.of("a WOFF font", "wOFF"),
            Magic.of("a WOFF2 font", "wOF2"),
            Magic.of("an MP4 or QuickTime video", 4, 'f', 't', 'y', 'p'),
            Magic.of("an Ogg media file", "OggS"),
            Magic.of("an MP3 audio file", "ID3"),
            Magic.of("an ELF executable", 0, 0x7F, 'E', 'L', 'F'),
            Magic.of("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            Magic.of("a SQLite database", "SQLite format 3"),
            Magic.of("a WebAssembly module", 0, 0, 'a', 's', 'm'));

    private InputSniffer() {
    }

    /**
     * Why {@code bytes} cannot be a page (a known binary format, binary data, nothing but whitespace),
     * or {@code null} if they look like text.
     */
    static String binaryReason(byte[] bytes) {
        if (hasUnicodeBom(bytes)) {
            return null;
        }
        for (Magic m : MAGICS) {
            if (m.matches(bytes)) {
                return m.name();
            }
        }
        int n = Math.min(bytes.length, SNIFF);
        int nul = 0;
        int control = 0;
        boolean blank = true;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B || b == 0x7F) {
                control++;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                blank = false;
            }
        }
        if (nul > 0 && nul * 100 >= n) {
            return "binary data (" + nul + " NUL bytes in the first " + n + ")";
        }
        if ((nul + control) * 20 > n) {
            return "binary data (" + (nul + control) + " control bytes in the first " + n + ")";
        }
        if (blank && isBlank(bytes)) {
            return "blank (empty apart from whitespace)";
        }
        return null;
    }

    private static boolean hasUnicodeBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikeHtml(String text) {
        return HTML_TAG.matcher(text.length() > 65536 ? text.substring(0, 65536) : text).find();
    }
}
