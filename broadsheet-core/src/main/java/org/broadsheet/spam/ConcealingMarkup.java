package org.broadsheet.spam;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.block.Visibility;
import org.jsoup.nodes.Element;

/**
 * Ways of hiding text that block segmentation does not count, weighed only by the spam detector beside
 * {@link Visibility}: a style sheet rule for one of the element's attributes, a closed disclosure with no label to
 * open it by, text in a transparent colour, a box scaled to nothing, or one pushed far below the page. A reader who
 * could see the text would see all of it; these leave him no way to. One instance per page; not shared between
 * threads.
 */
final class ConcealingMarkup {

    /** How far up the tree hiding is looked for, as {@link Visibility} does. */
    private static final int MAX_ANCESTORS = 16;
    private static final Pattern FAR_BELOW = Pattern.compile("(?:^|;)bottom:-(\\d+)(?:\\.\\d+)?(px)?(?:;|$|!)");
    private static final Pattern SCALED_TO_NOTHING = Pattern.compile(
            "(?:^|;)transform:scale\\(0(?:\\.0+)?(?:,0(?:\\.0+)?)?\\)(?:;|$|!)");
    private static final Pattern TRANSPARENT_TEXT = Pattern.compile("(?:^|;)color:transparent(?:;|$|!)");

    private final Visibility markup;
    private final Map<Element, String> known = new IdentityHashMap<>();

    ConcealingMarkup(Visibility markup) {
        this.markup = markup;
    }

    /** The element that hides {@code el} this way (itself or an ancestor), or null. */
    Element hider(Element el) {
        int steps = 0;
        for (Element e = el; e != null && steps < MAX_ANCESTORS; e = e.parent(), steps++) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return null;
            }
            if (own(e) != null) {
                return e;
            }
        }
        return null;
    }

    /** How {@code el} or an ancestor hides it this way, or null. */
    String hiding(Element el) {
        Element hider = hider(el);
        return hider == null ? null : own(hider);
    }

    /** How {@code e} itself hides what it holds this way, or null; remembered, as blocks share ancestors. */
    String own(Element e) {
        if (e.attributesSize() == 0 && !e.normalName().equals("details")) {
            return null; // most elements
        }
        String how = known.get(e);
        if (how == null) {
            String judged = judge(e);
            how = judged == null ? "" : judged;
            known.put(e, how);
        }
        return how.isEmpty() ? null : how;
    }

    private String judge(Element e) {
        String byAttribute = markup.attributeRuleHiding(e);
        if (byAttribute != null) {
            return byAttribute;
        }
        if (e.normalName().equals("details") && !e.hasAttr("open") && unlabelled(e)) {
            return "a closed disclosure with no label to open it by";
        }
        if (!e.hasAttr("style")) {
            return null;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (TRANSPARENT_TEXT.matcher(style).find() && !style.contains("background-clip:text")
                && !style.contains("text-fill-color") && !style.contains("text-shadow")) {
            return "text in a transparent colour on " + describe(e); // a gradient or shadow through it is seen
        }
        if (SCALED_TO_NOTHING.matcher(style).find()) {
            return "transform:scale(0) on " + describe(e);
        }
        Matcher below = FAR_BELOW.matcher(style);
        if ((style.contains("position:absolute") || style.contains("position:fixed")) && below.find()
                && Double.parseDouble(below.group(1)) >= 999) {
            return "off-screen (bottom:-" + below.group(1) + "px) on " + describe(e);
        }
        return null;
    }

    private static String describe(Element e) {
        String cls = e.className();
        return "<" + e.normalName() + (cls.isEmpty() ? "" : " class=" + (cls.length() > 40 ? cls.substring(0, 40) : cls))
                + ">";
    }

    /**
     * Whether a {@code <details>} has a summary with nothing in it to click on: no words, no icon, no label for
     * screen readers (a menu opened by an icon has one).
     */
    private static boolean unlabelled(Element details) {
        for (Element child : details.children()) {
            if (child.normalName().equals("summary")) {
                return child.childrenSize() == 0 && !child.hasAttr("aria-label") && !child.hasAttr("title")
                        && child.text().codePoints().noneMatch(Character::isLetterOrDigit);
            }
        }
        return false; // without a summary the browser labels it "Details"
    }
}
