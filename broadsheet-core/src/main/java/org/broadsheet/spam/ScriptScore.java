package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.broadsheet.spam.ScriptMismatch.Writing;

/**
 * The script component: whether the text is in a writing system or language the article is not written in, or in
 * one whose letters were lost to '?' on the way.
 */
final class ScriptScore {

    /**
     * What the script says.
     *
     * @param clues the evidence
     * @param foreign whether the text is in another writing system or language than the article's
     */
    record Result(List<Clue> clues, boolean foreign) {
    }

    private ScriptScore() {
    }

    static Result score(SpamSuspect s, KeywordFarm.Shape shape, SpamPage page, boolean prose) {
        List<Clue> clues = new ArrayList<>();
        ScriptMismatch.Profile profile = s.profile();
        boolean foreign = false;
        if (foreignWriting(page, profile)) {
            foreign = true;
            Writing writing = profile.dominant(0.6);
            clues.add(Clue.sign("script.foreignWriting", true, name(writing) + " text in a page written in "
                    + page.nativeWritings.stream().map(ScriptScore::name).collect(Collectors.joining(" and "))));
            if (!prose && shape.sentenceEnds() == 0 && profile.count(writing) >= 60 && shortTokens(s.text())) {
                clues.add(Clue.sign("script.wholeBlock", false, "a whole block of it (" + profile.count(writing)
                        + " letters)"));
            }
        } else if (latin(profile)) {
            double marked = Languages.markedLatinShare(s.text());
            String language = Languages.guess(s.text());
            if (foreignMarks(marked, page)) {
                foreign = true;
                clues.add(Clue.sign("script.foreignMarks", true, String.format(Locale.ROOT,
                        "%.0f%% of its letters carry marks the article's language hardly uses (%.0f%%)",
                        100 * marked, 100 * page.markedLatin)));
            } else if (otherLanguage(s, language, page)) {
                foreign = true;
                clues.add(Clue.sign("script.otherLanguage", true, "in another language (" + language + ") than the article ("
                        + page.language() + ")"));
            }
        }
        boolean cjk = profile.han() + profile.kana() > profile.total() / 2;
        // a block's vocabulary against the article's; a keywords field names topics the prose need not use
        double known = cjk || !s.location().equals("block") ? -1 : page.order().knownShare(s.text());
        if (known >= 0) {
            // as the share of words the article does not use, so that 0 is also what an unmeasured text has
            clues.add(Clue.measure("script.unknownWords", 1 - known, () -> String.format(Locale.ROOT,
                    "%.0f%% of its words do not occur in the article", 100 * (1 - known))));
            if (!foreign && otherVocabulary(known, prose, shape.sentenceEnds()) && wordsOnly(s.text())
                    && !names(s.text()) && !ShapeScore.alphabetical(s.text())) {
                foreign = true;
                clues.add(Clue.sign("script.otherVocabulary", true, String.format(Locale.ROOT,
                        "phrases in another vocabulary than the article's (%.0f%% of its words occur in it)",
                        100 * known)));
            }
        }
        HashtagRun hashtags = foreign || cjk || !s.location().equals("block") ? null : HashtagRun.of(s.text());
        double knownTags = hashtags == null ? -1 : page.order().knownTagShare(hashtags.tags());
        if (knownTags >= 0 && knownTags <= MAX_KNOWN_TAGS) {
            // glued words are no word of any prose, and hashtags are capitalized however they are typed: the tags are
            // weighed whole, or by the words glued into them. An article's own tags name its topic
            foreign = true;
            clues.add(Clue.sign("script.otherVocabulary", true, String.format(Locale.ROOT,
                    "hashtags in another vocabulary than the article's (%.0f%% of them are its words)",
                    100 * knownTags)));
        }
        int lost = lostToQuestionMarks(s.text());
        if (lost >= 10) {
            double share = lost / (double) (lost + shape.letters());
            clues.add(Clue.measure("script.lostShare", share, () -> String.format(Locale.ROOT,
                    "%.0f%% of its characters lost to '?'", 100 * share)));
        }
        if (lost >= 20 && lost * 2 >= shape.letters()) {
            foreign = true;
            clues.add(Clue.sign("script.lostToQuestionMarks", true, lost
                    + " characters lost to '?' (text in another writing system, damaged)"));
        }
        return new Result(clues, foreign);
    }

    /**
     * Whether the script could give a clue about what the text is (another writing system or language, letters lost
     * to '?'), measured cheaply: when not, {@link #score} gives none.
     */
    static boolean mayTellWhatItIs(SpamSuspect s, SpamPage page) {
        ScriptMismatch.Profile profile = s.profile();
        if (foreignWriting(page, profile) || lostToQuestionMarks(s.text()) >= 20) {
            return true;
        }
        if (latin(profile) && (foreignMarks(Languages.markedLatinShare(s.text()), page)
                || otherLanguage(s, Languages.guess(s.text()), page))) {
            return true;
        }
        return s.location().equals("block") && profile.han() + profile.kana() <= profile.total() / 2
                && !KeywordFarm.hasSentenceEnd(s.folded().folded())
                && otherVocabulary(page.order().knownShare(s.text()), false, 0) && wordsOnly(s.text())
                && !names(s.text()) && !ShapeScore.alphabetical(s.text());
    }

