package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shape component: what the text is, whatever its words. A list of short phrases or prose; sentences or none;
 * function words; phrases repeated; phrases that read like search queries; real words in an order the page's own
 * prose never has; tricks that dodge filters.
 */
final class ShapeScore {

    /**
     * What the shape says.
     *
     * @param clues the evidence
     * @param prose whether the text reads as prose
     * @param stuffed whether it is real words in random order
     * @param queries whether its phrases read like search queries
     */
    record Result(List<Clue> clues, boolean prose, boolean stuffed, boolean queries) {
    }

    private ShapeScore() {
    }

    static Result score(SpamSuspect s, KeywordFarm.Shape shape, SpamPage page) {
        List<Clue> clues = new ArrayList<>();
        ScriptMismatch.Profile profile = s.profile();
        boolean cjk = profile.han() + profile.kana() > profile.total() / 2;
        clues.add(Clue.measure("shape.letters", Math.log1p(shape.letters()), () -> shape.letters() + " letters"));
        clues.add(Clue.measure("shape.segments", Math.log1p(shape.segments()), () -> shape.segments() + " phrases"));
        double ends = Math.min(3, shape.sentenceEnds() * 100.0 / Math.max(20, shape.letters()));
        clues.add(Clue.measure("shape.sentenceEnds", ends, () -> String.format(Locale.ROOT,
                "%.1f sentence ends per 100 letters", ends)));
        if (!cjk && shape.latinWords() >= 8) {
            clues.add(Clue.measure("shape.functionWords", shape.functionWordRate(), () -> String.format(Locale.ROOT,
                    "%.0f%% function words", 100 * shape.functionWordRate())));
        }
        if (shape.isList()) {
            clues.add(Clue.sign("shape.list", false, shape.segments() + " short phrases joined by separators"));
        }
        if (shape.noSentences()) {
            clues.add(Clue.sign("shape.noSentences", false, "no sentences in " + shape.letters() + " letters"));
        }
        boolean lowFunction = shape.letters() >= 40 && (cjk
                ? (profile.kana() * 10 >= profile.han() ? shape.hiraganaShare() < 0.2 : shape.functionWordRate() < 0.01)
                : shape.latinWords() >= 8 && shape.functionWordRate() < 0.08);
        if (lowFunction) {
            clues.add(Clue.sign("shape.fewFunctionWords", false, "hardly any function words"));
        }
        if (shape.spacedHan() >= 3) {
            clues.add(Clue.sign("shape.spacedHan", false, "Chinese words spaced apart"));
        }
        double repetition = Math.max(shape.repetition(), tokenRepetition(s.text(), profile));
        if (repetition >= 0.2) {
            clues.add(new Clue("shape.repeats", repetition, false, () -> String.format(Locale.ROOT,
                    "repeats itself (%.0f%%)", 100 * repetition), false));
        }
        if (repetition >= 0.6 && shape.sentenceEnds() == 0 && keywords(s.text())) {
            // keyword stuffing: a few words said over and over, in no sentence
            clues.add(Clue.sign("shape.fewDistinctWords", true, String.format(Locale.ROOT,
                    "a few words repeated over and over (%.0f%% of its words repeat an earlier one), no sentence",
                    100 * repetition)));
        }
        if (shape.brandDigits() >= 3) {
            clues.add(Clue.sign("shape.brandDigits", true, shape.brandDigits() + " brand names with digits"));
        } else if (shape.brandDigits() >= 1 && shape.isList()) {
            clues.add(Clue.sign("shape.brandDigit", false, "brand name with digits"));
        }
        if (shape.obfuscations() >= 3) {
            clues.add(Clue.sign("shape.obfuscated", true, "filter-dodging characters (mathematical or full-width letters, "
                    + "joiners inside words, spaced letters)"));
        }
        if (shape.emoji() >= 3 && (shape.isList() || shape.noSentences())) {
            clues.add(Clue.sign("shape.emoji", false, shape.emoji() + " emoji"));
        }

        List<String> phrases = phrases(s, shape.phrases());
        boolean queries = false;
        boolean cutFromProse = false;
        int itemsSaidAgain = 0;
        if (phrases.size() >= 4) {
            int query = 0;
            int keywords = 0;
            Set<String> distinct = new HashSet<>();
            for (String p : phrases) {
                query += queryLike(p) ? 1 : 0;
                if (!named(p)) {
                    keywords++; // menus repeat their (capitalized) items; keyword lists repeat their phrases
                    distinct.add(p.toLowerCase(Locale.ROOT));
                }
            }
            int repeated = keywords - distinct.size();
            boolean repeats = repeated >= 2 && repeated * 5 >= phrases.size();
            queries = query >= 4 && query >= 0.6 * phrases.size() && shape.sentenceEnds() == 0;
            if (queries) {
                // tag lists look the same: only links to other sites, or phrases repeated, make them spam
                HiddenLinks.Links links = s.links();
                boolean content = links != null && links.anchors() >= 4 ? links.farm() : repeats && !s.inBody();
                clues.add(new Clue("shape.queries", query / (double) phrases.size(), content,
                        query + " phrases that read like search queries"));
            }
            if (repeats) {
                clues.add(Clue.sign("shape.repeatedPhrases", false, repeated + " of " + phrases.size() + " phrases repeated"));
            }
            if (queries && s.location().equals("block") && ScriptScore.wordsOnly(s.text())) {
                // search phrases that are the article's own words cut out of its sentences at random places: a site's
                // tags and menus name things, they do not end on "and" or "the". Counted once each: a link text
                // said on every item ("read more") is a template's. Words only: lines of code end on anything
                Set<String> cuts = new HashSet<>();
                for (String p : phrases) {
                    if (page.order().cutFromProse(p)) {
                        cuts.add(p.strip().toLowerCase(Locale.ROOT));
                    }
                }
                int cut = cuts.size();
                if (cut >= MIN_CUT_PHRASES && cut >= MIN_CUT_SHARE * phrases.size()) {
                    cutFromProse = true;
                    clues.add(Clue.sign(PROSE_CUT, true, cut + " of its " + phrases.size() + " phrases are runs of the "
                            + "article's own words cut out of its sentences where no phrase starts or ends"));
                }
            }
            itemsSaidAgain = itemsSaidAgain(phrases);
        }
        boolean stuffed = cutFromProse;
        WordOrder.Order order = null;
        if (shape.sentenceEnds() == 0 && mostlyLowerCase(s.text())) {
            // commas do not make a text prose: its word order does
            order = page.order().judge(s.text());
            if (order != null && order.known() >= 0.3 && order.shuffled() >= 1) {
                double ratio = (order.pairs() + 1) / (order.shuffled() + 1);
                clues.add(Clue.measure("shape.orderAtChance", Math.max(0, Math.min(1.5, 1 - Math.log(ratio))),
                        () -> String.format(Locale.ROOT, "its word pairs are %.1f times as like the page's prose as the same "
                                + "words shuffled", ratio)));
            }
            if (order != null && order.random()) {
                stuffed = true;
                clues.add(Clue.sign("shape.stuffed", true, String.format(Locale.ROOT,
                        "%d words without punctuation, in random order: %.0f%% of them are the page's, but their "
                                + "pairs are no more like its prose than shuffled (%d vs %.1f)", order.words(),
                        100 * order.known(), order.pairs(), order.shuffled())));
                if (order.words() >= MIN_STUFFED_WORDS && ScriptScore.wordsOnly(s.text())) {
                    // a second opinion by the prose's grammar: a post typed without full stops keeps the order of
                    // its frequent words, shuffled words do not
                    WordOrder.Grammar grammar = page.order().grammar(s.text());
                    if (grammar != null && grammar.frequent() >= MIN_FREQUENT_SHARE && grammar.z() <= MAX_GRAMMAR_Z) {
                        clues.add(Clue.sign("shape.grammarAtChance", false, String.format(Locale.ROOT,
                                "nor the order of the prose's frequent words (%.1f standard deviations)", grammar.z())));
                    }
                }
            } else if (order != null && pageWords(order) && ScriptScore.wordsOnly(s.text())
                    && !alphabetical(s.text())) {
                // the page's word pairs cannot tell (chance expects about one) or say fewer than chance, as in a list
                // of names: the grammar of its prose, by its frequent words, still tells shuffled words from writing
                WordOrder.Grammar grammar = page.order().grammar(s.text());
                // hidden from readers, words without a sentence need less of the test: a hidden post or notice has
                // its sentences, and hidden site furniture is not the page's own prose words
                double maxZ = s.hiding() != null ? MAX_HIDDEN_GRAMMAR_Z : MAX_GRAMMAR_Z;
                if (grammar != null && grammar.frequent() >= MIN_FREQUENT_SHARE && grammar.z() <= maxZ) {
                    stuffed = true;
                    clues.add(Clue.sign("shape.grammarAtChance", false, "its frequent words out of the prose's order"));
                    clues.add(Clue.sign("shape.stuffed", true, String.format(Locale.ROOT,
                            "%d words without a sentence, %.0f%% of them the page's own, with its prose's frequent "
                                    + "words (%.0f%%) but not their order: its word pairs are no more like the prose than "
                                    + "shuffled (%d vs %.1f), nor its grammar (%.1f standard deviations)",
                            order.words(), 100 * order.known(), 100 * grammar.frequent(), order.pairs(),
                            order.shuffled(), grammar.z())));
                }
            }
            if (!stuffed && !cjk && s.text().strip().indexOf('\n') < 0 && !linkTexts(s) && ScriptScore.wordsOnly(s.text())
                    && !alphabetical(s.text())) {
                // words drawn from other pages: the page's prose cannot tell their order, the language's can. One
                // line only: the lines of a list (headlines of a "most read" box, flattened) are each in order, but
                // their words read across the breaks are not, and fewer per line say less. Nor the texts of links
                // run together (a menu without separators: "Best baby monitors Best travel cots ..."), for the same
                // reason
                LanguageOrder.Fit fit = LanguageOrder.bundled().fit(s.text(), MIN_STUFFED_WORDS);
                if (fit != null && fit.frequent() >= MIN_LANGUAGE_SHARE && fit.z() <= MAX_LANGUAGE_Z) {
                    stuffed = true;
                    clues.add(Clue.sign("shape.stuffed", true, String.format(Locale.ROOT,
                            "%d words without a sentence, %.0f%% of them the language's frequent words, in no more "
                                    + "order than shuffled (%.1f standard deviations): words in random order",
                            fit.words(), 100 * fit.frequent(), fit.z())));
                    clues.add(Clue.sign(RANDOM_ORDER, false, "its order is the language's at chance"));
                }
            }
        }
        if (shape.sentenceEnds() == 0 && !cjk && notCapitalized(s.text()) && ScriptScore.wordsOnly(s.text())
                && !ScriptScore.names(s.text()) && !alphabetical(s.text())) {
            // a few keyword phrases said again and again, in no sentence, to rank for them: whole items of a list,
            // or runs of words where a flattener lost the separators; a list of distinct items, prose, and one
            // phrase said again with different names (a template: "switch to the UK edition") are not that
            if (phrases.size() >= 4 && itemsSaidAgain >= 2) {
                clues.add(Clue.sign("shape.repeatedRuns", true, itemsSaidAgain + " different phrases of a list said "
                        + "again, no sentence"));
            } else if (phrases.size() < 4) {
                Runs runs = Runs.of(s.text());
                if (runs.keyPhrases()) {
                    clues.add(Clue.sign("shape.repeatedRuns", true, String.format(Locale.ROOT,
                            "%d phrases said again (%d times, %.0f%% of its %d words), no sentence", runs.distinct(),
                            runs.stretches(), 100 * runs.share(), runs.words())));
                }
            }
        }
        RepeatedItems list = RepeatedItems.of(s.text());
        if (list != null && list.keywordList()) {
            // a keyword list dressed as a timeline, ratings, footnotes, Q&A or a JSON array: the decoration makes
            // every line different, the phrases under it are the same few
            clues.add(Clue.sign(ITEMS_SAID_AGAIN, true, list.saidAgain() + " different search phrases said again in a "
                    + "list of " + list.items() + " items, once each item's time, numeral, stars or bullets are taken away"));
        } else if (list != null && list.capitalisedList()) {
            // capitalised phrases said again: a site's own items come back in a template's order or wording, and
            // name what the article is about; product names drawn from a bank of searches come back at random, in
            // words the article does not use
            double known = page.order().knownShare(String.join(" ", list.capitalised()));
            if (known >= 0 && known < MAX_KNOWN_SHARE) {
                clues.add(Clue.sign(ITEMS_SAID_AGAIN, true, list.capitalised().size() + " different capitalised "
                        + "phrases said again at random in a list of " + list.items() + " items, in words the article "
                        + String.format(Locale.ROOT, "hardly uses (%.0f%% of them)", 100 * known)));
            }
        }
        HashtagRun hashtags = HashtagRun.of(s.text());
        int tagsSaidAgain = hashtags == null ? 0 : hashtags.saidAgain();
        if (tagsSaidAgain >= 2 && clues.stream().noneMatch(c -> c.feature().equals("shape.repeatedRuns"))) {
            // a run of hashtags drawn from a bank: the same tags come back (an article's own tags are said once)
            clues.add(Clue.sign("shape.repeatedRuns", true, tagsSaidAgain + " different hashtags of a run of "
                    + hashtags.tags().size() + " said again, no sentence"));
        }
        if (!stuffed && !cjk && shape.sentenceEnds() == 0 && shape.latinWords() >= 40
                && shape.functionWordRate() >= 0.1 && mostlyLowerCase(s.text()) && (order == null || !order.likeProse())) {
            // a notice that lost its full stops keeps the page's word pairs; words in random order do not
            clues.add(Clue.sign("shape.wordSalad", false, shape.latinWords() + " words, with the function words of "
                    + "prose but not one sentence"));
        }
        if (!stuffed && !cjk && shape.sentenceEnds() == 0 && shape.latinWords() >= WordOrder.MIN_WORDS
                && shape.functionWordRate() < 0.08 && lowerCaseShare(s.text()) >= 0.9 && ScriptScore.wordsOnly(s.text())
                && (order == null || !order.likeProse()) && !alphabetical(s.text())) {
            // search phrases run together (a flattened link list loses its separators): a long run of lower-case
            // words with hardly a function word, whose pairs are not the page's prose
            clues.add(Clue.sign("shape.keywordRun", true, shape.latinWords() + " lower-case words with hardly a "
                    + "function word and no sentence (search phrases run together)"));
        }
        return new Result(clues, prose(shape, profile), stuffed, queries);
    }

