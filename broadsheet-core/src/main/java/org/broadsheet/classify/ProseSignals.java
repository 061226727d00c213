package org.broadsheet.classify;

import org.broadsheet.block.Block;

/** Whether a piece of text reads as running prose: long enough, punctuated, few links. */
public final class ProseSignals {

    private ProseSignals() {
    }

    /**
     * How much a block counts as article prose: 0 for short, link-heavy or hidden blocks, else more
     * for longer text with more clauses. Ideographic scripts carry more per character, so their length
     * counts double.
     */
    static double proseScore(Block b) {
        if (b.hidden()) {
            return 0;
        }
        int length = effectiveLength(b.text());
        double linkDensity = b.linkDensity();
        if (length < 25 || linkDensity > 0.5) {
            return 0;
        }
        return (1 + commas(b.text()) + Math.min(length / 100.0, 3)) * (1 - linkDensity);
    }

    /** True for a text that is plainly a paragraph of prose. */
    static boolean isProse(String text, double linkDensity) {
        int length = effectiveLength(text);
        if (linkDensity > 0.25) {
            return false;
        }
        return length > 80 || (length > 20 && endsSentence(text));
    }

    public static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int end = text.length() - 1;
        while (end > 0 && "\"'”’»)]".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return ".!?。！？…:".indexOf(text.charAt(end)) >= 0;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** Length in characters, with ideographs and kana counted double. */
    public static int effectiveLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ? 2 : 1;
        }
        return n;
    }
}
