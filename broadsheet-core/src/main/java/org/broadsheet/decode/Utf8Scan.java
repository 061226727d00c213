package org.broadsheet.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How well a byte array reads as UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF).
 *
 * @param multibyte well-formed sequences of two to four bytes
 * @param invalid bytes that start no well-formed sequence
 * @param completeLength the length without an incomplete sequence cut off at the very end (as a
 *     truncated page has); equal to the array's length when there is none
 * @param mayLookDamaged false when, read as UTF-8, the bytes cannot show what {@link EncodingDamage} looks for:
 *     no character from U+00C0 to U+00FF (lead byte 0xC3), no U+FFFD and no stray byte
 */
public record Utf8Scan(int multibyte, int invalid, int completeLength, boolean mayLookDamaged) {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** A scan result that does not say whether the bytes may look damaged (so they may). */
    public Utf8Scan(int multibyte, int invalid, int completeLength) {
        this(multibyte, invalid, completeLength, true);
    }

    /** Scans {@code bytes}. Linear in their length. */
    public static Utf8Scan of(byte[] bytes) {
        int multibyte = 0;
        int invalid = 0;
        boolean suspect = false;
        int n = bytes.length;
        int i = 0;
        while (i < n) {
            // runs of ASCII, eight bytes at a time
            while (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                len = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                len = 3;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                len = 4;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalid++;
                suspect = true;
                i++;
                continue;
            }
            int ok = 1;
            while (ok < len && i + ok < n) {
                int c = bytes[i + ok] & 0xFF;
                boolean fits = ok == 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
                if (!fits) {
                    break;
                }
                ok++;
            }
            if (ok == len) {
                multibyte++;
                if (b == 0xC3 || b == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
                    suspect = true;
                }
                i += len;
            } else if (i + ok == n) {
                return new Utf8Scan(multibyte, invalid, i, suspect);
            } else {
                invalid++;
                suspect = true;
                i++;
            }
        }
        return new Utf8Scan(multibyte, invalid, n, suspect);
    }

    /** True when every byte is part of a well-formed sequence (an incomplete one at the end aside). */
    public boolean valid() {
        return invalid == 0;
    }

    /**
     * True when the bytes are UTF-8 with a little damage: well-formed multi-byte sequences outnumber
     * stray bytes twenty to one. Such a page is UTF-8 whatever it declares; the stray bytes become
     * U+FFFD.
     */
    public boolean mostlyValid() {
        return multibyte > 0 && (long) invalid * 20 <= multibyte;
    }
}
