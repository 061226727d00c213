package org.broadsheet.analysis;

import java.util.List;

/**
 * Something that happened between named actors: a meeting, an exchange of messages, a statement.
 *
 * @param kind what sort of event
 * @param trigger the word that says so ("exchanged", "met", "said")
 * @param participants canonical names of the people, organizations or places that took part
 * @param date when, normalized like {@link DateMention#value()}, or {@code null} when the sentence does not say
 * @param sentence the sentence that reports it, with offsets
 */
public record Event(Kind kind, String trigger, List<String> participants, String date, Span sentence) {

    /** Copies the list, so that the value cannot change. */
    public Event {
        participants = List.copyOf(participants);
    }

    /** What sort of event. */
    public enum Kind {
        /** People met or held talks. */
        MEETING,
        /** Messages, letters, calls or congratulations were exchanged. */
        EXCHANGE_OF_MESSAGES,
        /** Someone made a statement on a stated day (or published one). */
        STATEMENT
    }
}