    /**
     * Whether text of this shape reads as prose: sentences with the function words of its language, not a list.
     * (Stuffed text has no sentence ends, so it never reads as prose.)
     */
    static boolean prose(KeywordFarm.Shape shape, ScriptMismatch.Profile profile) {
        boolean cjk = profile.han() + profile.kana() > profile.total() / 2;
        return !shape.isList() && shape.sentenceEnds() >= 1 && (cjk
                ? (profile.kana() * 10 >= profile.han() ? shape.hiraganaShare() >= 0.3 : shape.functionWordRate() >= 0.03)
                : shape.latinWords() >= 6 && shape.functionWordRate() >= 0.18);
    }

    /**
     * Whether the shape could give a clue about what the text is (brand names with digits, filter-dodging
     * characters, search-query phrases, stuffed words), measured cheaply: when not, {@link #score} gives none.
     */
    static boolean mayTellWhatItIs(SpamSuspect s) {
        String f = s.folded().folded();
        HashtagRun hashtags = HashtagRun.of(s.text());
        if (hashtags != null && hashtags.saidAgain() >= 2) {
            return true;
        }
        if (KeywordFarm.brandDigits(f) >= 3 || KeywordFarm.obfuscations(s.text()) >= 3) {
            return true;
        }
        RepeatedItems list = RepeatedItems.of(s.text());
        if (list != null && (list.keywordList() || list.capitalisedList())) {
            return true; // before the sentence end: a question mark may close each item ("Q: ...?")
        }
        if (KeywordFarm.hasSentenceEnd(f)) {
            return false; // search-query phrases and stuffed words have no sentence end
        }
        if (mostlyLowerCase(s.text()) || notCapitalized(s.text()) && Runs.of(s.text()).keyPhrases()) {
            return true;
        }
        int query = 0;
        for (String p : phrases(s, KeywordFarm.segments(s.text()))) {
            query += queryLike(p) ? 1 : 0;
        }
        return query >= 4;
    }

