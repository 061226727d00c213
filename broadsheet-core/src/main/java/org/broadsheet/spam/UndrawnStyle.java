package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a box's style, as a screen applies it ({@link ScreenStyle}), leaves its text undrawn or unreadable, by
 * what the style does rather than by which property does it: the box is not displayed; it is fully transparent
 * (its opacity, an opacity filter, or a text colour with no alpha); it is drawn at no size (a scale, a flat matrix,
 * a zoom, a far perspective, a font, a line or a box of no height that clips what overflows, a box whose size
 * ignores its content); its letters are drawn on top of each other; it is moved a screen's length or more away; or
 * its text takes the page's own background colour. Values are read as written: a length in px, em, rem, pt, vw or vh,
 * or {@code calc()}, {@code min()}, {@code clamp()} of such lengths that are all zero.
 */
final class UndrawnStyle {

    /** At most this opacity, scale or zoom draws nothing a reader can see. */
    private static final double FAINT = 0.05;
    /** A move this far (px) puts a box off any screen. */
    private static final double FAR = 999;
    /** Letter spacing at least this negative (em) draws letters on top of each other. */
    private static final double CRUSHED_EM = -0.5;

    private UndrawnStyle() {
    }

    /** How {@code style} (property to value, lower case) leaves a box's text undrawn, or null when it does not. */
    static String hiding(Map<String, String> style) {
        if (style.isEmpty()) {
            return null;
        }
        String display = style.get("display");
        if ("none".equals(display)) {
            return "display:none by the page's style sheet";
        }
        String visibility = style.get("visibility");
        if ("hidden".equals(visibility) || "collapse".equals(visibility)) {
            return "visibility:hidden by the page's style sheet";
        }
        String how = transparent(style);
        if (how == null) {
            how = noSize(style);
        }
        if (how == null) {
            how = away(style);
        }
        return how;
    }

    private static String transparent(Map<String, String> style) {
        Double opacity = fraction(style.get("opacity"));
        if (opacity != null && opacity <= FAINT) {
            return "fully transparent (opacity " + style.get("opacity") + ")";
        }
        String filter = style.get("filter");
        if (filter != null) {
            Matcher m = FUNCTION.matcher(filter);
            while (m.find()) {
                Double f = fraction(m.group(2).strip());
                if (f == null) {
                    continue;
                }
                if (m.group(1).equals("opacity") && f <= FAINT) {
                    return "fully transparent (filter " + filter + ")";
                }
                // no contrast, or a brightness that turns every colour black or white: one flat colour
                if (m.group(1).equals("contrast") && f <= FAINT || m.group(1).equals("brightness")
                        && (f <= FAINT || f >= 1 / FAINT / 2)) {
                    return "drawn as one flat colour (filter " + filter + ")";
                }
            }
        }
        for (String property : new String[] {"mask", "-webkit-mask", "mask-image", "-webkit-mask-image"}) {
            String mask = style.get(property);
            if (mask != null && (clearGradient(mask) || mask.contains(" 0/0") || mask.contains(" 0 / 0"))) {
                return "masked away (" + property + ":" + mask + ")";
            }
        }
        String blend = style.get("mix-blend-mode");
        if (blend != null && (blend.equals("screen") || blend.equals("lighten") || blend.equals("plus-lighter"))
                && !style.containsKey("background") && !style.containsKey("background-color")) {
            return "blended into the white behind it (mix-blend-mode:" + blend + ")";
        }
        boolean textSeenOtherwise = style.containsKey("text-shadow")
                || style.getOrDefault("background-clip", "").contains("text")
                || style.getOrDefault("-webkit-background-clip", "").contains("text");
        if (!textSeenOtherwise) {
            for (String property : new String[] {"color", "-webkit-text-fill-color"}) {
                Double alpha = alpha(style.get(property));
                if (alpha != null && alpha <= FAINT) {
                    return "text in a colour with no alpha (" + property + ":" + style.get(property) + ")";
                }
            }
            // the system colour of the page's background: text in it on a box that sets no background is unseen
            if ("canvas".equals(style.get("color")) && !style.containsKey("background")
                    && !style.containsKey("background-color")) {
                return "text in the page's own background colour (color:canvas)";
            }
        }
        return null;
    }

