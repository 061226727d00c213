package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The links component: where the text's links go (many other sites, none of them the page's own), rendered or written
 * out as text.
 */
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

    /**
     * The links' evidence: the rendered links of an HTML suspect, and links written out as text in any suspect
     * ({@link WrittenLinks}); {@code site} gives the site's own registrable domain, or null, when first asked.
     */
    static Result score(SpamSuspect s, Supplier<String> site) {
        List<Clue> clues = new ArrayList<>();
        written(s.text(), site, clues);
        HiddenLinks.Links links = s.links();
        if (links == null || links.anchors() == 0) {
            return new Result(List.copyOf(clues), false);
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

    /**
     * The evidence of links written out as text, under names of their own: how many, to how many other sites (none of
     * them the site's own), how much of the text they take.
     */
    private static void written(String text, Supplier<String> site, List<Clue> clues) {
        if (!WrittenLinks.mayHold(text)) {
            return; // no address written out: the site need not be read
        }
        WrittenLinks w = WrittenLinks.of(text, site.get());
        if (w.links() == 0) {
            return;
        }
        if (w.farm()) {
            clues.add(Clue.sign("links.writtenFarm", false, w.links() + " links written out as text to "
                    + w.externalHosts() + " other sites"));
        }
        clues.add(Clue.measure("links.writtenOut", Math.log1p(w.links()), () -> w.links()
                + " links written out as text"));
        if (w.externalHosts() > 0 && w.ownLinks() == 0) {
            clues.add(Clue.measure("links.writtenHosts", Math.log1p(w.externalHosts()), () -> "links written out to "
                    + w.externalHosts() + " other sites, none the site's own"));
        }
        double share = Math.min(1, w.chars() / (double) Math.max(1, text.length()));
        clues.add(Clue.measure("links.writtenShare", share, () -> String.format(Locale.ROOT,
                "%.0f%% of its text is links written out", 100 * share)));
    }
}
