package org.broadsheet;

import java.util.regex.Pattern;

import org.broadsheet.source.BinaryContent;

/** Tells what kind of input a page is before anything is parsed. */
final class InputSniffer {

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|div|p|article|script|link)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private InputSniffer() {
    }

    /**
     * Why {@code bytes} cannot be a page (a known binary format, binary data, nothing but whitespace),
     * or {@code null} if they look like text.
     */
    static String binaryReason(byte[] bytes) {
        String binary = BinaryContent.evidence(bytes);
        if (binary != null) {
            return binary;
        }
        return isBlank(bytes) ? "blank (empty apart from whitespace)" : null;
    }

    static boolean isBlank(byte[] bytes) {
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
