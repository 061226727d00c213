package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;

/**
 * The markup component: whether the page hides the text from readers (style sheets, inline styles, colour against
 * background, off-screen boxes, the {@code hidden} attribute, {@code <noscript>}). Hiding alone is no content clue:
 * hidden site furniture (menus, skip links, drawers) is common; hidden links to other sites with keyword texts are.
 */
final class MarkupScore {

    private MarkupScore() {
    }

    static List<Clue> score(SpamSuspect s) {
        List<Clue> clues = new ArrayList<>();
        if (s.hiding() == null) {
            return clues;
        }
        clues.add(Clue.sign("markup.hidden", false, "hidden from readers: " + s.hiding()));
        HiddenLinks.Links links = s.links();
        boolean foreignLinks = links != null && links.externalHosts() >= 1 && links.externalHosts() * 2 >= links.anchors()
                && !links.social()
                && links.anchorChars() * 2 >= s.text().length() && links.keywordAnchors() * 2 > links.anchors();
        boolean ownLinks = links != null && links.anchorChars() * 2 >= s.text().length()
                && links.externalHosts() * 2 < links.anchors();
        int letters = 0;
        for (int i = 0; i < s.text().length() && letters < 100; i++) {
            letters += Character.isLetter(s.text().charAt(i)) ? 1 : 0;
        }
        boolean sentence = ShapeScore.sentence(s.text());
        if (!ownLinks && letters >= 100 && !sentence) {
            // hidden menus and drawers are the site's own links; hidden tabs and notices are sentences
            clues.add(Clue.sign("markup.hiddenWords", false, "hidden, and words without a sentence, not the site's links"));
        }
        // a hidden list of phrases linking to many other sites: honest hidden lists are the site's own menus
        foreignLinks |= links != null && links.farm() && letters >= 100 && !sentence;
        if (foreignLinks) {
            clues.add(Clue.sign("markup.hiddenOffsiteLinks", true, "hidden, with " + links.anchors()
                    + " links to other sites"));
        }
        return clues;
    }
}
