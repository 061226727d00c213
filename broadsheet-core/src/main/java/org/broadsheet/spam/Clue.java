package org.broadsheet.spam;

import java.util.function.Supplier;

/**
 * One piece of evidence about a suspect text, as one scoring component found it. How much it counts is the
 * learned model's to say ({@link SpamModel}); the clue says what was seen.
 *
 * @param feature the evidence's name in the model, {@code component.what}: {@code words.strong}, {@code shape.list},
 *        {@code links.externalHosts}; the component is one of {@code words}, {@code shape}, {@code script},
 *        {@code place}, {@code markup}, {@code links} or {@code guard}
 * @param value how much of it there is: 1 for a yes/no sign, else a measure (a count, a share, a logarithm)
 * @param content whether it is about what the text is (its words, form, script, links) rather than only where or
 *        how it sits: a verdict needs at least one such clue, so that position and hiding alone never flag a block.
 *        Only the words, shape, script and markup components give such clues: the judge weighs nothing else
 *        when they give none
 * @param description the evidence, in words a user can check; made only when a finding names it
 * @param measure whether it is a plain measure (length, position, shares) that every suspect has, rather than a
 *        sign that was found; a finding names measures only when they weighed for spam
 */
record Clue(String feature, double value, boolean content, Supplier<String> description, boolean measure) {

    /** A sign that was found, {@code value} telling how much of it. */
    Clue(String feature, double value, boolean content, String reason) {
        this(feature, value, content, () -> reason, false);
    }

    /** A yes/no sign that is present. */
    static Clue sign(String feature, boolean content, String reason) {
        return new Clue(feature, 1, content, reason);
    }

    /** A measure, which alone says nothing about what the text is; its words are written only when needed. */
    static Clue measure(String feature, double value, Supplier<String> reason) {
        return new Clue(feature, value, false, reason, true);
    }

    /** The evidence, in words a user can check. */
    String reason() {
        return description.get();
    }

    /** The component that found it. */
    String component() {
        int dot = feature.indexOf('.');
        return dot < 0 ? feature : feature.substring(0, dot);
    }
}
