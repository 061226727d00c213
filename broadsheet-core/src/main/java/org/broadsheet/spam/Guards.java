package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;

/**
 * What speaks against spam: prose, a language switcher, the site's own furniture (about, contact, copyright),
 * article body, share links.
 */
final class Guards {

    private Guards() {
    }

    /**
     * @param prose the text reads as prose
     * @param switcher the text is a language or edition switcher
     * @param furniture most of its phrases are site furniture
     */
    static List<Clue> score(SpamSuspect s, boolean prose, boolean dense, boolean switcher, boolean furniture) {
        List<Clue> clues = new ArrayList<>();
        if (prose && !dense) {
            clues.add(Clue.sign("guard.prose", false, "reads as prose"));
        }
        if (switcher) {
            clues.add(Clue.sign("guard.switcher", false, "a language or edition switcher"));
        }
        if (furniture) {
            clues.add(Clue.sign("guard.furniture", false, "site links (about, contact, copyright)"));
        }
        if (s.inBody() && s.hiding() == null) {
            clues.add(Clue.sign("guard.inBody", false, "inside the article body"));
        }
        if (s.links() != null && s.links().social()) {
            clues.add(Clue.sign("guard.social", false, "share links"));
        }
        return clues;
    }
}
