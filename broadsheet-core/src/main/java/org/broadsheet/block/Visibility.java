package org.broadsheet.block;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The one judge of what a page hides from its readers. An element is hidden by the {@code hidden} attribute, or by
 * an inline style or a {@code <style>} rule for one of its classes or its id that gives {@code display:none},
 * {@code visibility:hidden}, {@code opacity:0}, a zero font size or box, a clip to nothing, off-screen positioning
 * or indentation, or text coloured like its background; or it is a one-pixel {@code <marquee>}. Block segmentation,
 * the visible-lines view and spam detection all ask the same judge, so a page is judged one way.
 *
 * <p>One instance per page: it remembers the page's class and id rules and its verdicts. Not shared between threads.
 */
public final class Visibility {

    /** How far up the tree hiding is looked for. */
    private static final int MAX_ANCESTORS = 16;
    private static final Evaluator STYLE = QueryParser.parse("style");
    private static final Pattern ONE_PIXEL = Pattern.compile("[01](px)?");
    private static final Pattern ONE_PIXEL_BOX = Pattern.compile(".*(?:^|;)(?:width|height):[01](?:px)?(?:;|$).*");
    private static final Pattern NO_OPACITY = Pattern.compile(".*(?:^|;)opacity:0(?:\\.0+)?(?:;|$|!).*");
    private static final Pattern SHORT_HEX = Pattern.compile("#[0-9a-f]{3}");
    private static final Pattern OFFSET = Pattern.compile("(?:^|;)(left|top|right|text-indent|margin-left|margin-top)"
            + ":(-\\d+(?:\\.\\d+)?)(px|em|rem|pt|%)?");
    private static final Pattern ZERO_SIZE = Pattern.compile("(?:^|;)(?:font-size|height|max-height|width|max-width)"
            + ":0(?:\\.0+)?(?:px|em|rem|pt|%)?(?:;|$|!)");
    private static final Pattern TINY_FONT = Pattern.compile("(?:^|;)font-size:(?:0|1)(?:\\.\\d+)?(?:px|pt)?(?:;|$|!)");
    private static final Pattern COLOR = Pattern.compile("(?:^|;)color:([^;!]+)");
    private static final Pattern BACKGROUND = Pattern.compile("(?:^|;)background(?:-color)?:([^;!]+)");

    // The declarations of rules whose selector is one class or one id, judged only when an element carries that
    // name: a page's style sheets hold thousands of rules, its blocks use few of them.
    private final Map<String, List<String>> classRules = new HashMap<>();
    private final Map<String, List<String>> idRules = new HashMap<>();
    private final Map<String, Boolean> hiddenClasses = new HashMap<>();
    private final Map<String, Boolean> hiddenIds = new HashMap<>();
    // rules whose selector is one attribute ([data-x], [data-x="1"]), by "name" or "name=value"; asked only by
    // spam detection (attributeRuleHiding), as frameworks hide content this way until their scripts show it
    private final Map<String, List<String>> attributeRules = new HashMap<>();
    private final Map<Element, String> ownHiding = new IdentityHashMap<>();
    // for the colour test: declarations of rules for the page's body and html elements, and the page itself
    private final List<String> pageRules = new ArrayList<>();
    private final Document doc;
    private int[] pageBackground;
    private final Map<Element, String> colourHiding = new IdentityHashMap<>();
    private final Map<Element, int[][]> ownColours = new IdentityHashMap<>();
    private final Map<String, int[][]> classColours = new HashMap<>();
    private final Map<String, int[][]> idColours = new HashMap<>();

    /** Reads the class and id rules of {@code doc}'s {@code <style>} elements; {@code doc} may be null. */
    public Visibility(Document doc) {
        this.doc = doc;
        if (doc == null) {
            return;
        }
        int budget = 200_000;
        for (Element style : doc.select(STYLE)) {
            String css = style.data();
            if (css.length() > budget) {
                css = css.substring(0, budget);
            }
            budget -= css.length();
            for (String[] rule : rules(css)) {
                for (String selector : rule[0].split(",")) {
                    addSimpleRule(selector, rule[1]);
                    addAttributeRule(selector, rule[1]);
                    String t = selector.strip().toLowerCase(Locale.ROOT);
                    if (t.equals("body") || t.equals("html")) {
                        pageRules.add(rule[1]);
                    }
                }
            }
            if (budget <= 0) {
                break;
            }
        }
    }

