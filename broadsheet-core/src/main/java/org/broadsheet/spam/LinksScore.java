package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;

/** The links component: where the text's links go (many other sites, none of them the page's own). */
final class LinksScore {

    /**
     * What the links say.
     *
     * @param clues the evidence
     * @param farm many links to many other sites
     */
    record Result(List<Clue> clues, boolean farm) {
    }

    private LinksScore() {
    }

    static Result score(SpamSuspect s) {
        List<Clue> clues = new ArrayList<>();
        HiddenLinks.Links links = s.links();
        boolean farm = links != null && links.farm();
        if (farm) {
            clues.add(new Clue("links", 2, false, links.anchors() + " links to " + links.externalHosts()
                    + " other sites"));
        }
        return new Result(clues, farm);
    }
}
