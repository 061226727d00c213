package org.broadsheet.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pounds that weigh, not sterling: the tagger reads every "pounds" after a number as money. An amount in pounds is a
 * weight when a substance follows it ("5,200 pounds of water vapor"), or when it is written in plain digits, with no
 * pound sign and no scale ("20 pounds", not "£20" or "9 million pounds"), in a sentence about weight ("weighed about
 * 27 kg (60 pounds)", "shed 15 pounds to make weight").
 */
final class PoundWeights {

    /** A plain amount in pounds: digits, then the word, nothing between (no scale, no sign). */
    private static final Pattern PLAIN_POUNDS = Pattern.compile("(?i)\\d[\\d,]*(?:\\.\\d+)?\\s*pounds?");
    /** Words of weighing: the verb and the noun, a metric weight beside it, or gaining and losing it. */
    private static final Pattern WEIGHT_WORDS = Pattern.compile("(?i)weigh|\\b(?:kg|kilos?|kilograms?|heav(?:y|ier|iest)"
            + "|lighter|lose|loses|losing|lost|shed|sheds|shedding|gain|gains|gained|gaining)\\b");
    private static final Pattern MONEY_SIGN = Pattern.compile("[$£€].*");

    private PoundWeights() {
    }

    /**
     * Whether the tagged money {@code amount} (the mention's text) of sentence {@code s}, its last token {@code j},
     * is a weight.
     */
    static boolean weighs(Sentence s, String amount, int j) {
        String text = amount.toLowerCase(Locale.ROOT);
        if (!text.matches(".*pounds?")) {
            return false;
        }
        boolean substanceAfter = j + 2 <= s.size() && s.word(j + 1).equalsIgnoreCase("of")
                && !MONEY_SIGN.matcher(s.word(j + 2)).matches();
        return substanceAfter || PLAIN_POUNDS.matcher(amount).matches() && WEIGHT_WORDS.matcher(s.whole().text()).find();
    }
}
