package org.broadsheet.spam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which language a Latin- or Cyrillic-script text is in, as far as its function words tell, and how many of its
 * letters carry marks: enough to see a block in another language than the article's when both use Latin letters
 * (Vietnamese gambling spam on an English page). Stateless.
 */
final class Languages {

    /** Function words that are frequent in one language and rare in the others listed. */
    private static final Map<String, Set<String>> FUNCTION = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "it", "this", "are", "by", "be",
                    "from", "have", "has", "which", "they", "but", "not", "will", "been", "their"),
            "id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada",
                    "juga", "ke", "ada", "oleh", "karena", "atau", "sudah", "telah"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit", "sich",
                    "des", "auf", "für", "auch", "von", "dass", "wird"),
            "fr", Set.of("le", "les", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec",
                    "ce", "il", "sont", "des"),
            "es", Set.of("el", "los", "las", "y", "por", "con", "para", "del", "se", "al", "lo", "como", "más", "su",
                    "sin", "una"),
            "pt", Set.of("da", "dos", "das", "em", "um", "uma", "é", "não", "na", "ao", "pelo", "mais", "com"),
            "it", Set.of("il", "di", "che", "è", "per", "non", "della", "si", "sono", "gli", "nel", "alla", "anche"),
            "vi", Set.of("và", "của", "có", "là", "được", "cho", "không", "người", "trong", "với", "này", "các",
                    "những", "một", "đã", "để", "khi", "từ", "nhà", "đến"),
            "ru", Set.of("в", "и", "на", "не", "что", "с", "по", "это", "к", "из", "у", "за", "от", "для", "как", "без"));

    /** The same lists by word: the languages each function word belongs to. */
    private static final Map<String, List<String>> LANGUAGES_OF = byWord();

    private Languages() {
    }

    private static Map<String, List<String>> byWord() {
        Map<String, List<String>> byWord = new HashMap<>();
        FUNCTION.forEach((language, words) -> words.forEach(
                w -> byWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(language)));
        Map<String, List<String>> frozen = new HashMap<>();
        byWord.forEach((w, languages) -> frozen.put(w, List.copyOf(languages)));
        return Map.copyOf(frozen);
    }

    /** The language most of {@code text}'s function words belong to, or null when they are few or mixed. */
    static String guess(String text) {
        List<String> words = WordOrder.words(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        Map<String, Integer> votes = new HashMap<>();
        int total = 0;
        for (String w : words) {
            for (String language : LANGUAGES_OF.getOrDefault(w, List.of())) {
                votes.merge(language, 1, Integer::sum);
                total++;
            }
        }
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return bestVotes >= 4 && bestVotes >= 0.6 * total ? best : null;
    }

    /** How many of {@code text}'s words are function words of {@code language}. */
    static int votes(String text, String language) {
        Set<String> function = FUNCTION.getOrDefault(language, Set.of());
        int n = 0;
        for (String w : WordOrder.words(text)) {
            n += function.contains(w) ? 1 : 0;
        }
        return n;
    }

    /** Share of {@code text}'s Latin letters that carry marks (0 when it has fewer than 20 Latin letters). */
    static double markedLatinShare(String text) {
        int latin = 0;
        int marked = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
            } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
                marked++;
            }
        }
        // text decoded with the wrong charset ("å‹•ç”»") is all marks: that is damage, not a language
        return latin < 20 || marked * 5 > latin * 3 ? 0 : marked / (double) latin;
    }
}
