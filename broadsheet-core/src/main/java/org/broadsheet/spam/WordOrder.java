package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The page's own prose as word pairs, to tell real words in random order (keyword stuffing) from writing: prose
 * in the page's language reuses the page's word pairs ("of the", "said on") far more often than the same words
 * shuffled do; stuffed text does not. The test needs no word list, so it works in any language written with
 * spaces between words. Built once per page from its body blocks.
 */
final class WordOrder {

    /** Fewest words a text needs before its order is judged. */
    static final int MIN_WORDS = 25;

    private final Map<Long, Integer> pairs = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final int words;

    /** The prose, kept for {@link #grammar}, whose classes are learnt on first use: few texts need them. */
    private final List<String> prose;
    /** The prose's most frequent words, each its own class in {@link #grammar}; every other word is one class. */
    private Map<String, Integer> frequent;
    /** How often the prose uses each word, and the words it ends a clause with; learnt with the classes. */
    private Map<String, Integer> counts;
    private Set<String> clauseEnds;
    /** Class pair counts of the prose: [from][to], the last class being every other word. */
    private int[][] classPairs;
    private int[] classFrom;
    private int[] classCount;

    /** Learns the word pairs of {@code prose}. */
    WordOrder(List<String> prose) {
        this.prose = prose;
        int n = 0;
        for (String text : prose) {
            List<String> w = words(text);
            n += w.size();
            vocabulary.addAll(w);
            for (int i = 0; i + 1 < w.size(); i++) {
                pairs.merge(pair(w.get(i), w.get(i + 1)), 1, Integer::sum);
            }
        }
        this.words = n;
    }