    private static String noSize(Map<String, String> style) {
        Double zoom = fraction(style.get("zoom"));
        if (zoom != null && zoom <= FAINT) {
            return "zoomed to nothing (zoom " + style.get("zoom") + ")";
        }
        String transform = style.get("transform");
        if (transform != null && scale(transform) <= FAINT) {
            return "drawn at no size (transform " + transform + ")";
        }
        String scale = style.get("scale");
        if (scale != null && scale("scale(" + scale.replace(' ', ',') + ")") <= FAINT) {
            return "drawn at no size (scale " + scale + ")";
        }
        String rotate = style.get("rotate");
        if (rotate != null && edgeOn(rotate)) {
            return "turned edge-on (rotate " + rotate + ")";
        }
        Double font = fontSize(style);
        if (font != null && font <= 1) {
            return "a font of no size";
        }
        if (clips(style)) {
            for (String property : new String[] {"height", "max-height", "width", "max-width"}) {
                Double px = px(style.get(property));
                if (px != null && px <= 1) {
                    return "a box of no size that clips its text (" + property + ":" + style.get(property) + ")";
                }
            }
            Double line = px(style.get("line-height"));
            if (line != null && line == 0 && !sized(style)) {
                return "lines of no height in a box that clips them";
            }
        }
        String contain = style.get("contain");
        if (contain != null && (contain.contains("strict") || contain.contains("size")) && !sized(style)
                && !style.containsKey("contain-intrinsic-size")) {
            return "a box sized as if empty that clips its text (contain:" + contain + ")";
        }
        Double spacing = em(style.get("letter-spacing"));
        if (spacing != null && spacing <= CRUSHED_EM) {
            return "letters drawn on top of each other (letter-spacing " + style.get("letter-spacing") + ")";
        }
        return null;
    }

    /**
     * Whether an individual {@code rotate} turns the box a quarter about an axis in its own plane ({@code x 90deg},
     * {@code 0 1 0 90deg}): seen edge-on, it is a line.
     */
    private static boolean edgeOn(String rotate) {
        String[] parts = rotate.strip().split("\\s+");
        if (parts.length < 2) {
            return false;
        }
        boolean inPlane = parts.length == 2 ? parts[0].equals("x") || parts[0].equals("y")
                : parts.length == 4 && fraction(parts[2]) != null && fraction(parts[2]) == 0;
        Double degrees = degrees(parts[parts.length - 1]);
        return inPlane && degrees != null && Math.abs(Math.cos(Math.toRadians(degrees))) <= FAINT;
    }

    /**
     * How a box is pushed out of a short parent that clips what overflows it, or null: its padding, margin or
     * relative offset at the top is at least the parent's whole height, so that its text starts below what is shown.
     */
    static String pushedOut(Map<String, String> style, Map<String, String> parent) {
        Double height = px(parent.get("height"));
        Double max = px(parent.get("max-height"));
        if (height == null || max != null && max < height) {
            height = max;
        }
        if (height == null || height > 100) {
            return null;
        }
        double push = 0;
        String padding = style.get("padding");
        Double top = px(style.get("padding-top"));
        if (top == null && padding != null) {
            top = px(padding.strip().split("\\s+")[0]);
        }
        push += top == null || top < 0 ? 0 : top;
        Double margin = px(style.get("margin-top"));
        push += margin == null || margin < 0 ? 0 : margin;
        Double offset = "relative".equals(style.get("position")) ? px(style.get("top")) : null;
        push += offset == null || offset < 0 ? 0 : offset;
        if (push >= Math.max(height, 1) && push >= 48) {
            return "pushed below a short box that clips it (" + Math.round(push) + "px down in a box "
                    + Math.round(height) + "px high)";
        }
        return null;
    }

