package org.broadsheet.spam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour as a screen draws it, read from a CSS value by what it computes to: names, hex, {@code rgb()},
 * {@code hsl()}, {@code hwb()}, {@code oklab()}, {@code oklch()}, relative colours ({@code rgb(from #fff r g b)}),
 * {@code color-mix()} and {@code light-dark()} (a page is drawn light unless it asks otherwise). Channels are 0-255,
 * alpha 0-1.
 */
record ScreenColour(double red, double green, double blue, double alpha) {

    private static final Map<String, ScreenColour> NAMED = Map.ofEntries(
            Map.entry("white", rgb(255, 255, 255)), Map.entry("black", rgb(0, 0, 0)),
            Map.entry("snow", rgb(255, 250, 250)), Map.entry("ivory", rgb(255, 255, 240)),
            Map.entry("whitesmoke", rgb(245, 245, 245)), Map.entry("ghostwhite", rgb(248, 248, 255)),
            Map.entry("floralwhite", rgb(255, 250, 240)), Map.entry("seashell", rgb(255, 245, 238)),
            Map.entry("linen", rgb(250, 240, 230)), Map.entry("mintcream", rgb(245, 255, 250)),
            Map.entry("azure", rgb(240, 255, 255)), Map.entry("aliceblue", rgb(240, 248, 255)),
            Map.entry("honeydew", rgb(240, 255, 240)), Map.entry("oldlace", rgb(253, 245, 230)),
            Map.entry("red", rgb(255, 0, 0)), Map.entry("blue", rgb(0, 0, 255)), Map.entry("green", rgb(0, 128, 0)),
            Map.entry("silver", rgb(192, 192, 192)), Map.entry("gray", rgb(128, 128, 128)),
            Map.entry("grey", rgb(128, 128, 128)), Map.entry("transparent", new ScreenColour(0, 0, 0, 0)),
            Map.entry("canvas", rgb(255, 255, 255)), Map.entry("canvastext", rgb(0, 0, 0)));

    private static ScreenColour rgb(double r, double g, double b) {
        return new ScreenColour(r, g, b, 1);
    }

    /** Whether a reader could not tell this colour from {@code other} (no channel differs by more than 12). */
    boolean near(ScreenColour other) {
        return Math.abs(red - other.red) <= 12.5 && Math.abs(green - other.green) <= 12.5
                && Math.abs(blue - other.blue) <= 12.5;
    }

    String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(red), Math.round(green), Math.round(blue));
    }

    /** The colour {@code value} computes to, or null when it is not one read here (a keyword, an unknown name). */
    static ScreenColour of(String value) {
        return of(value, 0);
    }

    private static final Pattern FUNCTION = Pattern.compile("([a-z-]+)\\((.*)\\)");

    private static ScreenColour of(String value, int depth) {
        if (value == null || depth > 4) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("#")) {
            return hex(v.substring(1));
        }
        ScreenColour named = NAMED.get(v);
        if (named != null) {
            return named;
        }
        Matcher m = FUNCTION.matcher(v);
        if (!m.matches()) {
            return null;
        }
        String f = m.group(1);
        String inside = m.group(2).strip();
        if (f.equals("light-dark")) {
            List<String> two = ScreenStyle.topLevel(inside);
            return two.size() == 2 ? of(two.get(0), depth + 1) : null;
        }
        if (f.equals("color-mix")) {
            return mix(inside, depth);
        }
        if (inside.startsWith("from ")) {
            return relative(f, inside.substring(5).strip(), depth);
        }
        List<String> parts = channels(inside);
        if (parts == null || parts.size() < 3) {
            return null;
        }
        Double a = parts.size() > 3 ? number(parts.get(3), 1) : Double.valueOf(1);
        if (a == null) {
            return null;
        }
        double alpha = Math.max(0, Math.min(1, a));
        switch (f) {
            case "rgb", "rgba" -> {
                Double r = number(parts.get(0), 255);
                Double g = number(parts.get(1), 255);
                Double b = number(parts.get(2), 255);
                return r == null || g == null || b == null ? null : new ScreenColour(clamp(r), clamp(g), clamp(b), alpha);
            }
            case "hsl", "hsla" -> {
                Double h = hue(parts.get(0));
                Double s = number(parts.get(1), 1);
                Double l = number(parts.get(2), 1);
                return h == null || s == null || l == null ? null : hsl(h, s / (parts.get(1).endsWith("%") ? 1 : 100),
                        l / (parts.get(2).endsWith("%") ? 1 : 100), alpha);
            }
            case "hwb" -> {
                Double h = hue(parts.get(0));
                Double w = number(parts.get(1), 1);
                Double b = number(parts.get(2), 1);
                if (h == null || w == null || b == null) {
                    return null;
                }
                double white = parts.get(1).endsWith("%") ? w : w / 100;
                double black = parts.get(2).endsWith("%") ? b : b / 100;
                if (white + black >= 1) {
                    double grey = 255 * white / (white + black);
                    return new ScreenColour(grey, grey, grey, alpha);
                }
                ScreenColour pure = hsl(h, 1, 0.5, alpha);
                double k = 1 - white - black;
                return new ScreenColour(pure.red * k + 255 * white, pure.green * k + 255 * white,
                        pure.blue * k + 255 * white, alpha);
            }
            case "oklab", "oklch" -> {
                Double l = number(parts.get(0), 1);
                if (l == null) {
                    return null;
                }
                double lightness = parts.get(0).endsWith("%") ? l : l; // 100% and 1 are both full lightness
                double oa;
                double ob;
                if (f.equals("oklab")) {
                    Double x = number(parts.get(1), 0.4);
                    Double y = number(parts.get(2), 0.4);
                    if (x == null || y == null) {
                        return null;
                    }
                    oa = x;
                    ob = y;
                } else {
                    Double c = number(parts.get(1), 0.4);
                    Double h = hue(parts.get(2));
                    if (c == null || h == null) {
                        return null;
                    }
                    oa = c * Math.cos(Math.toRadians(h));
                    ob = c * Math.sin(Math.toRadians(h));
                }
                return oklab(lightness, oa, ob, alpha);
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code color-mix(in space, a p%, b q%)}, mixed in sRGB (near enough for telling a colour from white). */
    private static ScreenColour mix(String inside, int depth) {
        List<String> parts = ScreenStyle.topLevel(inside);
        if (parts.size() != 3 || !parts.get(0).strip().startsWith("in ")) {
            return null;
        }
        Object[] a = weighted(parts.get(1), depth);
        Object[] b = weighted(parts.get(2), depth);
        if (a == null || b == null) {
            return null;
        }
        Double pa = (Double) a[1];
        Double pb = (Double) b[1];
        if (pa == null && pb == null) {
            pa = 0.5;
            pb = 0.5;
        } else if (pa == null) {
            pa = 1 - pb;
        } else if (pb == null) {
            pb = 1 - pa;
        }
        double sum = pa + pb;
        if (sum <= 0) {
            return null;
        }
        ScreenColour ca = (ScreenColour) a[0];
        ScreenColour cb = (ScreenColour) b[0];
        double wa = pa / sum;
        double wb = pb / sum;
        return new ScreenColour(ca.red * wa + cb.red * wb, ca.green * wa + cb.green * wb, ca.blue * wa + cb.blue * wb,
                (ca.alpha * wa + cb.alpha * wb) * Math.min(1, sum));
    }

    /** A colour and its share in a mix ("#fff 100%"), the share null when unwritten. */
    private static Object[] weighted(String part, int depth) {
        String p = part.strip();
        Double share = null;
        int space = p.lastIndexOf(' ');
        if (space > 0 && p.endsWith("%") && p.lastIndexOf(')') < space) {
            share = number(p.substring(space + 1), 1);
            p = p.substring(0, space).strip();
        }
        ScreenColour c = of(p, depth + 1);
        return c == null ? null : new Object[] {c, share};
    }

    /** A relative colour: only the one that keeps its origin's channels as they are ({@code rgb(from X r g b)}). */
    private static ScreenColour relative(String f, String rest, int depth) {
        List<String> words = List.of(rest.split("\\s+(?![^(]*\\))"));
        if (words.size() < 4) {
            return null;
        }
        String kept = String.join(" ", words.subList(1, 4));
        boolean same = switch (f) {
            case "rgb", "rgba" -> kept.equals("r g b");
            case "hsl", "hsla" -> kept.equals("h s l");
            case "hwb" -> kept.equals("h w b");
            case "oklch" -> kept.equals("l c h");
            case "oklab" -> kept.equals("l a b");
            default -> false;
        };
        if (!same) {
            return null;
        }
        ScreenColour origin = of(words.get(0), depth + 1);
        if (origin == null || words.size() == 4) {
            return origin;
        }
        if (words.size() == 6 && words.get(4).equals("/")) {
            Double a = number(words.get(5), 1);
            return a == null ? null : new ScreenColour(origin.red, origin.green, origin.blue, Math.max(0, Math.min(1, a)));
        }
        return null;
    }

    /** A function's channels, by commas or spaces, the alpha after a slash as the fourth; null when unreadable. */
    private static List<String> channels(String inside) {
        String s = inside.replace("/", " / ");
        List<String> parts = new java.util.ArrayList<>();
        String alpha = null;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            alpha = s.substring(slash + 1).strip();
            s = s.substring(0, slash);
        }
        for (String p : s.split("[\\s,]+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (alpha != null) {
            if (parts.size() != 3) {
                return null;
            }
            parts.add(alpha);
        }
        return parts;
    }

    /** A number, or a percentage of {@code whole}; "none" is 0. */
    private static Double number(String s, double whole) {
        String t = s.strip();
        if (t.equals("none")) {
            return 0.0;
        }
        try {
            if (t.endsWith("%")) {
                return Double.parseDouble(t.substring(0, t.length() - 1)) / 100 * whole;
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double hue(String s) {
        String t = s.strip();
        try {
            if (t.endsWith("deg")) {
                return Double.parseDouble(t.substring(0, t.length() - 3));
            }
            if (t.endsWith("turn")) {
                return Double.parseDouble(t.substring(0, t.length() - 4)) * 360;
            }
            if (t.endsWith("rad")) {
                return Math.toDegrees(Double.parseDouble(t.substring(0, t.length() - 3)));
            }
            return t.equals("none") ? 0.0 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double clamp(double channel) {
        return Math.max(0, Math.min(255, channel));
    }

    private static ScreenColour hex(String h) {
        if (!h.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        if (h.length() == 3 || h.length() == 4) {
            double a = h.length() == 4 ? 17 * Character.digit(h.charAt(3), 16) / 255.0 : 1;
            return new ScreenColour(17 * Character.digit(h.charAt(0), 16), 17 * Character.digit(h.charAt(1), 16),
                    17 * Character.digit(h.charAt(2), 16), a);
        }
        if (h.length() == 6 || h.length() == 8) {
            double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
            return new ScreenColour(Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16), a);
        }
        return null;
    }

    private static ScreenColour hsl(double h, double s, double l, double alpha) {
        double hue = ((h % 360) + 360) % 360 / 360;
        s = Math.max(0, Math.min(1, s));
        l = Math.max(0, Math.min(1, l));
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        return new ScreenColour(255 * channel(p, q, hue + 1.0 / 3), 255 * channel(p, q, hue),
                255 * channel(p, q, hue - 1.0 / 3), alpha);
    }

    private static double channel(double p, double q, double t) {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        if (t < 1.0 / 6) {
            return p + (q - p) * 6 * t;
        }
        if (t < 0.5) {
            return q;
        }
        return t < 2.0 / 3 ? p + (q - p) * (2.0 / 3 - t) * 6 : p;
    }

    /** Oklab to sRGB (Björn Ottosson's published matrices). */
    private static ScreenColour oklab(double l, double a, double b, double alpha) {
        double l1 = Math.pow(l + 0.3963377774 * a + 0.2158037573 * b, 3);
        double m1 = Math.pow(l - 0.1055613458 * a - 0.0638541728 * b, 3);
        double s1 = Math.pow(l - 0.0894841775 * a - 1.2914855480 * b, 3);
        double r = 4.0767416621 * l1 - 3.3077115913 * m1 + 0.2309699292 * s1;
        double g = -1.2684380046 * l1 + 2.6097574011 * m1 - 0.3413193965 * s1;
        double bl = -0.0041960863 * l1 - 0.7034186147 * m1 + 1.7076147010 * s1;
        return new ScreenColour(clamp(255 * gamma(r)), clamp(255 * gamma(g)), clamp(255 * gamma(bl)), alpha);
    }

    private static double gamma(double x) {
        return x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055;
    }
}
