package org.broadsheet.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.lang.UScript;

/**
 * Tells which language a text is written in, as an ISO 639-1 code. The script decides first (Hangul is Korean,
 * kana Japanese, Han alone Chinese, Greek, Hebrew, Thai, Arabic, Indic scripts ...); Latin and Cyrillic texts are
 * told apart by how often each language's most common words occur. Returns null when the text is too short or
 * two languages score too close to call. Stateless and thread-safe.
 */
public final class LanguageDetector {

    private static final int MAX_CHARS = 20_000;
    private static final int MIN_LETTERS = 40;
    private static final int MIN_WORDS = 12;
    /** Script codes are small integers; 512 leaves room for scripts added to later ICU versions. */
    private static final int SCRIPT_CODES = 512;
    private static final Map<String, String[]> LATIN = profiles(new String[][] {
        {"en", "the and of to in is that for it with as was on are be by this have from or at not but they his her"
            + " which you we has been were their said will would an there who its about more can"},
        {"de", "der die das und ist nicht ein eine zu den dem mit sich des auf für auch es im von dass wird werden sie"
            + " wir ich nach bei aus noch wie einen einer oder aber sind hat wurde kann über nur"},
        {"fr", "le la les et des est une un du en que qui dans pour pas sur au avec ce il sont mais par plus ont été"
            + " cette aux ses nous vous leur être fait elle comme"},
        {"es", "el la los las de que y en un una es por con para del se no al lo como más pero sus su le ha este esta"
            + " son fue muy también hay entre sobre cuando"},
        {"pt", "o a os as de que e do da dos das em um uma é para com não no na por mais se como mas foi ao seu sua são"
            + " ele ela isso também pelo pela já nos está você"},
        {"it", "il la di che e è un una per non in con del della le si da al lo gli dei sono ma come più anche nel nella"
            + " questo ha alla delle ci essere stato"},
        {"nl", "de het een en van is dat op te in niet zijn met voor die er aan ook als maar om bij dit door wordt naar"
            + " heeft nog wel kan hun worden uit we ze"},
        {"sv", "och att det som en på är av för med till den har inte om ett de var jag men kan så vi från sig eller när"
            + " hade nu också efter vid hur"},
        {"da", "og i at det er en til på af med for den ikke som har de et var jeg men vi så kan om fra skal efter også"
            + " eller hvor"},
        {"no", "og i det er en til på av med for som ikke har de et var jeg men vi så kan om fra skal etter også eller"
            + " hvor"},
        {"pl", "i w nie się na że z do to jest jak o co ale po od za są tak jego przez dla czy już tylko może był być"
            + " jednak które który została"},
        {"cs", "a se na že je v to s z do o jako ale by pro jsou jeho který která které také jsem už po k od při podle"
            + " bylo byl"},
        {"tr", "ve bir bu da de için ile çok olarak daha gibi olan ama en değil var ne kadar sonra her o mi şey ise"
            + " oldu göre ancak büyük"},
        {"id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena atau bisa sudah saya"
            + " mereka kami kita telah lebih hal tersebut adalah seperti bahwa"},
        {"ro", "și de în la cu pe că nu o un este sunt mai care din pentru ce fost au se a sau acest această"},
        {"hu", "a az és hogy nem is egy van meg de ez csak már mint még volt ha vagy ki el fel után kell pedig lesz"
            + " amely olyan"},
        {"fi", "ja on ei että se hän oli mutta kun niin myös ovat tai jo vain kuin joka sen nyt voi tämä ole mitä jotka"},
    });
    private static final Map<String, String[]> CYRILLIC = profiles(new String[][] {
        {"ru", "и в не на что с он как по это к но из у за то от же так для она все его был о были было только уже мы"
            + " вы они её ещё при если или бы"},
        {"uk", "і в не на що з у як до це та за від але він вона є для по так його були було ще вже який яка які також"
            + " й між лише ж при або"},
        {"bg", "и в на да се от за не е с че по това са като но той тя към още ще които която което беше след при или"
            + " бяха"},
    });

