package org.broadsheet.analysis;

import java.util.List;

/**
 * A place the article names, canonical within the article. A country also collects its other names
 * ("People's Republic of China"), its adjectives ("Sino-"), and its capital where the capital stands for
 * the government ("Beijing's hope"), each mention saying which of these it is.
 *
 * @param name the canonical name ("China")
 * @param country true when the place is a country
 * @param mentions every mention in the body, in order
 */
public record Place(String name, boolean country, List<Mention> mentions) {

    /** Copies the list, so that the value cannot change. */
    public Place {
        mentions = List.copyOf(mentions);
    }
}
