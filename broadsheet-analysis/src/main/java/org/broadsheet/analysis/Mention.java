package org.broadsheet.analysis;

/**
 * A stretch of the article body that refers to something: a person, an organization, a place.
 * Offsets are UTF-16 character offsets into {@code article.text()}, end exclusive.
 *
 * @param text the text as it appears in the body
 * @param start offset of the first character
 * @param end offset after the last character
 * @param kind how it refers
 */
public record Mention(String text, int start, int end, Kind kind) {

    /** How a mention refers to its entity. */
    public enum Kind {
        /** The full name, as in "Xi Jinping". */
        NAME,
        /** A part or short form of the name ("Xi", "SCO"). */
        SHORT_NAME,
        /** A resolved pronoun ("he", "his"). */
        PRONOUN,
        /** A capital city standing for the country's government ("Beijing's hope"). */
        CAPITAL,
        /** An adjective or prefix formed from the name ("Russian", "Sino-"). */
        DEMONYM
    }
}
