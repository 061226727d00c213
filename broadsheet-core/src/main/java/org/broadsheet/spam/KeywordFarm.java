package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a piece of text, as far as telling a keyword farm from prose needs: how it splits into short
 * phrases, whether it has sentences, how many function words it uses, whether Chinese words are spaced apart,
 * how much it repeats itself, and the tricks spammers use to dodge filters (brand names with digits, mathematical
 * letters, zero-width joiners inside words, spaced-out letters, emoji). Language-independent apart from a few
 * dozen function words per language. Stateless.
 */
final class KeywordFarm {

    /**
     * Characters that separate the phrases of a keyword list. Besides them, a line break, two spaces or more, and a
     * dash between spaces separate phrases (see {@link #segments}).
     */
    static final String SEPARATORS = "|｜丨¦│·•●▪/、，,;；➤»";
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}'’]*");
    /** A brand name with digits: SLOT88, mpo4d, 威尼斯人5599. */
    private static final Pattern BRAND_DIGITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\p{IsLatin}{2,}\\d{2,}\\p{IsLatin}?|\\p{IsLatin}{3,}\\d\\p{IsLatin}|\\p{IsHan}{2,}\\d{2,})(?![\\p{N}])");
    /** Four or more letters spaced apart: "S L O T", "g a c o r". */
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L} ){3,}\\p{L}(?![\\p{L}\\p{N}])");

    /** Common function words of the Latin-script languages news is most written in. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(java.util.Arrays.asList((
            "the a an and or but of to in on at for with from by as is are was were be been has have had it its this "
            + "that these those he she they we you i his her their our not no will would can could said says than "
            + "then there which who what when after before over into about also more most new "
            + "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena atau sudah telah "
            + "der die das und ist nicht ein eine zu den dem mit sich des auf für auch im von dass wird "
            + "le la les et des est une un du en que qui dans pour pas sur au avec ce il sont "
            + "el los las de y por con para del se al lo como más su "
            + "o os as do da dos das em um uma é não no na "
            + "il di che è per non con della si sono "
            + "в и на не что с по это к из у за от").split(" ")));

    /** Chinese characters that prose uses often and keyword lists seldom. */
    private static final String ZH_FUNCTION = "的了是和这也就都而与对为将被把从等其已并但还说";

    /** What was measured; {@code phrases} are the text's {@link #segments}, kept so that no one splits it again. */
    record Shape(int letters, int segments, double medianSegment, int sentenceEnds, int latinWords,
            double functionWordRate, double hiraganaShare, int spacedHan, double repetition, int brandDigits,
            int obfuscations, int emoji, int questionMarks, List<String> phrases) {

        /** Many short phrases joined by separators. */
        boolean isList() {
            return segments >= 5 && medianSegment >= 2 && medianSegment <= 40;
        }

        /** No sentence punctuation in a good stretch of letters. */
        boolean noSentences() {
            return letters >= 30 && (sentenceEnds == 0 || letters / (double) sentenceEnds > 400);
        }
    }

    private KeywordFarm() {
    }

    /** Measures {@code text} ({@code folded} is its {@link MatchText}). */
    static Shape measure(String text, MatchText folded) {
        String f = folded.folded();
        List<String> segments = segments(text);
        double median = median(segments);
        int letters = 0;
        int sentenceEnds = 0;
        int spacedHan = 0;
        int zhFunction = 0;
        int han = 0;
        int hiragana = 0;
        int kanaOrHan = 0;
        int questionMarks = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            boolean isHan = c >= '\u3400' && c <= '\u9FFF';
            if (isHan) {
                han++;
                kanaOrHan++;
                if (ZH_FUNCTION.indexOf(c) >= 0) {
                    zhFunction++;
                }
            } else if (c >= '\u3040' && c <= '\u30FF') {
                kanaOrHan++;
                if (c <= '\u309F') {
                    hiragana++;
                }
            }
            if (sentenceEnd(f, i)) {
                sentenceEnds++;
            }
            if (c == '?') {
                questionMarks++;
            }
            if (c == ' ' && i > 0 && i + 1 < f.length() && isHanChar(f.charAt(i - 1)) && isHanChar(f.charAt(i + 1))) {
                spacedHan++;
            }
        }
        List<String> words = new ArrayList<>();
        Matcher w = LATIN_WORD.matcher(f);
        while (w.find()) {
            words.add(w.group());
        }
        int function = 0;
        Map<String, Integer> content = new HashMap<>();
        for (String word : words) {
            if (FUNCTION_WORDS.contains(word)) {
                function++;
            } else if (word.length() >= 3) {
                content.merge(word, 1, Integer::sum);
            }
        }
        double functionRate;
        if (han + hiragana > letters / 2 && han + hiragana > 0) {
            functionRate = han > hiragana * 3 ? zhFunction / (double) Math.max(1, han) : hiragana / (double) kanaOrHan;
        } else {
            functionRate = words.isEmpty() ? 0 : function / (double) words.size();
        }
        double repetition = repetition(content, f, han);
        return new Shape(letters, segments.size(), median, sentenceEnds, words.size(), functionRate,
                kanaOrHan == 0 ? 0 : hiragana / (double) kanaOrHan, spacedHan, repetition, brandDigits(f),
                obfuscations(text), emoji(text), questionMarks, List.copyOf(segments));
    }

    /** Whether the folded text {@code f} has a sentence end ("。", or a full stop, ! or ? after a letter). */
    static boolean hasSentenceEnd(String f) {
        for (int i = 0; i < f.length(); i++) {
            if (sentenceEnd(f, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEnd(String f, int i) {
        char c = f.charAt(i);
        if (c == '。' || c == '！' || c == '？') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && i > 0 && Character.isLetter(f.charAt(i - 1))
                && (i + 1 == f.length() || Character.isWhitespace(f.charAt(i + 1)));
    }

    /** How many distinct brand names with digits ("SLOT88") the folded text {@code f} holds. */
    static int brandDigits(String f) {
        if (!hasDigitAfterLetter(f)) {
            return 0; // every brand name with digits has one; prose seldom does, and the pattern is slow
        }
        Set<String> seenBrands = new HashSet<>();
        Matcher b = BRAND_DIGITS.matcher(f);
        while (b.find()) {
            if (!inHostName(f, b.start(), b.end())) {
                seenBrands.add(b.group());
            }
        }
        return seenBrands.size();
    }

    /**
     * Whether the name between {@code start} and {@code end} of {@code f} is a label of a host name or a mail address
     * written out ("somename529.pk", "http://www.name88.example/", "desk99@paper.example"): an address is where a
     * link goes, not a brand it sells, and honest pages cite addresses with digits as often as planted ones do.
     */
    private static boolean inHostName(String f, int start, int end) {
        char before = start > 0 ? f.charAt(start - 1) : ' ';
        if (before == '.' || before == '/' || before == '@') {
            return true;
        }
        int label = end + 1;
        while (label < f.length() && Character.isLetter(f.charAt(label))) {
            label++;
        }
        char after = end < f.length() ? f.charAt(end) : ' ';
        return after == '@' || after == '.' && label - end - 1 >= 2;
    }

    /**
     * The phrases of {@code text} between list separators, stripped, empty ones left out. A separator is one of
     * {@link #SEPARATORS}, a dash with white space on both sides, a line break, or two white-space characters or
     * more; the white space around it goes with it. Written out rather than as a regular expression, as this runs
     * over most blocks of every page.
     */
    static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int piece = 0;
        int p = 0;
        while (p < n) {
            char c = text.charAt(p);
            int end = -1;
            if (SEPARATORS.indexOf(c) >= 0) {
                end = p + 1;
            } else if (space(c)) {
                int run = p;
                while (run < n && space(text.charAt(run))) {
                    run++;
                }
                if (run < n && SEPARATORS.indexOf(text.charAt(run)) >= 0) {
                    end = run + 1;
                } else if (run + 1 < n && dash(text.charAt(run)) && space(text.charAt(run + 1))) {
                    end = run + 2;
                } else if (text.charAt(run - 1) == '\n' || run - p >= 2) {
                    end = run;
                } else {
                    p = run;
                    continue;
                }
            }
            if (end < 0) {
                p++;
                continue;
            }
            while (end < n && space(text.charAt(end))) {
                end++;
            }
            addPhrase(out, text.substring(piece, p));
            piece = end;
            p = end;
        }
        addPhrase(out, text.substring(piece));
        return out;
    }

    private static void addPhrase(List<String> out, String phrase) {
        if (!phrase.isBlank()) {
            out.add(phrase.strip());
        }
    }

    /** White space as regular expressions' {@code \\s} has it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean dash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static double median(List<String> segments) {
        if (segments.isEmpty()) {
            return 0;
        }
        int[] lengths = segments.stream().mapToInt(s -> s.codePointCount(0, s.length())).sorted().toArray();
        return lengths[lengths.length / 2];
    }

    /**
     * How much the text repeats itself: for Latin text the share of content-word occurrences that repeat an
     * earlier one; for Chinese and Japanese the share of two-character sequences seen before.
     */
    private static double repetition(Map<String, Integer> content, String f, int han) {
        if (han >= 20) {
            Set<String> seen = new HashSet<>();
            int grams = 0;
            int repeats = 0;
            for (int i = 0; i + 1 < f.length(); i++) {
                char a = f.charAt(i);
                char c = f.charAt(i + 1);
                if (!Character.isLetter(a) || !Character.isLetter(c)) {
                    continue;
                }
                grams++;
                if (!seen.add(f.substring(i, i + 2))) {
                    repeats++;
                }
            }
            return grams < 20 ? 0 : repeats / (double) grams;
        }
        int total = content.values().stream().mapToInt(Integer::intValue).sum();
        return total < 12 ? 0 : (total - content.size()) / (double) total;
    }

    /** Characters and patterns that only filter-dodging text uses. */
    static int obfuscations(String text) {
        int n = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x1D400 && cp <= 0x1D7FF) {
                n++; // mathematical alphanumerics
            } else if ((cp == 0x200C || cp == 0x200D || cp == 0x2060) && i < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i)) && i >= 2
                    && Character.isLetterOrDigit(text.codePointBefore(i - 1))) {
                n++; // joiner inside a Latin or Han word
            } else if (cp == 0x0332 || cp == 0x0336 || cp == 0x0335 || cp == 0x0338 || cp == 0x035F) {
                n++; // underline and strike-through marks
            } else if (cp >= 0xFF21 && cp <= 0xFF5A && i + 3 <= text.length() && isFullWidthLatin(text, i, 3)) {
                n++; // full-width Latin words
            }
        }
        if (hasSpacedLetterPair(text)) {
            Matcher m = SPACED_LETTERS.matcher(text);
            while (m.find()) {
                n += 3;
            }
        }
        return n;
    }

    private static boolean hasDigitAfterLetter(String f) {
        for (int i = 1; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= '0' && c <= '9' && Character.isLetter(f.codePointBefore(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether " a b " occurs: two single letters between spaces, as inside every run of spaced letters. */
    private static boolean hasSpacedLetterPair(String text) {
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            int j = singleLetterThenSpace(text, i + 1);
            if (j > 0 && singleLetterThenSpace(text, j + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the space after the one letter at {@code at}, or -1. */
    private static int singleLetterThenSpace(String text, int at) {
        if (at >= text.length()) {
            return -1;
        }
        int cp = text.codePointAt(at);
        int after = at + Character.charCount(cp);
        return Character.isLetter(cp) && after < text.length() && text.charAt(after) == ' ' ? after : -1;
    }

    private static boolean isFullWidthLatin(String text, int from, int count) {
        for (int k = 0; k < count; k++) {
            char c = text.charAt(from + k);
            if (!(c >= '\uFF21' && c <= '\uFF5A' || c == '\u3000' || c >= '\uFF10' && c <= '\uFF19')) {
                return false;
            }
        }
        return true;
    }

    private static int emoji(String text) {
        int n = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF) {
                n++;
            }
        }
        return n;
    }

    private static boolean isHanChar(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }

    /** Lower-cased, for callers that compare words. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