    private static String away(Map<String, String> style) {
        for (String property : new String[] {"margin-top", "margin-left", "top", "left", "text-indent",
            "margin-inline-start", "margin-block-start", "inset-inline-start", "inset-block-start", "inset-inline",
            "inset-block", "inset"}) {
            String value = style.get(property);
            if (value != null && property.startsWith("inset") && value.contains(" ")) {
                // a shorthand: its first value is the top (or start); with four, the last is the left
                String[] sides = value.split("\\s+");
                Double left = sides.length == 4 ? px(sides[3]) : null;
                if (left != null && left <= -FAR) {
                    return "moved off the screen (" + property + ":" + value + ")";
                }
                value = sides[0];
            }
            Double px = px(value);
            if (px != null && px <= -FAR) {
                return "moved off the screen (" + property + ":" + style.get(property) + ")";
            }
        }
        String transform = style.get("transform");
        if (transform != null) {
            Matcher m = FUNCTION.matcher(transform);
            while (m.find()) {
                if (m.group(1).startsWith("translate") && !m.group(1).equals("translatez")) {
                    for (String arg : args(m.group(2))) {
                        Double px = px(arg);
                        if (px != null && Math.abs(px) >= FAR * 5) {
                            return "moved off the screen (transform " + transform + ")";
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean clips(String overflow) {
        return overflow != null && (overflow.contains("hidden") || overflow.contains("clip"));
    }

    /** Whether a box with {@code style} clips what overflows it. */
    static boolean clips(Map<String, String> style) {
        return clips(style.get("overflow")) || clips(style.get("overflow-y")) || clips(style.get("overflow-x"));
    }

    /**
     * How a box that clips its overflow gets no room from its parent's layout, or null: a flex item that neither
     * grows nor has a basis, or a child of a grid whose rows are all of no height.
     */
    static String noRoomInLayout(Map<String, String> style, Map<String, String> parent) {
        String display = parent.getOrDefault("display", "");
        if (display.contains("flex")) {
            String flex = style.getOrDefault("flex", "");
            String[] parts = flex.split("\\s+");
            boolean noGrow = parts.length == 3 ? parts[0].equals("0") : "0".equals(style.get("flex-grow"));
            Double basis = px(parts.length == 3 ? parts[2] : style.get("flex-basis"));
            if (noGrow && basis != null && basis <= 1) {
                return "a flex item of no size that clips its text (flex " + flex + ")";
            }
        }
        if (display.contains("grid")) {
            String rows = parent.get("grid-template-rows");
            if (rows != null && !rows.isBlank()
                    && java.util.Arrays.stream(rows.split("\\s+")).allMatch(r -> r.matches("0(?:\\.0+)?(?:fr|px)?"))) {
                return "a grid row of no height that clips its text (grid-template-rows " + rows + ")";
            }
        }
        return null;
    }

    /** Whether the box is given a height of its own, which lines of no height would not change. */
    private static boolean sized(Map<String, String> style) {
        for (String property : new String[] {"height", "min-height", "block-size", "min-block-size"}) {
            Double px = px(style.get(property));
            if (px != null && px > 1) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FUNCTION = Pattern.compile("([a-z0-9]+)\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");

    /**
     * How much of its size a transform leaves a box, the smaller of its two axes' factors: scales, a matrix's
     * determinant, and a perspective's shrinking of a box pushed back; 1 when none applies.
     */
    static double scale(String transform) {
        double factor = 1;
        double perspective = 0;
        Matcher m = FUNCTION.matcher(transform);
        while (m.find()) {
            String f = m.group(1);
            List<String> args = args(m.group(2));
            switch (f) {
                case "scale", "scale3d" -> {
                    double x = number(args, 0, 1);
                    double y = number(args, 1, x);
                    factor *= Math.min(Math.abs(x), Math.abs(y));
                }
                case "scalex", "scaley" -> factor *= Math.abs(number(args, 0, 1));
                case "rotatex", "rotatey" -> {
                    // turned edge-on: a box turned a quarter about an axis in its plane is a line
                    Double degrees = degrees(args.isEmpty() ? null : args.get(0));
                    factor *= degrees == null ? 1 : Math.abs(Math.cos(Math.toRadians(degrees)));
                }
                case "rotate3d" -> {
                    // about an axis in the box's plane (no z part), a quarter turn leaves a line
                    Double degrees = args.size() == 4 && number(args, 2, 1) == 0 ? degrees(args.get(3)) : null;
                    factor *= degrees == null ? 1 : Math.abs(Math.cos(Math.toRadians(degrees)));
                }
                case "matrix" -> {
                    if (args.size() == 6) {
                        double det = number(args, 0, 1) * number(args, 3, 1) - number(args, 1, 0) * number(args, 2, 0);
                        factor *= Math.sqrt(Math.abs(det));
                    }
                }
                case "perspective" -> {
                    Double p = px(args.isEmpty() ? null : args.get(0));
                    perspective = p == null ? 0 : p;
                }
                case "translatez", "translate3d" -> {
                    Double z = px(args.isEmpty() ? null : args.get(f.equals("translatez") ? 0 : Math.min(2,
                            args.size() - 1)));
                    if (perspective > 0 && z != null && z < 0) {
                        factor *= perspective / (perspective - z);
                    } else if (perspective > 0 && z != null && z >= perspective) {
                        factor = 0; // brought to or behind the viewer's eye: nothing of it is drawn
                    }
                }
                default -> {
                }
            }
        }
        return factor;
    }

    /** An angle in degrees (deg, turn, rad), or null. */
    private static Double degrees(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        double v = Double.parseDouble(m.group(1));
        Double degrees = switch (m.group(2)) {
            case "deg" -> Double.valueOf(v);
            case "turn" -> Double.valueOf(v * 360);
            case "rad" -> Double.valueOf(Math.toDegrees(v));
            default -> null;
        };
        return degrees == null && v == 0 ? Double.valueOf(0) : degrees;
    }

    /** Whether a mask value is a gradient whose every colour is fully transparent: it lets nothing through. */
    private static boolean clearGradient(String mask) {
        int g = mask.indexOf("gradient(");
        if (g < 0 || mask.contains("url(")) {
            return false;
        }
        Matcher m = COLOUR_WORD.matcher(mask.substring(g));
        boolean any = false;
        while (m.find()) {
            Double a = alpha(m.group());
            if (a == null || a > FAINT) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final Pattern COLOUR_WORD = Pattern.compile(
            "#[0-9a-f]{3,8}\\b|(?:rgba?|hsla?)\\([^()]*\\)|\\btransparent\\b|\\b(?:black|white)\\b");

    private static List<String> args(String inside) {
        List<String> out = new ArrayList<>();
        for (String a : ScreenStyle.topLevel(inside)) {
            String t = a.strip();
            if (!t.isEmpty()) {
                // "scale(0 0)" and "translate(a b)" separate their arguments by spaces
                for (String part : t.split("\\s+(?![^(]*\\))")) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static double number(List<String> args, int i, double otherwise) {
        if (i >= args.size()) {
            return otherwise;
        }
        Double f = fraction(args.get(i));
        return f == null ? otherwise : f;
    }

    private static final Pattern NUMBER = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+))(%|[a-z]*)");

    /** A number or percentage as a fraction ("0.01", "1%"), or null. */
    static Double fraction(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        double v = Double.parseDouble(m.group(1));
        if (m.group(2).equals("%")) {
            return v / 100;
        }
        return m.group(2).isEmpty() ? Double.valueOf(v) : null;
    }

    /**
     * A length in px as a screen of about 1280 by 800 would draw it, or null when it is not one that can be read
     * here (a percentage, a keyword); {@code calc()}, {@code min()}, {@code clamp()} whose lengths are all zero are 0.
     */
    static Double px(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        int open = v.indexOf('(');
        if (open > 0 && v.endsWith(")")) {
            String f = v.substring(0, open);
            if (!(f.equals("calc") || f.equals("min") || f.equals("max") || f.equals("clamp"))) {
                return null;
            }
            Matcher n = NUMBER.matcher(v.substring(open));
            boolean any = false;
            while (n.find()) {
                any = true;
                if (Double.parseDouble(n.group(1)) != 0) {
                    return null;
                }
            }
            return any ? 0.0 : null;
        }
        Matcher m = NUMBER.matcher(v);
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        Double px = switch (m.group(2)) {
            case "px" -> Double.valueOf(n);
            case "em", "rem" -> Double.valueOf(n * 16);
            case "pt" -> Double.valueOf(n * 4 / 3);
            case "vh" -> Double.valueOf(n * 8);
            case "vw" -> Double.valueOf(n * 12.8);
            default -> null;
        };
        return px == null && n == 0 ? Double.valueOf(0) : px; // a bare number is a length only when it is 0
    }

    /** A length in em (px read as 16 to the em), or null. */
    private static Double em(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value.strip());
        if (m.matches() && (m.group(2).equals("em") || m.group(2).equals("rem"))) {
            return Double.parseDouble(m.group(1));
        }
        Double px = px(value);
        return px == null ? null : px / 16;
    }

    /** The font size in px that {@code font-size} or the {@code font} shorthand sets, or null. */
    private static Double fontSize(Map<String, String> style) {
        Double size = px(style.get("font-size"));
        String font = style.get("font");
        if (size == null && font != null) {
            for (String token : font.split("\\s+")) {
                String t = token.contains("/") ? token.substring(0, token.indexOf('/')) : token;
                Matcher m = NUMBER.matcher(t);
                // the size is the number with a unit, or the one before the line height's slash (a weight has neither)
                if (m.matches() && (!m.group(2).isEmpty() || token.contains("/"))) {
                    return px(t);
                }
            }
        }
        return size;
    }

    /** The alpha of a colour value (rgba(), hsla(), "/ a", #rgba, #rrggbbaa, transparent), or null when opaque. */
    static Double alpha(String colour) {
        if (colour == null) {
            return null;
        }
        String c = colour.strip();
        if (c.equals("transparent")) {
            return 0.0;
        }
        if (c.startsWith("#") && (c.length() == 5 || c.length() == 9)) {
            String a = c.length() == 5 ? c.substring(4, 5).repeat(2) : c.substring(7, 9);
            try {
                return Integer.parseInt(a, 16) / 255.0;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Matcher m = FUNCTION.matcher(c);
        if (m.lookingAt() && m.end() == c.length()) {
            String inside = m.group(2);
            int slash = inside.lastIndexOf('/');
            String a = null;
            if (slash >= 0) {
                a = inside.substring(slash + 1).strip();
            } else if (m.group(1).equals("rgba") || m.group(1).equals("hsla")) {
                List<String> parts = ScreenStyle.topLevel(inside);
                a = parts.size() == 4 ? parts.get(3).strip() : null;
            }
            return a == null ? null : fraction(a);
        }
        return null;
    }
}
