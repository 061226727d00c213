package org.broadsheet.article;

import java.util.List;

/**
 * One piece of text that a third party planted in the page.
 *
 * @param location where the text is: {@code "block"} (a block of the page), {@code "title"} or
 *        {@code "description"} (the page's own title or summary), {@code "keywords"}, {@code "noscript"}, or a place
 *        of the markup no block holds: {@code "template"}, {@code "dialog"} (not open), {@code "select"} (a menu's
 *        options), {@code "svg"} (a drawing's text, description or foreign object), {@code "formula"} (a MathML formula's
 *        annotations), {@code "input"} (a hidden form field's value), {@code "frame"} (a frame's inline document), {@code "fallback"} (what a
 *        drawing, embed or player shows only where it cannot show itself), {@code "textarea"} (a text box's text),
 *        {@code "script"} (markup a script writes) or {@code "alt"} (an image's alternative text)
 * @param blockIndex the index of the block (as in {@code --explain}), or -1 for the title and description
 * @param start the first character of the spam in that block's text (or title, description)
 * @param end one past its last character
 * @param text the flagged text, exactly {@code source.substring(start, end)}
 * @param family what kind of spam it looks like
 * @param score the evidence, in points; 5 or more is spam
 * @param reasons the evidence, in words a user can check
 */
public record SpamFinding(String location, int blockIndex, int start, int end, String text, SpamFamily family,
        double score, List<String> reasons) {

    /** Copies the reasons, so that the value cannot change. */
    public SpamFinding {
        reasons = List.copyOf(reasons);
    }
}
