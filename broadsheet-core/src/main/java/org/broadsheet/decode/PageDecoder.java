package org.broadsheet.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.Warning;
import org.broadsheet.decode.DecodedPage.CharsetSource;
import org.broadsheet.source.BinaryContent;
import org.broadsheet.article.RawPage;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns a page's bytes into text. The charset comes from, in order: a byte-order mark, the HTTP
 * header, the page's own declaration, and ICU's detector. A declaration is not trusted blindly: a page
 * that says it is Latin-1 but is multi-byte UTF-8, or says UTF-8 but is not, is decoded as what it
 * is, with a warning. UTF-8 with a few stray bytes stays UTF-8 (the stray bytes become U+FFFD), and a
 * sequence cut off at the very end, as truncation leaves, is dropped.
 */
public final class PageDecoder {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;

    /**
     * Decodes {@code page}. Never fails: undecodable bytes become U+FFFD. Text that shows signs of
     * having been decoded wrongly upstream gets an {@code encoding-damage} warning (it is not repaired).
     */
    public DecodedPage decode(RawPage page) {
        Utf8Scan utf8 = bomCharset(page.bytes()) == null && BinaryContent.utf16WithoutBom(page.bytes()) == null
                ? Utf8Scan.of(page.bytes()) : null;
        DecodedPage decoded = chooseAndDecode(page, utf8);
        if (utf8 != null && !utf8.mayLookDamaged() && decoded.charset().equals("UTF-8")) {
            // decoded as UTF-8 from bytes that hold no U+00C0-U+00FF, no U+FFFD and no stray byte: nothing to find
            return decoded;
        }
        EncodingDamage damage = EncodingDamage.scan(decoded.text());
        if (!damage.found()) {
            return decoded;
        }
        List<Warning> warnings = new ArrayList<>(decoded.warnings());
        warnings.add(damage.toWarning(decoded.text()));
        return new DecodedPage(decoded.text(), decoded.charset(), decoded.charsetSource(), warnings);
    }

    /** {@code utf8} is the scan of the page's bytes, or null when they are UTF-16 or start with a byte-order mark. */
    private DecodedPage chooseAndDecode(RawPage page, Utf8Scan utf8) {
        byte[] bytes = page.bytes();
        List<Warning> warnings = new ArrayList<>();

        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new DecodedPage(new String(bytes, skip, bytes.length - skip, bom), bom.name(), CharsetSource.BOM,
                    warnings);
        }
        Charset utf16 = BinaryContent.utf16WithoutBom(bytes);
        if (utf16 != null) {
            warnings.add(new Warning("charset-guessed", "no byte-order mark; the bytes are " + utf16.name()));
            return new DecodedPage(new String(bytes, utf16), utf16.name(), CharsetSource.DETECTED, warnings);
        }
        boolean hasMultibyte = utf8.multibyte() > 0;

        Charset declared = charsetFromHeader(page.contentType());
        CharsetSource source = CharsetSource.HTTP_HEADER;
        if (declared == null) {
            declared = charsetFromMeta(bytes);
            source = CharsetSource.META_TAG;
        }
        if (declared != null) {
            boolean declaredUtf8 = declared.equals(StandardCharsets.UTF_8);
            if (declaredUtf8 && (utf8.valid() || utf8.mostlyValid())) {
                // a few stray bytes in a UTF-8 page become U+FFFD (and an encoding-damage warning)
                return new DecodedPage(utf8Text(bytes, utf8), "UTF-8", source, warnings);
            }
            if (declaredUtf8) {
                Charset detected = detect(bytes);
                warnings.add(new Warning("charset-mismatch", "declared UTF-8 but the bytes are not UTF-8; decoded as "
                        + detected.name()));
                return new DecodedPage(new String(bytes, detected), detected.name(), CharsetSource.DETECTED, warnings);
            }
            if (hasMultibyte && (utf8.valid() || utf8.mostlyValid()) && isSingleByte(declared)) {
                warnings.add(new Warning("charset-mismatch", "declared " + declared.name()
                        + " but the bytes are UTF-8; decoded as UTF-8"));
                return new DecodedPage(utf8Text(bytes, utf8), "UTF-8", CharsetSource.DETECTED, warnings);
            }
            return new DecodedPage(new String(bytes, declared), declared.name(), source, warnings);
        }
        if (utf8.valid()) {
            return new DecodedPage(utf8Text(bytes, utf8), "UTF-8", CharsetSource.VALID_UTF8, warnings);
        }
        if (utf8.mostlyValid()) {
            warnings.add(new Warning("charset-guessed", "no charset declared; the bytes are UTF-8 with "
                    + utf8.invalid() + " stray bytes"));
            return new DecodedPage(utf8Text(bytes, utf8), "UTF-8", CharsetSource.DETECTED, warnings);
        }
        Charset detected = detect(bytes);
        warnings.add(new Warning("charset-guessed", "no charset declared; detected " + detected.name()));
        return new DecodedPage(new String(bytes, detected), detected.name(), CharsetSource.DETECTED, warnings);
    }

    /** The bytes as UTF-8, leaving out a sequence cut off at the very end (as truncation leaves). */
    private static String utf8Text(byte[] bytes, Utf8Scan scan) {
        return new String(bytes, 0, scan.completeLength(), StandardCharsets.UTF_8);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static Charset charsetFromHeader(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : null;
    }

    static Charset charsetFromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset declared = m.find() ? lookup(m.group(1)) : null;
        // a declaration read as ASCII cannot be in UTF-16 or UTF-32: the HTML standard takes it as UTF-8
        return declared != null && declared.name().startsWith("UTF-16") || declared != null
                && declared.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : declared;
    }

    /** The charset named {@code name}, with the WHATWG rule that Latin-1 labels mean windows-1252. */
    static Charset lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
        detector.enableInputFilter(true);
        CharsetMatch match = detector.detect();
        Charset cs = match == null ? null : lookup(match.getName());
        return cs == null ? Charset.forName("windows-1252") : cs;
    }
}
