package org.broadsheet.analysis;

/**
 * Who said something.
 *
 * @param name the canonical name of the person or organization, the words of the article for a group
 *        ("Analysts") or an unnamed source ("a person familiar with the matter"), or {@code "unattributed"}
 * @param kind what the speaker is
 * @param mention the words in the body that name the speaker for this statement ("he", "Zhang"), or
 *        {@code null} when unattributed or carried over from an earlier statement
 */
public record Speaker(String name, Kind kind, Mention mention) {

    /** The speaker of a quote that the article does not attribute. */
    public static final Speaker UNATTRIBUTED = new Speaker("unattributed", Kind.UNATTRIBUTED, null);

    /** What a speaker is. */
    public enum Kind {
        /** A named person (see {@link Analysis#people()}). */
        PERSON,
        /** A named organization or a government. */
        ORGANIZATION,
        /** One unnamed person or an authorless document ("a spokesman", "a person familiar with the matter"). */
        UNNAMED,
        /** Several people who are no organization ("Analysts", "residents", "Three port officials"). */
        GROUP,
        /** The article does not say who. */
        UNATTRIBUTED
    }
}