    /**
     * Keeps {@code declarations} under the class or id that {@code selector} names when it names just one
     * ({@code .name}, {@code #name}, {@code div.name}; spaces around allowed), else ignores it.
     */
    private void addSimpleRule(String selector, String declarations) {
        int end = selector.length();
        while (end > 0 && isCssSpace(selector.charAt(end - 1))) {
            end--;
        }
        int i = 0;
        while (i < end && isCssSpace(selector.charAt(i))) {
            i++;
        }
        while (i < end && (selector.charAt(i) >= 'a' && selector.charAt(i) <= 'z'
                || selector.charAt(i) >= '0' && selector.charAt(i) <= '9')) {
            i++; // the tag name, if any
        }
        if (i >= end || selector.charAt(i) != '.' && selector.charAt(i) != '#') {
            return;
        }
        char kind = selector.charAt(i);
        int nameStart = i + 1;
        for (int k = nameStart; k < end; k++) {
            char c = selector.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return;
            }
        }
        if (nameStart < end) {
            (kind == '.' ? classRules : idRules).computeIfAbsent(selector.substring(nameStart, end),
                    k -> new ArrayList<>()).add(declarations);
        }
    }

    private static final Pattern ATTRIBUTE_SELECTOR = Pattern.compile(
            "\\s*[a-z0-9]*\\[([a-zA-Z_][a-zA-Z0-9_:-]*)(?:=(?:\"([^\"]*)\"|'([^']*)'|([a-zA-Z0-9_-]+)))?\\]\\s*");

    /** Keeps {@code declarations} under the attribute that {@code selector} names when it names just one. */
    private void addAttributeRule(String selector, String declarations) {
        if (selector.indexOf('[') < 0) {
            return; // most selectors
        }
        Matcher m = ATTRIBUTE_SELECTOR.matcher(selector);
        if (!m.matches()) {
            return;
        }
        String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        String name = m.group(1).toLowerCase(Locale.ROOT);
        attributeRules.computeIfAbsent(value == null ? name : name + "=" + value, k -> new ArrayList<>())
                .add(declarations);
    }

    /**
     * How a style sheet rule for one of {@code e}'s own attributes ({@code [data-x]{display:none}}) hides it, or
     * null. Not asked by block segmentation: frameworks hide content by an attribute until their scripts run
     * ({@code [x-cloak]}, tabs), which a reader with scripts sees; spam detection weighs it as hiding.
     */
    public String attributeRuleHiding(Element e) {
        if (attributeRules.isEmpty() || e.attributesSize() == 0) {
            return null;
        }
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            for (String key : new String[] {name, name + "=" + a.getValue()}) {
                List<String> declarations = attributeRules.get(key);
                if (declarations != null && hiddenAfterCascade(declarations)) {
                    return "stylesheet rule for attribute [" + key + "] on " + describe(e);
                }
            }
        }
        return null;
    }

    /** What the regular expression {@code \\s} matches. */
    private static boolean isCssSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The innermost rules of a style sheet as {selectors, declarations}: a run of text without braces, "{", a run
     * without braces, "}" (so the selectors of an {@code @media} block's rules, not the block's own prelude).
     */
    static List<String[]> rules(String css) {
        List<String[]> out = new ArrayList<>();
        int runStart = 0;
        int b = nextBrace(css, 0);
        while (b >= 0) {
            int next = nextBrace(css, b + 1);
            if (css.charAt(b) == '{' && b > runStart && next >= 0 && css.charAt(next) == '}') {
                out.add(new String[] {css.substring(runStart, b), css.substring(b + 1, next)});
                runStart = next + 1;
                b = nextBrace(css, next + 1);
            } else {
                runStart = b + 1;
                b = next;
            }
        }
        return out;
    }

    private static int nextBrace(String css, int from) {
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{' || c == '}') {
                return i;
            }
        }
        return -1;
    }

    /**
     * How {@code el} or one of its ancestors hides it from readers ("display:none on &lt;div class=x&gt;"), or null
     * when nothing does.
     */
    public String hiding(Element el) {
        int steps = 0;
        for (Element e = el; e != null && steps < MAX_ANCESTORS; e = e.parent(), steps++) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return null;
            }
            String how = ownHiding(e);
            if (!how.isEmpty()) {
                return how + " on " + describe(e);
            }
        }
        return null;
    }

    /** The element that hides {@code el} (itself or an ancestor), or null. */
    public Element hidingElement(Element el) {
        int steps = 0;
        for (Element e = el; e != null && steps < MAX_ANCESTORS; e = e.parent(), steps++) {
            if (e.normalName().equals("body")) {
                return null;
            }
            if (!ownHiding(e).isEmpty()) {
                return e;
            }
        }
        return null;
    }

    /** True when {@code e} itself (not an ancestor) hides its content from readers. */
    public boolean hides(Element e) {
        return !ownHiding(e).isEmpty();
    }

    /** How {@code e} itself hides its content, or "" when it does not; remembered, as blocks share ancestors. */
    private String ownHiding(Element e) {
        if (e.attributesSize() == 0) {
            return ""; // most elements: nothing to remember
        }
        String known = ownHiding.get(e);
        if (known != null) {
            return known;
        }
        String how = null;
        if (e.hasAttr("hidden")) {
            how = "hidden attribute";
        } else if (e.normalName().equals("marquee") && tinyMarquee(e)) {
            how = "one-pixel marquee";
        } else if (e.hasAttr("style")) {
            how = hidingStyle(e.attr("style"));
        }
        if (how == null && !classRules.isEmpty()) {
            for (String c : ClassList.of(e.className())) {
                if (hides(classRules, hiddenClasses, c)) {
                    how = "stylesheet rule for class " + c;
                    break;
                }
            }
        }
        if (how == null && !e.id().isEmpty() && hides(idRules, hiddenIds, e.id())) {
            how = "stylesheet rule for id " + e.id();
        }
        how = how == null ? "" : how;
        ownHiding.put(e, how);
        return how;
    }

    /** Whether a style sheet rule for {@code name} hides what carries it; remembered in {@code judged}. */
    private static boolean hides(Map<String, List<String>> rules, Map<String, Boolean> judged, String name) {
        List<String> declarations = rules.get(name);
        if (declarations == null) {
            return false;
        }
        return judged.computeIfAbsent(name, k -> hiddenAfterCascade(declarations));
    }

    /**
     * Whether the rules for one class or id, in style sheet order, leave it hidden: a later rule that shows it again
     * ({@code .x{display:none}} ... {@code .x{display:block}}, as responsive sheets do in their media queries) wins.
     */
    private static boolean hiddenAfterCascade(List<String> declarations) {
        String hiddenBy = null;
        for (String d : declarations) {
            String how = hidingStyle(d);
            if (how != null) {
                hiddenBy = how;
            } else if (hiddenBy != null) {
                String s = withoutSpaces(d.toLowerCase(Locale.ROOT));
                if (hiddenBy.equals("display:none") && s.contains("display:")
                        || hiddenBy.equals("visibility:hidden") && s.contains("visibility:")) {
                    hiddenBy = null;
                }
            }
        }
        return hiddenBy != null;
    }

    private static boolean tinyMarquee(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return ONE_PIXEL.matcher(e.attr("width")).matches() || ONE_PIXEL.matcher(e.attr("height")).matches()
                || ONE_PIXEL_BOX.matcher(style).matches();
    }

    /** What in the inline style {@code style} hides the element, or null. */
    public static String hidingStyle(String style) {
        String s = withoutSpaces(style.toLowerCase(Locale.ROOT));
        if (s.indexOf(':') < 0) {
            return null;
        }
        if (s.contains("display:none")) {
            return "display:none";
        }
        if (s.contains("visibility:hidden") || s.contains("visibility:collapse")) {
            return "visibility:hidden";
        }
        if (s.contains("opacity:0") && NO_OPACITY.matcher(s).matches()) {
            return "opacity:0";
        }
        boolean zero = s.contains(":0") || s.contains(":1");
        if (zero && TINY_FONT.matcher(s).find()) {
            return "font-size:0";
        }
        if (zero && ZERO_SIZE.matcher(s).find() && (s.contains("overflow:hidden") || s.contains("font-size:0"))) {
            return "zero size";
        }
        if (s.contains("clip:rect(0") || s.contains("clip:rect(1px,1px,1px,1px)") || s.contains("clip-path:inset(50%)")
                || s.contains("clip-path:inset(100%)") || s.contains("clip-path:circle(0")) {
            return "clipped to nothing";
        }
        Matcher off = OFFSET.matcher(s);
        while (s.contains(":-") && off.find()) {
            double v = Double.parseDouble(off.group(2));
            String unit = off.group(3) == null ? "px" : off.group(3);
            double px = unit.equals("em") || unit.equals("rem") ? v * 16 : unit.equals("%") ? v * 10 : v;
            if (px <= -999) {
                return "off-screen (" + off.group(1) + ":" + off.group(2) + unit + ")";
            }
        }
        if (!s.contains("color:")) {
            return null;
        }
        Matcher color = COLOR.matcher(s);
        Matcher background = BACKGROUND.matcher(s);
        if (color.find() && background.find() && sameColor(color.group(1), background.group(1))) {
            return "text coloured like its background";
        }
        return null;
    }

    /** {@code s} without the whitespace {@code \\s} matches. */
    private static String withoutSpaces(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isCssSpace(c);
            if (space && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean sameColor(String a, String b) {
        return normalizeColor(a).equals(normalizeColor(b));
    }

    private static String normalizeColor(String c) {
        String s = c.trim();
        if (SHORT_HEX.matcher(s).matches()) {
            s = "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
        }
        return switch (s) {
            case "white", "#ffffff", "rgb(255,255,255)" -> "#ffffff";
            case "black", "#000000", "rgb(0,0,0)" -> "#000000";
            default -> s;
        };
    }

    /**
     * Whether {@code el}'s text is coloured like the background behind it ("text coloured like the page background
     * (#f5f1e8)"), or null: the nearest colour set on it or an ancestor (inline style, a rule for one of its classes
     * or its id, {@code <font color>}) against the nearest background set at or above it, else the page's own
     * (rules for {@code body} and {@code html}, their inline style or {@code bgcolor}; white when none is set).
     * Spam detection asks this beside {@link #hiding}; block segmentation does not, as a background set by a rule
     * this judge cannot read (descendant selectors, images) would make it drop readable text.
     */
    public String colourHiding(Element el) {
        if (el == null) {
            return null;
        }
        String known = colourHiding.get(el);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        int[] colour = null;
        int[] background = null;
        int steps = 0;
        for (Element e = el; e != null && steps < MAX_ANCESTORS && (colour == null || background == null);
                e = e.parent(), steps++) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                break;
            }
            if (e.attributesSize() == 0) {
                continue;
            }
            int[][] own = ownColours(e);
            if (colour == null) {
                colour = own[0];
            }
            if (background == null) {
                background = own[1];
            }
        }
        String how = "";
        if (colour != null) {
            int[] behind = background != null ? background : pageBackground();
            if (near(colour, behind)) {
                how = "text coloured like the " + (background != null ? "background of its box" : "page background")
                        + String.format(Locale.ROOT, " (#%02x%02x%02x)", behind[0], behind[1], behind[2]);
            }
        }
        colourHiding.put(el, how);
        return how.isEmpty() ? null : how;
    }

    /**
     * The text colour and the background that {@code e} itself sets ({@code <font color>} included), each null when
     * unset; read once per element, as blocks share ancestors.
     */
    private int[][] ownColours(Element e) {
        int[][] known = ownColours.get(e);
        if (known != null) {
            return known;
        }
        // the declarations that apply to e, in order: its rules by class, then by id, then its inline style; the
        // last one that sets a colour wins
        int[] colour = null;
        int[] background = null;
        if (!classRules.isEmpty()) {
            for (String c : ClassList.of(e.className())) {
                int[][] rule = ruleColours(classColours, classRules, c);
                colour = rule[0] != null ? rule[0] : colour;
                background = rule[1] != null ? rule[1] : background;
            }
        }
        if (!e.id().isEmpty()) {
            int[][] rule = ruleColours(idColours, idRules, e.id());
            colour = rule[0] != null ? rule[0] : colour;
            background = rule[1] != null ? rule[1] : background;
        }
        if (e.hasAttr("style")) {
            List<String> inline = List.of(e.attr("style"));
            int[] c = lastColour(inline, COLOR);
            int[] b = lastColour(inline, BACKGROUND);
            colour = c != null ? c : colour;
            background = b != null ? b : background;
        }
        if (colour == null && e.normalName().equals("font") && e.hasAttr("color")) {
            colour = rgb(e.attr("color"));
        }
        int[][] own = {colour, background};
        ownColours.put(e, own);
        return own;
    }

    /** The colour and background the rules for one class or id set, read once per name. */
    private static int[][] ruleColours(Map<String, int[][]> known, Map<String, List<String>> rules, String name) {
        int[][] colours = known.get(name);
        if (colours == null) {
            List<String> declarations = rules.getOrDefault(name, List.of());
            colours = new int[][] {lastColour(declarations, COLOR), lastColour(declarations, BACKGROUND)};
            known.put(name, colours);
        }
        return colours;
    }

    /** The last colour that {@code property} (COLOR or BACKGROUND) sets in {@code declarations}, or null. */
    private static int[] lastColour(List<String> declarations, Pattern property) {
        int[] found = null;
        String name = property == COLOR ? "color" : "background";
        for (String d : declarations) {
            if (!containsIgnoringCase(d, name)) {
                continue; // most declarations set neither: skip the costly normalizing
            }
            String s = withoutSpacesAround(d.toLowerCase(Locale.ROOT));
            Matcher m = property.matcher(s);
            while (m.find()) {
                int[] c = firstColour(m.group(1));
                if (c != null) {
                    found = c;
                }
            }
        }
        return found;
    }

    private static boolean containsIgnoringCase(String s, String word) {
        for (int i = 0; i + word.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's background colour as red, green and blue (0-255): rules for body and html, their inline style or
     * bgcolor, else white. Spam detection compares text colours it computes itself against it.
     */
    public int[] pageBackgroundColour() {
        return pageBackground().clone();
    }

    /** The page's background: rules for body and html, their inline style or bgcolor, else white. */
    private int[] pageBackground() {
        if (pageBackground == null) {
            int[] bg = lastColour(pageRules, BACKGROUND);
            if (doc != null) {
                for (Element e : new Element[] {doc.selectFirst("html"), doc.body()}) {
                    if (e == null) {
                        continue;
                    }
                    int[] own = e.hasAttr("style") ? lastColour(List.of(e.attr("style")), BACKGROUND) : null;
                    if (own == null && e.hasAttr("bgcolor")) {
                        own = rgb(e.attr("bgcolor"));
                    }
                    bg = own != null ? own : bg;
                }
            }
            pageBackground = bg != null ? bg : new int[] {255, 255, 255};
        }
        return pageBackground;
    }

    /** Whether two colours are too close for a reader to tell apart (no channel differs by more than 12). */
    private static boolean near(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) <= 12 && Math.abs(a[1] - b[1]) <= 12 && Math.abs(a[2] - b[2]) <= 12;
    }

    /** The first word of a {@code background} or {@code color} value that is an opaque colour, or null. */
    private static int[] firstColour(String value) {
        for (String word : value.strip().split(" (?![^(]*\\))")) {
            int[] c = rgb(word);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d{1,3}),(\\d{1,3}),(\\d{1,3})(?:,([0-9.]+))?\\)");
    private static final Map<String, int[]> NAMED = Map.of("white", new int[] {255, 255, 255}, "black",
            new int[] {0, 0, 0}, "snow", new int[] {255, 250, 250}, "ivory", new int[] {255, 255, 240}, "whitesmoke",
            new int[] {245, 245, 245}, "red", new int[] {255, 0, 0}, "silver", new int[] {192, 192, 192}, "gray",
            new int[] {128, 128, 128}, "grey", new int[] {128, 128, 128});

    /** An opaque colour written as a name, #rgb, #rrggbb or rgb(); null for anything else (transparent, var()). */
    private static int[] rgb(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (w.startsWith("#")) {
            String h = w.substring(1);
            if (h.length() == 3 && h.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return new int[] {17 * Character.digit(h.charAt(0), 16), 17 * Character.digit(h.charAt(1), 16),
                    17 * Character.digit(h.charAt(2), 16)};
            }
            if (h.length() == 6 && h.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return new int[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16)};
            }
            return null;
        }
        Matcher m = RGB.matcher(w);
        if (m.matches()) {
            if (m.group(4) != null && Double.parseDouble(m.group(4).isEmpty() || m.group(4).equals(".") ? "0"
                    : m.group(4)) < 0.5) {
                return null; // mostly transparent: what shows is behind it
            }
            return new int[] {Math.min(255, Integer.parseInt(m.group(1))), Math.min(255, Integer.parseInt(m.group(2))),
                Math.min(255, Integer.parseInt(m.group(3)))};
        }
        return NAMED.get(w);
    }

    /** {@code s} with no spaces around ':' ';' ',' and parentheses, so that property patterns match. */
    private static String withoutSpacesAround(String s) {
        return s.replaceAll("\\s*([:;,()])\\s*", "$1").strip();
    }

    private static String describe(Element e) {
        StringBuilder sb = new StringBuilder("<").append(e.normalName());
        if (!e.id().isEmpty()) {
            sb.append(" id=").append(e.id());
        }
        if (!e.className().isEmpty()) {
            sb.append(" class=").append(e.className().length() > 40 ? e.className().substring(0, 40) : e.className());
        }
        return sb.append('>').toString();
    }
}
