package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        if (links == null || links.anchors() == 0) {
            return new Result(clues, false);
        }
        boolean farm = links.farm();
        if (farm) {
            clues.add(Clue.sign("links.farm", false, links.anchors() + " links to " + links.externalHosts()
                    + " other sites"));
        }
        clues.add(Clue.measure("links.anchors", Math.log1p(links.anchors()), () -> links.anchors() + " links"));
        if (links.externalHosts() > 0) {
            clues.add(Clue.measure("links.externalHosts", Math.log1p(links.externalHosts()),
                    () -> "links to " + links.externalHosts() + " other sites"));
            clues.add(Clue.measure("links.externalShare", Math.min(1, links.externalHosts() / (double) links.anchors()),
                    () -> String.format(Locale.ROOT, "%.0f%% of its links go to distinct other sites",
                            100.0 * Math.min(1, links.externalHosts() / (double) links.anchors()))));
        }
        double keywords = links.keywordAnchors() / (double) links.anchors();
        clues.add(Clue.measure("links.keywordTexts", keywords, () -> String.format(Locale.ROOT,
                "%.0f%% of its link texts are phrases, not names", 100 * keywords)));
        double linked = Math.min(1, links.anchorChars() / (double) Math.max(1, s.text().length()));
        clues.add(Clue.measure("links.linkedText", linked, () -> String.format(Locale.ROOT, "%.0f%% of its text is links",
                100 * linked)));
        if (links.hreflang()) {
            clues.add(Clue.sign("links.hreflang", false, "links marked with their language (hreflang)"));
        }
        return new Result(clues, farm);
    }
}
