package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;

/** The place component: where on the page the text sits (after the footer, at the very top or end). */
final class PlaceScore {

    private PlaceScore() {
    }

    static List<Clue> score(SpamSuspect s, SpamPage page) {
        List<Clue> clues = new ArrayList<>();
        if (s.field()) {
            return clues;
        }
        int n = page.decisions.size();
        clues.add(Clue.measure("place.position", n <= 1 ? 0 : s.from() / (double) (n - 1),
                () -> "block " + (s.from() + 1) + " of " + n));
        if (s.from() >= page.footer && page.footer < n) {
            clues.add(Clue.sign("place.afterFooter", false, "after the page footer"));
        } else if (page.firstBody >= 0 && s.to() < page.firstBody && s.from() <= 1) {
            clues.add(Clue.sign("place.top", false, "at the very top of the page"));
        } else if (page.lastBody >= 0 && s.from() > page.lastBody && s.to() >= n - 2) {
            clues.add(Clue.sign("place.end", false, "at the very end of the page"));
        }
        return clues;
    }
}
