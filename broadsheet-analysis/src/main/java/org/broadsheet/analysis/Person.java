package org.broadsheet.analysis;

import java.util.List;

/**
 * A person the article names, as one entity: "Xi", "he" and "President Xi Jinping" are one person.
 *
 * @param name the canonical name: the fullest form in the article ("Xi Jinping")
 * @param mentions every mention in the body, in order, pronouns included where resolved
 * @param roles roles and titles as stated
 * @param author true when the person is credited in the byline
 */
public record Person(String name, List<Mention> mentions, List<Role> roles, boolean author) {

    /** Copies the lists, so that the value cannot change. */
    public Person {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
