package org.broadsheet;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Tells what kind of input a page is before anything is parsed. */
final class InputSniffer {

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|div|p|article|script|link)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    private InputSniffer() {
    }

    /** Why {@code bytes} look like binary data rather than text, or {@code null} if they look like text. */
    static String binaryReason(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            return "gzip-compressed data";
        }
        if (nul > 0 && nul * 100 >= n) {
            return "binary data (" + nul + " NUL bytes in the first " + n + ")";
        }
        if (control * 10 > n) {
            return "binary data (" + control + " control bytes in the first " + n + ")";
        }
        return null;
    }

    static boolean looksLikeHtml(String text) {
        return HTML_TAG.matcher(text.length() > 65536 ? text.substring(0, 65536) : text).find();
    }

    /** A document with one paragraph a line: the best that can be done with unmarked text for now. */
    static Document linesAsDocument(String text, String url) {
        Document doc = Document.createShell(url == null ? "" : url);
        Element body = doc.body();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                body.appendElement("p").text(line.strip());
            }
        }
        return doc;
    }
}
