package org.broadsheet.analysis;

/**
 * A number the article states: an amount of money, a percentage, a count or an ordinal.
 *
 * @param kind what sort of number it is
 * @param text the words, exactly as written ("$240.1 billion")
 * @param start offset in {@code article.text()}
 * @param end offset after it
 * @param value the number, scale applied ("$240.1 billion" is 240100000000)
 * @param unit the currency as an ISO 4217 code for money ({@code USD}), {@code percent}, or the counted
 *        noun for counts and ordinals ("times", "years", "trading partner"); {@code null} when unknown
 * @param qualifier "more than", "about", "up to" and the like, or {@code null}
 * @param measures what the number measures, in the article's words ("Annual bilateral trade"), or {@code null}
 * @param period the period it refers to, normalized like {@link DateMention#value()} ("2023"), or {@code null}
 */
public record Figure(Kind kind, String text, int start, int end, double value, String unit, String qualifier,
        String measures, String period) {

    /** What sort of number a figure is. */
    public enum Kind {
        /** An amount of money. */
        MONEY,
        /** A percentage. */
        PERCENT,
        /** A number of things. */
        COUNT,
        /** A rank or position ("75th", "eighth-largest"). */
        ORDINAL,
        /** A length of time ("six years", "a three-hour interview"); the unit is years, months, ..., minutes. */
        DURATION
    }
}
