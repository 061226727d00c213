package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;

/**
 * The markup component: whether the page hides the text from readers (style sheets, inline styles, colour against
 * background, off-screen boxes, the {@code hidden} attribute, {@code <noscript>}). Hiding alone is no content clue:
 * hidden site furniture (menus, skip links, drawers) is common; hidden links to other sites with keyword texts are,
 * and so are hidden words without a sentence that are not the site's links, which then reach the model.
 */
final class MarkupScore {

    /** The sign of hidden text whose links go to other sites with phrases for texts. */
    static final String HIDDEN_OFFSITE_LINKS = "markup.hiddenOffsiteLinks";

    /** Fewest characters a hidden link to another site has on average to read as a search phrase, not a name. */
    private static final int MIN_MEAN_ANCHOR_CHARS = 15;

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
            // hidden menus and drawers are the site's own links; hidden tabs and notices are sentences. A clue about
            // what the text is, so that planted words no word list or phrase shape knows still reach the model
            // (session 20: hidden hashtags of unseen families stopped at the gate before)
            clues.add(Clue.sign("markup.hiddenWords", true, "hidden, and words without a sentence, not the site's links"));
        }
        // a hidden list of phrases linking to many other sites: honest hidden lists are the site's own menus, or name
        // other sites in a word or two (browsers to update to, the group's regional editions)
        foreignLinks |= links != null && links.farm() && letters >= 100 && !sentence
                && links.anchorChars() >= MIN_MEAN_ANCHOR_CHARS * links.anchors();
        if (foreignLinks) {
            clues.add(Clue.sign(HIDDEN_OFFSITE_LINKS, true, "hidden, with " + links.anchors()
                    + " links to other sites"));
        }
        return clues;
    }
}
