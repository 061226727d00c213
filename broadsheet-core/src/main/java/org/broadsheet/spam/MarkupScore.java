package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;

/**
 * The markup component: whether the page hides the text from readers (style sheets, inline styles, colour against
 * background, off-screen boxes, the {@code hidden} attribute, {@code <noscript>}). Hiding counts only together with
 * something the text is; hidden site furniture (menus, skip links) is common.
 */
final class MarkupScore {

    private MarkupScore() {
    }

    /** @param suspicious whether another component found something about what the text is */
    static List<Clue> score(SpamSuspect s, boolean suspicious) {
        List<Clue> clues = new ArrayList<>();
        if (s.hiding() == null) {
            return clues;
        }
        HiddenLinks.Links links = s.links();
        boolean foreignLinks = links != null && links.externalHosts() >= 1 && links.externalHosts() * 2 >= links.anchors()
                && !links.social()
                && links.anchorChars() * 2 >= s.text().length() && links.keywordAnchors() * 2 > links.anchors();
        if (foreignLinks) {
            clues.add(new Clue("markup", 2.5, true, "hidden from readers: " + s.hiding() + ", with "
                    + links.anchors() + " links to other sites"));
        } else if (suspicious) {
            clues.add(new Clue("markup", 2.5, false, "hidden from readers: " + s.hiding()));
        } else {
            clues.add(new Clue("markup", 0, false, "hidden from readers: " + s.hiding()));
        }
        return clues;
    }
}
