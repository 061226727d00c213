package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;

/**
 * Trims the edges of the body. Article containers often start with a byline or date line and end with
 * a sign-off, tag line or "Related" heading; such short, unpunctuated lines at either end of the body
 * are page furniture, while the same line between two paragraphs may be a subheading.
 */
public final class ArticleEdges {

    private static final int SHORT = 60;

    private ArticleEdges() {
    }

    public static List<Decision> trim(List<Decision> decisions) {
        List<Decision> out = new ArrayList<>(decisions);
        boolean afterTitle = false;
        for (int i = 0; i < out.size(); i++) {
            Decision d = out.get(i);
            if (!d.isBody()) {
                afterTitle |= d.kind() == Boilerplate.TITLE;
                continue;
            }
            if (d.block().element() != null && d.block().element().normalName().equals("h1")) {
                out.set(i, Decision.removed(d.block(), Boilerplate.TITLE, "top-level heading before the first paragraph"));
                afterTitle = true;
                continue;
            }
            if (afterTitle && d.block().type() == BlockType.HEADING && d.block().length() >= 40) {
                out.set(i, Decision.removed(d.block(), Boilerplate.SUBTITLE, "sentence-long heading right under the headline"));
                continue;
            }
            if (!isEdgeFurniture(d, true)) {
                break;
            }
            out.set(i, Decision.removed(d.block(), Boilerplate.BYLINE, "short line before the first paragraph"));
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            Decision d = out.get(i);
            if (!d.isBody()) {
                continue;
            }
            // a list, quote, table or code closing the article is part of it (a roster, an embedded post, results),
            // not furniture
            if (!isEdgeFurniture(d, false) || d.block().type() == BlockType.LIST_ITEM
                    || d.block().type() == BlockType.QUOTE || d.block().type() == BlockType.TABLE
                    || d.block().type() == BlockType.CODE) {
                break;
            }
            out.set(i, Decision.removed(d.block(), Boilerplate.OTHER, "short line after the last paragraph"));
        }
        return out;
    }

    private static boolean isEdgeFurniture(Decision d, boolean leading) {
        String text = d.block().text();
        if (ProseSignals.effectiveLength(text) >= SHORT || ProseSignals.endsSentence(text)) {
            return false;
        }
        // a leading subheading is part of the story; a trailing one introduces nothing
        return !(leading && d.block().type() == BlockType.HEADING);
    }
}