    /** The phrases of a suspect: the texts of its links when it has several, else its list's own separators. */
    private static List<String> phrases(SpamSuspect s, List<String> segments) {
        return s.linkReader() != null && s.linkReader().hasTexts(4) ? s.linkReader().texts() : segments;
    }

    /**
     * Whether {@code text} has enough words to be stuffed with keywords: at least {@link WordOrder#MIN_WORDS}, and at
     * least three different ones (one word over and over is a font probe or a placeholder: "word word word").
     */
    private static boolean keywords(String text) {
        List<String> words = WordOrder.words(text);
        return words.size() >= WordOrder.MIN_WORDS && new HashSet<>(words).size() >= 3;
    }

    /** How far above its words shuffled a text may fit the page's grammar and still read as words in random order. */
    private static final double MAX_GRAMMAR_Z = 0.5;
    /**
     * The same for a hidden text: words drawn at random fit the grammar about 0 standard deviations above their
     * shuffles, give or take one, so 0.5 leaves a third of them out. Hidden honest text without a sentence that
     * reaches the test (menus and link lists run together, on WCXB and the tuned sets' pages) shares at most 55% of
     * its words with the prose, not the 80% asked, whatever its fit.
     */
    private static final double MAX_HIDDEN_GRAMMAR_Z = 1.0;
    /**
     * How far above its words shuffled a text may fit the language's word order ({@link LanguageOrder}) and still
     * read as words in random order: shuffled words lie at 0 +- 1. Honest text without a sentence of 40 words or more,
     * words only, with a quarter of the language's frequent words (Zyte pages flattened, WCXB blocks: 86) lies at
     * 1.7 or more (session 18).
     */
    private static final double MAX_LANGUAGE_Z = 1.0;
    /** The sign that a text's words are in random order by {@link LanguageOrder}. */
    static final String RANDOM_ORDER = "shape.languageOrderAtChance";
    /** The sign of search phrases cut out of the article's own sentences ({@link WordOrder#cutFromProse}). */
    static final String PROSE_CUT = "shape.cutFromProse";
    /**
     * The most of the words of a list's capitalised phrases said again ({@link RepeatedItems#capitalised}) that the
     * article's prose may use for them to say what the list is.
     */
    static final double MAX_KNOWN_SHARE = 0.5;