    /**
     * Whether most of {@code text}'s words in a cased writing system start with a capital: names, not phrases. A
     * site's menu ("About Contact Advertising Subscribe"), a tag cloud or a list of partners and brands shares few
     * words with the article too, but names things; planted keyword phrases are typed as searches, mostly in lower
     * case. Words in writing systems without case do not count.
     */
    static boolean names(String text) {
        int cased = 0;
        int capitals = 0;
        boolean start = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (start && (Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c))) {
                    cased++;
                    capitals += Character.isLowerCase(c) ? 0 : 1;
                }
                start = false;
            } else if (Character.isWhitespace(c) || "|·•/,;()[]\"«»“”".indexOf(c) >= 0) {
                start = true;
            }
        }
        return cased > 0 && capitals * 2 >= cased;
    }

    /**
     * Whether at least four in five of {@code text}'s space-separated tokens with a letter or digit are words
     * (letters, with marks, an inner hyphen or apostrophe, punctuation after them): phrases, not code or template
     * tokens ({@code {* #registrationForm_radio_2 *}}), which share no vocabulary with any article.
     */
    static boolean wordsOnly(String text) {
        int tokens = 0;
        int words = 0;
        for (String t : text.strip().split("\\s+")) {
            if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // separators ("|", "·", "–") and bullets are neither
            }
            tokens++;
            int end = t.length();
            while (end > 0 && ",.;:!?)\"'»”|".indexOf(t.charAt(end - 1)) >= 0) {
                end--;
            }
            boolean word = end > 0;
            for (int i = 0; i < end && word; i++) {
                char c = t.charAt(i);
                word = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK
                        || (c == '-' || c == '\'' || c == '’') && i > 0 && i < end - 1;
            }
            words += word ? 1 : 0;
        }
        return tokens > 0 && words * 5 >= tokens * 4;
    }

    /**
     * Whether phrases without sentences share hardly a word with the article (a list in another language, or
     * another trade's vocabulary); {@code known} as {@link WordOrder#knownShare}. Prose is judged by its language.
     */
    private static boolean otherVocabulary(double known, boolean prose, int sentenceEnds) {
        return known >= 0 && known <= 0.1 && !prose && sentenceEnds == 0;
    }

    /** The largest share of a run of hashtags that may be the article's words for them to be another vocabulary. */
    private static final double MAX_KNOWN_TAGS = 0.1;

    private static boolean latin(ScriptMismatch.Profile profile) {
        return profile.count(Writing.LATIN) >= 40 && profile.dominant(0.8) == Writing.LATIN;
    }

    /** Many marked letters (ơ, ñ) in a text on a page that hardly has any. */
    private static boolean foreignMarks(double marked, SpamPage page) {
        return marked >= 0.15 && page.markedLatin <= 0.05;
    }

    private static boolean otherLanguage(SpamSuspect s, String language, SpamPage page) {
        return language != null && page.language() != null && !language.equals(page.language())
                && Languages.votes(s.text(), language) >= 6;
    }

    /** Whether the space-separated tokens of {@code text} are at least five and mostly short (phrases, not clauses). */
    private static boolean shortTokens(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < 5) {
            return false;
        }
        int[] lengths = java.util.Arrays.stream(tokens).mapToInt(t -> t.codePointCount(0, t.length())).sorted()
                .toArray();
        return lengths[lengths.length / 2] <= 20;
    }

    /** Whether {@code profile} is mostly in a writing system the page's body does not use. */
    static boolean foreignWriting(SpamPage page, ScriptMismatch.Profile profile) {
        Writing writing = profile.dominant(0.6);
        return foreignLetters(page, profile) >= (writing == Writing.CHINESE || writing == Writing.JAPANESE ? 10 : 20);
    }

    /** The letters of the writing most of a text is in (its {@code profile}), when the page does not use it; else 0. */
    static int foreignLetters(SpamPage page, ScriptMismatch.Profile profile) {
        Writing writing = profile.dominant(0.6);
        return writing == null || page.nativeWritings.contains(writing) ? 0 : profile.count(writing);
    }

    /** How many characters of {@code text} are in runs of two or more '?' (letters a charset could not hold). */
    static int lostToQuestionMarks(String text) {
        int lost = 0;
        for (int q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q)) {
            int end = q;
            while (end < text.length() && text.charAt(end) == '?') {
                end++;
            }
            if (end - q >= 2) {
                lost += end - q;
            }
            q = end;
        }
        return lost;
    }

    private static String name(Writing w) {
        return w.name().toLowerCase(Locale.ROOT);
    }
}
