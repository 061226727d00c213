package org.broadsheet.analysis;

import java.util.List;

/**
 * An organization the article names, canonical within the article ("Shanghai Cooperation Organization"
 * and "SCO" are one).
 *
 * @param name the canonical name: the fullest form in the article
 * @param mentions every mention in the body, in order
 * @param publisher true when it is the article's publisher (named in the metadata, perhaps not in the body)
 */
public record Organization(String name, List<Mention> mentions, boolean publisher) {

    /** Copies the list, so that the value cannot change. */
    public Organization {
        mentions = List.copyOf(mentions);
    }
}