    /** The sign of a list whose items are a few search phrases said again under their decoration ({@link RepeatedItems}). */
    static final String ITEMS_SAID_AGAIN = "shape.itemsSaidAgain";
    /** Fewest phrases of a list cut out of the prose, and their least share of it, for {@link #PROSE_CUT}. */
    private static final int MIN_CUT_PHRASES = 4;
    private static final double MIN_CUT_SHARE = 0.3;
    /**
     * Share of a text's words that must be the language's frequent words for {@link LanguageOrder} to judge it: words
     * drawn from prose have a third or more, menus, tag lists and names far fewer, another language hardly any.
     */
    private static final double MIN_LANGUAGE_SHARE = 0.25;
    /** Fewest words the grammar test judges: shorter prose fits its grammar too loosely to tell. */
    private static final int MIN_STUFFED_WORDS = 40;

    /**
     * Share of a text's words that must be the prose's most frequent ones (its function words, in any language): as
     * in prose, and as in words drawn from it; far fewer in headlines, menus and names.
     */
    private static final double MIN_FREQUENT_SHARE = 0.15;

    /**
     * Whether a text is nearly all the page's own words and has no more of the page's word pairs than its words
     * shuffled: what stuffing with the article's words looks like, and what a line of the article itself that lost
     * its full stop does not (its pairs are the prose's).
     */
    private static boolean pageWords(WordOrder.Order order) {
        return order.words() >= MIN_STUFFED_WORDS && order.known() >= 0.8 && order.pairs() <= order.shuffled();
    }

