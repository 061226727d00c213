package org.broadsheet.spam;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.block.Visibility;
import org.jsoup.nodes.Document;
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
    private final ScreenStyle screen;
    private final Map<Element, String> known = new IdentityHashMap<>();
    /** The elements hidden by what only the screen's style or the document's structure says ({@link #undrawn}). */
    private final Map<Element, Boolean> byLayout = new IdentityHashMap<>();
    /** The elements whose text colour the background behind them hides, and how ({@link #colourHider}). */
    private final Map<Element, String> byColour = new IdentityHashMap<>();

    ConcealingMarkup(Visibility markup, Document doc) {
        this.markup = markup;
        this.screen = new ScreenStyle(doc);
    }

    /** The element that hides {@code el} this way (itself or an ancestor), or null. */
    Element hider(Element el) {
        int steps = 0;
        for (Element e = el; e != null && steps < MAX_ANCESTORS; e = e.parent(), steps++) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                break;
            }
            if (own(e) != null) {
                return e;
            }
        }
        return colourHider(el);
    }

    /** How {@code el} or an ancestor hides it this way, or null. */
    String hiding(Element el) {
        Element hider = hider(el);
        if (hider == null) {
            return null;
        }
        String how = own(hider);
        return how != null ? how : byColour.get(hider);
    }

    /** A colour written as a name, in hex or as {@code rgb()}/{@code rgba()} with commas: what Visibility reads. */
    private static final Pattern PLAIN_COLOUR = Pattern.compile("#[0-9a-f]{3,8}|[a-z]+|rgba?\\([0-9., ]*\\)");

    /** Values of {@code color} that take the colour from the parent. */
    private static final java.util.Set<String> INHERITED = java.util.Set.of("inherit", "currentcolor", "unset",
            "revert", "revert-layer");

    /**
     * The element whose text colour, as the screen's whole style computes it ({@link ScreenColour}: colour
     * functions, custom properties, inherited colours), cannot be told from the background behind {@code el}: the
     * nearest background colour set on it or an ancestor, else the page's. Null when they differ, or when either is
     * not known (an unread colour, a background image or gradient, text drawn with a shadow or a clipped background).
     */
    private Element colourHider(Element el) {
        Element setter = null;
        ScreenColour colour = null;
        ScreenColour behind = null;
        int steps = 0;
        for (Element e = el; e != null && steps < MAX_ANCESTORS && (setter == null || behind == null);
                e = e.parent(), steps++) {
            if (e.normalName().equals("#root")) {
                break;
            }
            if (e.attributesSize() == 0) {
                continue;
            }
            Map<String, String> style = screen.of(e);
            if (setter == null) {
                String value = style.get("color");
                if (value != null && !INHERITED.contains(value)) {
                    if (style.containsKey("text-shadow") || style.getOrDefault("background-clip", "").contains("text")
                            || style.getOrDefault("-webkit-background-clip", "").contains("text")
                            || style.containsKey("-webkit-text-fill-color")) {
                        return null;
                    }
                    colour = ScreenColour.of(value);
                    if (colour == null || colour.alpha() < 0.5 || PLAIN_COLOUR.matcher(value).matches()) {
                        // unread, or faint (judged elsewhere), or written as Visibility reads it: its judgement
                        // stands, as a background set by a rule neither reads would make a plain white look hidden
                        return null;
                    }
                    setter = e;
                }
            }
            if (behind == null) {
                String image = style.getOrDefault("background-image", "") + " " + style.getOrDefault("background", "");
                if (image.contains("url(") || image.contains("gradient(")) {
                    return null;
                }
                ScreenColour own = background(style);
                if (own != null && own.alpha() >= 0.5) {
                    behind = own;
                }
            }
        }
        if (setter == null) {
            return null;
        }
        if (behind == null) {
            int[] page = markup.pageBackgroundColour();
            behind = new ScreenColour(page[0], page[1], page[2], 1);
        }
        if (!colour.near(behind)) {
            return null;
        }
        byLayout.put(setter, true);
        byColour.put(setter, "text coloured like the background behind it (" + colour.hex() + " on " + behind.hex()
                + ", as the screen's style computes them) on " + describe(setter));
        return setter;
    }

    /** The background colour a box's style sets ({@code background-color}, or a colour in {@code background}). */
    private static ScreenColour background(Map<String, String> style) {
        ScreenColour c = ScreenColour.of(style.get("background-color"));
        if (c != null) {
            return c;
        }
        String shorthand = style.get("background");
        if (shorthand == null) {
            return null;
        }
        for (String word : shorthand.strip().split("\\s+(?![^(]*\\))")) {
            c = ScreenColour.of(word);
            if (c != null) {
                return c;
            }
        }
        return null;
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
        if (e.hasAttr("popover")) {
            byLayout.put(e, true);
            return "a popover, drawn only when a script or a button opens it, on " + describe(e);
        }
        if (unslotted(e)) {
            byLayout.put(e, true);
            return "outside the slots of its shadow root, never drawn, on " + describe(e);
        }
        if (!e.hasAttr("style")) {
            return e.className().isEmpty() && e.id().isEmpty() ? null : undrawn(e);
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
        return undrawn(e);
    }

    /**
     * How the style a screen applies to {@code e} ({@link ScreenStyle}) leaves its text undrawn, or null; a box that
     * clips what overflows it is also judged in its parent's layout (a flex item or a grid row of no size).
     */
    private String undrawn(Element e) {
        Map<String, String> style = screen.of(e);
        String how = UndrawnStyle.hiding(style);
        if (how == null && e.parent() != null && UndrawnStyle.clips(style)) {
            how = UndrawnStyle.noRoomInLayout(style, screen.of(e.parent()));
        }
        if (how == null && e.parent() != null) {
            Map<String, String> parent = screen.of(e.parent());
            if (UndrawnStyle.clips(parent)) {
                how = UndrawnStyle.pushedOut(style, parent);
            }
        }
        if (how == null) {
            return null;
        }
        byLayout.put(e, true);
        return how + " on " + describe(e);
    }

    /**
     * Whether {@code e} is hidden only by what the screen's whole style sheet or the document's structure says
     * ({@link ScreenStyle}, a popover, an unslotted child): closed drop-downs and boxes waiting for a script are
     * hidden this way as often as planted text.
     */
    boolean hiddenByLayout(Element e) {
        own(e);
        return byLayout.containsKey(e);
    }

    /**
     * Whether {@code host} has a declared shadow root ({@code <template shadowrootmode>}) with no slot: the host's
     * own children are then never drawn, only the shadow root's.
     */
    private static boolean unslotted(Element host) {
        for (Element child : host.children()) {
            if (child.normalName().equals("template") && child.hasAttr("shadowrootmode")) {
                return child.selectFirst("slot") == null && host.childrenSize() > 1;
            }
        }
        return false;
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