    /** Learns the classes of the prose's words and how they follow each other. */
    private void learnClasses() {
        List<List<String>> texts = new ArrayList<>();
        counts = new HashMap<>();
        clauseEnds = new HashSet<>();
        for (String text : prose) {
            List<String> w = words(text, clauseEnds);
            texts.add(w);
            for (String word : w) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        frequent = new HashMap<>();
        // the words prose is built with (the, of, and; der, und; 의, 을 are not spaced off, so fewer there)
        counts.entrySet().stream().filter(e -> e.getValue() >= MIN_FREQUENT)
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(FREQUENT_CLASSES)
                .forEach(e -> frequent.put(e.getKey(), frequent.size()));
        int k = frequent.size() + 1;
        classPairs = new int[k][k];
        classFrom = new int[k];
        classCount = new int[k];
        for (List<String> w : texts) {
            for (int i = 0; i < w.size(); i++) {
                int a = classOf(w.get(i));
                classCount[a]++;
                if (i + 1 < w.size()) {
                    classPairs[a][classOf(w.get(i + 1))]++;
                    classFrom[a]++;
                }
            }
        }
    }

    private static final int FREQUENT_CLASSES = 40;
    private static final int MIN_FREQUENT = 3;

    private int classOf(String word) {
        return frequent.getOrDefault(word, frequent.size());
    }

    /**
     * How the order of {@code text}'s words compares with the page's prose, by classes of words: each of the prose's
     * most frequent words alone, every other word one class. Prose follows its language's grammar ("of the" and
     * "the [word]" often, "the and" never), shuffled words do not; judged against the same words shuffled.
     *
     * @param words how many words were judged
     * @param frequent the share of them that are the prose's frequent words
     * @param z how many standard deviations the text's fit to the prose's grammar lies above the mean of its words
     *        shuffled: prose several, words in random order about 0
     */
    record Grammar(int words, double frequent, double z) {
    }

    /**
     * The share of {@code text}'s words that are the prose's most frequent ones (its function words, in any language
     * with spaces), or -1 when the prose is too short to say: a clause of the article's language has many, search
     * phrases hardly any.
     */
    double frequentShare(String text) {
        if (words < 150) {
            return -1;
        }
        if (frequent == null) {
            learnClasses();
        }
        List<String> w = words(text);
        if (frequent.size() < 5 || w.isEmpty()) {
            return -1;
        }
        int n = 0;
        for (String word : w) {
            n += frequent.containsKey(word) ? 1 : 0;
        }
        return n / (double) w.size();
    }

    /**
     * Whether {@code phrase}, two words or more, is a run of the prose's words cut where no phrase of its own would
     * end: every word of it is the prose's, and its last word is one the prose uses three times or more
     * and never ends a clause with ("activities and", "gap the", "moved to the new"): the words a language binds to
     * the next one. Phrases a site names its pages, tags or searches by end on a word of their own ("city council",
     * "best wireless headphones"), not on a run cut out of a sentence at a random place. False when the prose is too
     * short to say.
     */
    boolean cutFromProse(String phrase) {
        if (words < 150) {
            return false;
        }
        if (frequent == null) {
            learnClasses();
        }
        List<String> w = words(phrase);
        if (frequent.size() < 5 || w.size() < 2) {
            return false;
        }
        if (!vocabulary.containsAll(w)) {
            return false;
        }
        String last = w.get(w.size() - 1);
        return counts.getOrDefault(last, 0) >= MIN_FREQUENT && !clauseEnds.contains(last);
    }

    /** Whether a clause of {@code text} ends after the word that ends at {@code end}: a stop, a comma, the text's end. */
    private static boolean endsAClause(String text, int end) {
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return CLAUSE_END.indexOf(c) >= 0;
            }
        }
        return true;
    }

    /** Marks that end a clause; not quotes, which open one as often as they close it. */
    private static final String CLAUSE_END = ".,;:!?)]…。，、！？";

    /** Judges {@code text}'s word order by the prose's grammar, or null when there is too little of either. */
    Grammar grammar(String text) {
        if (words < 150) {
            return null;
        }
        if (frequent == null) {
            learnClasses();
        }
        if (frequent.size() < 5) {
            return null;
        }
        List<String> w = words(text);
        if (w.size() < MIN_GRAMMAR_WORDS) {
            return null;
        }
        if (w.size() > 2000) {
            w = w.subList(0, 2000);
        }
        int[] c = new int[w.size()];
        int inFrequent = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = classOf(w.get(i));
            inFrequent += c[i] < frequent.size() ? 1 : 0;
        }
        int k = classCount.length;
        double total = 0;
        for (int x : classCount) {
            total += x;
        }
        // log P(b | a) - log P(b), with P(b | a) drawn towards P(b) where the prose saw little of a
        double[][] gain = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double pb = (classCount[b] + 0.5) / (total + 0.5 * k);
                double pba = (classPairs[a][b] + SMOOTHING * pb) / (classFrom[a] + SMOOTHING);
                gain[a][b] = Math.log(pba / pb);
            }
        }
        return new Grammar(w.size(), inFrequent / (double) w.size(),
                ShuffledOrder.z(c, x -> fit(x, gain), text.hashCode()));
    }

    private static final double SMOOTHING = 4;
    /** Fewest words {@link #grammar} judges. */
    static final int MIN_GRAMMAR_WORDS = 20;

    private static double fit(int[] c, double[][] gain) {
        double f = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            f += gain[c[i]][c[i + 1]];
        }
        return f;
    }

    /**
     * What the order of {@code text}'s words says.
     *
     * @param words how many words were judged
     * @param known share of them the page's prose uses too
     * @param pairs adjacent pairs the page's prose has (outside this text)
     * @param shuffled the same, averaged over shuffles of the words
     */
    record Order(int words, double known, int pairs, double shuffled) {

        /**
         * Words the page knows, in an order no more like its prose than chance; only judged when chance alone
         * would give a few of the page's pairs, so that prose would have shown many more.
         */
        boolean random() {
            return words >= MIN_WORDS && known >= 0.5 && shuffled >= 1.5 && pairs <= shuffled * 1.25 + 0.5
                    && pairs >= shuffled * 0.3 - 1; // far fewer than chance: a list, not shuffled words
        }

        /**
         * Whether its word pairs are more likely prose's than chance's: prose in the page's language has about three
         * times as many of the page's pairs as its words shuffled (a likelihood ratio of two Poisson counts).
         */
        boolean likeProse() {
            return pairs >= 2 && pairs * Math.log(3) - 2 * shuffled >= 0;
        }
    }

    /**
     * The share of {@code text}'s words of three letters or more that the page's prose uses too, or -1 when the
     * prose or the text has too few words to say: a block in the page's language shares many of its words (the
     * language's own small words, the topic's), one in another language or vocabulary hardly any.
     */
    double knownShare(String text) {
        if (words < 150) {
            return -1;
        }
        int n = 0;
        int known = 0;
        for (String w : words(text)) {
            if (w.codePointCount(0, w.length()) >= 3) {
                n++;
                known += vocabulary.contains(w) ? 1 : 0;
            }
        }
        return n < MIN_VOCABULARY_WORDS ? -1 : known / (double) n;
    }

    /** Fewest words of three letters or more a text needs before its vocabulary is compared with the page's. */
    static final int MIN_VOCABULARY_WORDS = 8;

    /** Where the words glued into a hashtag meet: a capital after a small letter, or what is no letter. */
    private static final java.util.regex.Pattern GLUED_WORDS = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll})(?=\\p{Lu})|\\P{L}+");

    /**
     * The share of {@code tags} (hashtags without their '#') that are the prose's words, or -1 when the prose is too
     * short to say: a tag is the prose's when it is one of its words, or when half of the words glued into it (told
     * apart by their capitals) are, counting those of three letters or more.
     */
    double knownTagShare(List<String> tags) {
        if (words < 150 || tags.isEmpty()) {
            return -1;
        }
        int known = 0;
        for (String tag : tags) {
            List<String> pieces = new ArrayList<>();
            for (String piece : GLUED_WORDS.split(tag)) {
                if (piece.codePointCount(0, piece.length()) >= 3) {
                    pieces.add(piece.toLowerCase(java.util.Locale.ROOT));
                }
            }
            long ours = pieces.stream().filter(vocabulary::contains).count();
            boolean whole = vocabulary.contains(tag.toLowerCase(java.util.Locale.ROOT));
            known += whole || !pieces.isEmpty() && ours * 2 >= pieces.size() ? 1 : 0;
        }
        return known / (double) tags.size();
    }

    /** Judges {@code text}'s word order against the page's prose, or null when there is too little of either. */
    Order judge(String text) {
        if (words < 150) {
            return null;
        }
        List<String> w = words(text);
        if (w.size() < MIN_WORDS) {
            return null;
        }
        if (w.size() > 2000) {
            w = w.subList(0, 2000);
        }
        Map<Long, Integer> own = new HashMap<>();
        for (int i = 0; i + 1 < w.size(); i++) {
            own.merge(pair(w.get(i), w.get(i + 1)), 1, Integer::sum);
        }
        int known = 0;
        for (String word : w) {
            known += vocabulary.contains(word) ? 1 : 0;
        }
        int original = hits(w, own);
        Random random = new Random(text.hashCode());
        double shuffled = 0;
        List<String> copy = new ArrayList<>(w);
        for (int k = 0; k < 5; k++) {
            java.util.Collections.shuffle(copy, random);
            shuffled += hits(copy, own);
        }
        return new Order(w.size(), known / (double) w.size(), original, shuffled / 5);
    }

    /** Pairs of {@code w} that the page's prose has outside the text itself ({@code own}). */
    private int hits(List<String> w, Map<Long, Integer> own) {
        int n = 0;
        for (int i = 0; i + 1 < w.size(); i++) {
            long p = pair(w.get(i), w.get(i + 1));
            if (pairs.getOrDefault(p, 0) - own.getOrDefault(p, 0) > 0) {
                n++;
            }
        }
        return n;
    }

    private static long pair(String a, String b) {
        return ((long) a.hashCode() << 32) ^ (b.hashCode() & 0xffffffffL);
    }

    /** Lower-cased runs of letters. */
    static List<String> words(String text) {
        return words(text, null);
    }

    /** Lower-cased runs of letters; those that end a clause ({@link #endsAClause}) are added to {@code clauseEnds} too. */
    private static List<String> words(String text, Set<String> clauseEnds) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                out.add(word);
                if (clauseEnds != null && endsAClause(text, i)) {
                    clauseEnds.add(word);
                }
                start = -1;
            }
        }
        return out;
    }
}