    /** Whether half of the suspect's text or more is the texts of four links or more: items of a list, not a text. */
    private static boolean linkTexts(SpamSuspect s) {
        HiddenLinks.Links links = s.links();
        return links != null && links.anchors() >= 4 && links.anchorChars() * 2 >= s.text().length();
    }

    /** Fewest words {@link #alphabetical} needs to tell a sorted list from chance. */
    private static final int MIN_SORTED_WORDS = 20;

    /**
     * Whether {@code text}'s words run in alphabetical order, give or take the later words of multi-word items: an
     * index or a tag cloud ("adote um amigo agua alerta ambiente amizade ..."), which a site sorts and a spammer does
     * not. Words are compared by their first letter without accents or case; shuffled words step back about every
     * other word, a sorted list of short items seldom.
     */
    static boolean alphabetical(String text) {
        int words = 0;
        int descents = 0;
        char previous = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!inWord) {
                    char first = baseLetter(c);
                    descents += words > 0 && first < previous ? 1 : 0;
                    previous = first;
                    words++;
                }
                inWord = true;
            } else {
                inWord = c == '-' || c == '\'' || c == '’' ? inWord : false;
            }
        }
        return words >= MIN_SORTED_WORDS && descents <= 0.2 * (words - 1);
    }

    private static char baseLetter(char c) {
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return Character.toLowerCase(base.charAt(0));
    }

    /** The share of {@code text}'s words that start with a lower-case letter (0 when it has none). */
    static double lowerCaseShare(String text) {
        WordStarts w = WordStarts.of(text);
        return w.words() == 0 ? 0 : w.lowerCase() / (double) w.words();
    }

    /** Whether {@code text} is a run of at least {@link WordOrder#MIN_WORDS} words, most of them lower case. */
    static boolean mostlyLowerCase(String text) {
        WordStarts w = WordStarts.of(text);
        // a word in a script without case (Chinese, Arabic) counts as lower case here
        return w.words() >= WordOrder.MIN_WORDS && w.notUpperCase() >= 0.6 * w.words();
    }

    /**
     * Whether {@code text} has at least {@code minWords} words, none starting with a capital, and four in five of them
     * in a writing system with case: how people type searches, in Latin, Cyrillic or Greek letters.
     */
    static boolean lowerCaseOnly(String text, int minWords) {
        WordStarts w = WordStarts.of(text);
        return w.words() >= minWords && w.notUpperCase() == w.words() && w.lowerCase() * 5 >= w.words() * 4;
    }

    /** Whether {@code text} has at least {@link Runs#MIN_WORDS} words, most of them not starting with a capital. */
    private static boolean notCapitalized(String text) {
        WordStarts w = WordStarts.of(text);
        return w.words() >= Runs.MIN_WORDS && w.notUpperCase() >= 0.6 * w.words();
    }

    /** How many words (runs of letters) a text has, and how many start lower case, or not upper case. */
    private record WordStarts(int words, int lowerCase, int notUpperCase) {

        static WordStarts of(String text) {
            int words = 0;
            int lower = 0;
            int notUpper = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (!inWord) {
                        words++;
                        lower += Character.isLowerCase(c) ? 1 : 0;
                        notUpper += Character.isUpperCase(c) ? 0 : 1;
                    }
                    inWord = true;
                } else {
                    inWord = false;
                }
            }
            return new WordStarts(words, lower, notUpper);
        }
    }

    /**
     * Keyword phrases said again: the stretches of a text's words that repeat, word for word, a run of three words
     * it said before.
     *
     * @param words how many words the text has
     * @param stretches how many stretches of repeated words it has
     * @param distinct how many different phrases those stretches say
     * @param share the share of its words inside them
     * @param medianLength the median stretch's length in words
     */
    record Runs(int words, int stretches, int distinct, double share, int medianLength) {

        /** Fewest words in which repeated runs are judged. */
        static final int MIN_WORDS = 12;
        private static final int RUN = 3;

        /** The words of {@code text}: its space-separated tokens without the punctuation around them, lower case. */
        static List<String> tokens(String text) {
            List<String> out = new ArrayList<>();
            for (String t : text.split("[\\s|·•/,;:()\\[\\]\"«»“”–—]+")) {
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }

        static Runs of(String text) {
            List<String> words = tokens(text);
            int n = words.size();
            if (n < MIN_WORDS) {
                return new Runs(n, 0, 0, 0, 0);
            }
            Set<String> seen = new HashSet<>();
            boolean[] repeated = new boolean[n - RUN + 1];
            for (int i = 0; i + RUN <= n; i++) {
                repeated[i] = !seen.add(String.join(" ", words.subList(i, i + RUN)));
            }
            // a stretch is a chain of repeated runs, each starting one word after the last: phrases said again next
            // to each other make stretches of their own unless they were next to each other before too
            List<Integer> lengths = new ArrayList<>();
            Map<String, String> phrase = new HashMap<>(); // each repeated run to its phrase's first
            boolean[] inside = new boolean[n];
            for (int i = 0; i < repeated.length; ) {
                if (!repeated[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < repeated.length && repeated[j]) {
                    j++;
                }
                int end = j - 1 + RUN;
                lengths.add(end - i);
                // the runs of one stretch are one phrase, and so is every stretch that shares a run with it
                String root = null;
                for (int k = i; k < j; k++) {
                    String r = find(phrase, String.join(" ", words.subList(k, k + RUN)));
                    if (root == null) {
                        root = r;
                    } else if (!r.equals(root)) {
                        phrase.put(r, root);
                    }
                }
                for (int k = i; k < end; k++) {
                    inside[k] = true;
                }
                i = j;
            }
            Set<String> phrases = new HashSet<>();
            for (String run : phrase.keySet()) {
                phrases.add(find(phrase, run));
            }
            int covered = 0;
            for (boolean b : inside) {
                covered += b ? 1 : 0;
            }
            lengths.sort(null);
            int median = lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2);
            return new Runs(n, lengths.size(), phrases.size(), covered / (double) n, median);
        }

        private static String find(Map<String, String> parent, String run) {
            String r = run;
            for (String up = parent.putIfAbsent(r, r); up != null && !up.equals(r); up = parent.get(r)) {
                r = up;
            }
            return r;
        }

        /**
         * Whether short phrases, two different ones at least, are said again and make up a fifth of the text: a bank
         * of keyword phrases drawn again. One phrase said again with different names ("facebook link, opens new
         * window instagram link, opens new window"), a title written twice or a verse's refrain is a single phrase,
         * or a long one.
         */
        boolean keyPhrases() {
            return distinct >= 2 && share >= 0.2 && medianLength <= MAX_PHRASE_WORDS;
        }

        private static final int MAX_PHRASE_WORDS = 8;
    }

    /** Whether {@code text} holds a sentence: eight words or more and a full stop, question or exclamation mark. */
    static boolean sentence(String text) {
        int words = text.strip().split("\\s+").length;
        return text.contains("。") || words >= 8 && (text.contains(". ") || text.endsWith(".") || text.contains("? ") || text.contains("! ")
                || text.contains("。"));
    }

    /** Two to seven words, none capitalized: how people type searches, not how sites name their pages. */
    static boolean queryLike(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length < 2 || words.length > 7) {
            return false;
        }
        int cased = 0;
        for (String w : words) {
            int cp = w.isEmpty() ? ' ' : w.codePointAt(0);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased += Character.isLowerCase(cp) ? 1 : 0;
        }
        return cased * 2 >= words.length;
    }

    /**
     * How many different items of a list, each a phrase and not a name, occur in it more than once, when their
     * repeats are a fifth of the list or more: a bank of keyword phrases drawn again. Menus repeat names and single
     * words (a site's menu written twice), and a template's items differ in their names.
     */
    static int itemsSaidAgain(List<String> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (String item : items) {
            String p = item.strip().toLowerCase(Locale.ROOT);
            String[] words = p.split("\\s+");
            boolean phrase = words.length >= 2 && words.length <= 7
                    || words.length == 1 && letters(p) >= 8 && uncased(p);
            if (phrase && !named(item.strip())) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        int again = 0;
        int repeats = 0;
        for (int c : counts.values()) {
            again += c > 1 ? 1 : 0;
            repeats += c - 1;
        }
        return repeats * 5 >= items.size() ? again : 0;
    }

    /**
     * Whether a phrase reads as a name by its capitals ({@link HiddenLinks#named}). Words of a writing system without
     * case tell nothing by their capitals: short ones ("토토 분석", two syllables each) would pass as the small words
     * inside a name ("of", "de"), so a phrase of them is never taken for a name.
     */
    private static boolean named(String phrase) {
        return HiddenLinks.named(phrase) && !(phrase.codePoints().anyMatch(Character::isLetter) && uncased(phrase));
    }

    /**
     * How many letters {@code word} has once its characters are taken apart into their letters (canonical
     * decomposition): a Hangul syllable is two or three letters, as the same sounds spelled in another alphabet are,
     * so that a compound word is as long in either.
     */
    private static int letters(String word) {
        String apart = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        return (int) apart.codePoints().filter(Character::isLetter).count();
    }

    /** Whether a word's letters have no case at all (Thai, Arabic, Hebrew, Hindi), unlike "iPhone" or "eBay". */
    private static boolean uncased(String word) {
        return word.codePoints().filter(Character::isLetter).noneMatch(c -> Character.isUpperCase(c)
                || Character.isLowerCase(c) || Character.isTitleCase(c));
    }

    /**
     * For scripts that are neither Latin nor Chinese or Japanese: the share of space-separated tokens (of three
     * characters or more) that repeat an earlier one.
     */
    private static double tokenRepetition(String text, ScriptMismatch.Profile profile) {
        ScriptMismatch.Writing w = profile.dominant(0.6);
        if (w == null || w == ScriptMismatch.Writing.LATIN || w == ScriptMismatch.Writing.CHINESE
                || w == ScriptMismatch.Writing.JAPANESE) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        int repeats = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePointCount(0, token.length()) < 3) {
                continue;
            }
            total++;
            repeats += seen.add(token) ? 0 : 1;
        }
        return total < 12 ? 0 : repeats / (double) total;
    }
}
