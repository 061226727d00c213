package org.broadsheet.spam;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UScript;

/**
 * Which writing system a text is in, and whether a block's writing system belongs to the article. Scripts come
 * from ICU's {@link UScript}; Han with kana is Japanese, Han alone Chinese. The article's scripts are those in
 * which a fair share of its body blocks are written, so that one planted block cannot make its own script look
 * native. Latin is always native (names and brands in Latin letters are everywhere).
 */
final class ScriptMismatch {

    /** Writing systems, as far as telling a block from its page needs. */
    enum Writing {
        LATIN, CHINESE, JAPANESE, KOREAN, CYRILLIC, GREEK, ARABIC, HEBREW, THAI, INDIC, OTHER
    }

    /** Letter counts of one text. */
    record Profile(Map<Writing, Integer> letters, int total, int han, int kana, int hiragana) {

        /** The writing system of at least {@code share} of the letters, or null. */
        Writing dominant(double share) {
            for (Map.Entry<Writing, Integer> e : letters.entrySet()) {
                if (total > 0 && e.getValue() >= share * total) {
                    return e.getKey();
                }
            }
            return null;
        }

        /** Letters of {@code w}. */
        int count(Writing w) {
            return letters.getOrDefault(w, 0);
        }
    }

    private ScriptMismatch() {
    }

    /** Counts the letters of {@code text} by writing system. */
    static Profile profile(CharSequence text) {
        int[] counts = new int[Writing.values().length];
        int han = 0;
        int kana = 0;
        int hiragana = 0;
        int total = 0;
        for (int i = 0; i < text.length();) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                // ASCII letters are Latin; the script lookup is the slow part for the common case
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    counts[Writing.LATIN.ordinal()]++;
                    total++;
                }
                continue;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            Writing w;
            switch (script) {
                case UScript.LATIN -> w = Writing.LATIN;
                case UScript.HAN -> {
                    han++;
                    w = Writing.CHINESE;
                }
                case UScript.HIRAGANA -> {
                    kana++;
                    hiragana++;
                    w = Writing.JAPANESE;
                }
                case UScript.KATAKANA -> {
                    kana++;
                    w = Writing.JAPANESE;
                }
                case UScript.HANGUL -> w = Writing.KOREAN;
                case UScript.CYRILLIC -> w = Writing.CYRILLIC;
                case UScript.GREEK -> w = Writing.GREEK;
                case UScript.ARABIC -> w = Writing.ARABIC;
                case UScript.HEBREW -> w = Writing.HEBREW;
                case UScript.THAI -> w = Writing.THAI;
                case UScript.DEVANAGARI, UScript.BENGALI, UScript.TAMIL, UScript.TELUGU, UScript.GUJARATI,
                        UScript.GURMUKHI, UScript.KANNADA, UScript.MALAYALAM -> w = Writing.INDIC;
                case UScript.COMMON, UScript.INHERITED -> w = null;
                default -> w = Writing.OTHER;
            }
            if (w != null) {
                counts[w.ordinal()]++;
                total++;
            }
        }
        // Japanese is Han and kana together; Han alone is Chinese
        if (kana > 0 && kana * 10 >= han) {
            counts[Writing.JAPANESE.ordinal()] += counts[Writing.CHINESE.ordinal()];
            counts[Writing.CHINESE.ordinal()] = 0;
        } else {
            counts[Writing.CHINESE.ordinal()] += counts[Writing.JAPANESE.ordinal()];
            counts[Writing.JAPANESE.ordinal()] = 0;
        }
        Map<Writing, Integer> map = new EnumMap<>(Writing.class);
        for (Writing w : Writing.values()) {
            if (counts[w.ordinal()] > 0) {
                map.put(w, counts[w.ordinal()]);
            }
        }
        return new Profile(map, total, han, kana, hiragana);
    }

    /** The writing systems native to an article whose body blocks have these texts. */
    static Set<Writing> nativeWritings(List<String> bodyTexts) {
        Map<Writing, Integer> blocks = new EnumMap<>(Writing.class);
        Map<Writing, Integer> letters = new EnumMap<>(Writing.class);
        int counted = 0;
        int totalLetters = 0;
        for (String t : bodyTexts) {
            Profile p = profile(t);
            if (p.total() < 10) {
                continue;
            }
            counted++;
            totalLetters += p.total();
            Writing d = p.dominant(0.5);
            if (d != null) {
                blocks.merge(d, 1, Integer::sum);
            }
            p.letters().forEach((w, n) -> letters.merge(w, n, Integer::sum));
        }
        Set<Writing> out = EnumSet.of(Writing.LATIN);
        for (Map.Entry<Writing, Integer> e : blocks.entrySet()) {
            if (e.getValue() >= Math.max(2, 0.25 * counted)) {
                out.add(e.getKey());
            }
        }
        if (counted <= 2) {
            // too little body to judge by blocks: a script with most of the letters is native
            for (Map.Entry<Writing, Integer> e : letters.entrySet()) {
                if (e.getValue() >= 0.5 * totalLetters) {
                    out.add(e.getKey());
                }
            }
        }
        if (out.contains(Writing.JAPANESE)) {
            out.add(Writing.CHINESE); // Japanese pages write whole lines in kanji
        }
        return out;
    }
}