    /** The language of {@code text}, or null when it is too short or unclear. */
    public String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // counts by script code; the map below is filled in first-seen order, as merging while scanning did
        int[] counts = new int[SCRIPT_CODES];
        int[] seen = new int[SCRIPT_CODES];
        int distinct = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            boolean ascii = cp < 0x80;
            if (ascii ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp)) {
                letters++;
                int script = ascii ? UScript.LATIN : UScript.getScript(cp);
                if (script < 0 || script >= counts.length) {
                    script = UScript.UNKNOWN;
                }
                if (counts[script]++ == 0) {
                    seen[distinct++] = script;
                }
            }
        }
        Map<Integer, Integer> scripts = new HashMap<>();
        for (int k = 0; k < distinct; k++) {
            scripts.put(seen[k], counts[seen[k]]);
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        int hangul = scripts.getOrDefault(UScript.HANGUL, 0);
        int kana = scripts.getOrDefault(UScript.HIRAGANA, 0) + scripts.getOrDefault(UScript.KATAKANA, 0);
        int han = scripts.getOrDefault(UScript.HAN, 0);
        int cjk = hangul + kana + han;
        if (cjk * 3 >= letters) {
            if (hangul * 2 >= cjk) {
                return "ko";
            }
            // Japanese mixes kana into almost every sentence; Chinese has none.
            return kana * 20 >= cjk ? "ja" : "zh";
        }
        int dominant = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UScript.LATIN);
        if (scripts.get(dominant) * 2 < letters) {
            return null;
        }
        return switch (dominant) {
            case UScript.LATIN -> byWords(sample, LATIN);
            case UScript.CYRILLIC -> cyrillic(sample);
            case UScript.GREEK -> "el";
            case UScript.HEBREW -> "he";
            case UScript.THAI -> "th";
            case UScript.ARABIC -> arabicScript(sample);
            case UScript.DEVANAGARI -> "hi";
            case UScript.BENGALI -> "bn";
            case UScript.TAMIL -> "ta";
            case UScript.TELUGU -> "te";
            case UScript.GUJARATI -> "gu";
            case UScript.KANNADA -> "kn";
            case UScript.MALAYALAM -> "ml";
            case UScript.GURMUKHI -> "pa";
            case UScript.GEORGIAN -> "ka";
            case UScript.ARMENIAN -> "hy";
            case UScript.SINHALA -> "si";
            case UScript.KHMER -> "km";
            case UScript.LAO -> "lo";
            case UScript.MYANMAR -> "my";
            case UScript.ETHIOPIC -> "am";
            default -> null;
        };
    }

    /**
     * Cyrillic: by common words first; when they leave it open (Russian and Bulgarian share many of them), by
     * the letters one language writes and the other does not: ы and э are Russian, і, ї and є Ukrainian.
     */
    private static String cyrillic(String text) {
        String byWords = byWords(text, CYRILLIC);
        if (byWords != null) {
            return byWords;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int russian = count(lower, "ыэё");
        int ukrainian = count(lower, "іїє");
        int letters = 0;
        for (int i = 0; i < lower.length(); i++) {
            letters += Character.UnicodeScript.of(lower.charAt(i)) == Character.UnicodeScript.CYRILLIC ? 1 : 0;
        }
        if (letters < MIN_LETTERS * 2) {
            return null;
        }
        if (russian * 100 >= letters && ukrainian * 10 < russian) {
            return "ru";
        }
        if (ukrainian * 100 >= letters && russian * 10 < ukrainian) {
            return "uk";
        }
        return null;
    }

    /** Arabic script: Urdu and Persian are told by the letters Arabic does not use. */
    private static String arabicScript(String text) {
        int urdu = count(text, "ٹڈڑںےھ");
        int persian = count(text, "پچژگ") + count(text, "ی");
        int arabic = count(text, "ةيى");
        if (urdu > 5 && urdu * 50 > text.length() / 10) {
            return "ur";
        }
        return persian > arabic ? "fa" : "ar";
    }

    private static int count(String text, String chars) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static String byWords(String text, Map<String, String[]> profiles) {
        String lower = text.toLowerCase(Locale.ROOT);
        int total = 0;
        Map<String, Integer> hits = new HashMap<>();
        // words are runs of letters, marks and apostrophes
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int start = i;
            while (i < n && isWordChar(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i == start) {
                continue;
            }
            total++;
            String[] languages = profiles.get(lower.substring(start, i));
            if (languages != null) {
                for (String language : languages) {
                    hits.merge(language, 1, Integer::sum);
                }
            }
        }
        if (total < MIN_WORDS) {
            return null;
        }
        List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty()) {
            return null;
        }
        int best = ranked.get(0).getValue();
        int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        // Enough common words, and clearly more of one language's than of its nearest neighbour's.
        if (best < 4 || best * 10 < total || best * 10 < second * 13) {
            return null;
        }
        return ranked.get(0).getKey();
    }

    /** True for what a word is made of: letters, combining marks and the apostrophe. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp == '\'';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** For each common word, the languages it is common in. */
    private static Map<String, String[]> profiles(String[][] rows) {
        Map<String, Set<String>> byWord = new HashMap<>();
        for (String[] row : rows) {
            for (String word : row[1].split(" ")) {
                byWord.computeIfAbsent(word, w -> new TreeSet<>()).add(row[0]);
            }
        }
        Map<String, String[]> out = new HashMap<>();
        byWord.forEach((word, languages) -> out.put(word, languages.toArray(String[]::new)));
        return Map.copyOf(out);
    }
}
