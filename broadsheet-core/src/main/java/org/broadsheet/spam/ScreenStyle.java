package org.broadsheet.spam;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.block.ClassList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The declarations a screen applies to an element, as far as a page's own style sheets say without a browser: its
 * {@code <style>} elements and style sheets written into a {@code data:} address, the rules whose selector names
 * one of the element's classes or its id (also inside {@code :is()} or {@code :where()}, or with a tag before it),
 * then its inline style, each property's last value winning. Rules that apply only in print are left out: a
 * screen never applies them, so a box hidden on screen and shown on paper is hidden to the reader. Spam detection
 * reads it beside {@link org.broadsheet.block.Visibility}, which block segmentation asks and which reads fewer
 * rules. One instance per page, read on first use; not shared between threads.
 */
final class ScreenStyle {

    /** Most characters of style sheet read per page, as {@link org.broadsheet.block.Visibility} reads. */
    private static final int BUDGET = 200_000;

    private final Document doc;
    private Map<String, List<Declared>> byClass;
    private Map<String, List<Declared>> byId;
    /** The declarations each animation ends at ({@code to} or {@code 100%}), by its name. */
    private Map<String, String> animationEnds;
    /** Custom properties set for the whole page (rules for {@code :root}, {@code html}, {@code body}, {@code *}). */
    private Map<String, String> rootProperties;
    /** Registered custom properties ({@code @property}): their initial value, and whether they are inherited. */
    private Map<String, Registered> registered;
    private final Map<Element, Map<String, String>> known = new HashMap<>();

    /** A custom property registered by {@code @property}: the value it has where none is set. */
    private record Registered(String initial, boolean inherits) {
    }

    /** One rule's declarations, its place in the page's style sheets and what its selector asks of an element. */
    private record Declared(int order, String declarations, Compound selector) {
    }

    /**
     * What one element's selector asks of it: one of these tags (null: any), all these classes, this id (or null).
     */
    record Compound(List<String> tags, List<String> classes, String id) {

        boolean matches(Element e) {
            if (tags != null && !tags.contains(e.normalName())) {
                return false;
            }
            if (id != null && !id.equals(e.id())) {
                return false;
            }
            if (classes.size() > 1 || classes.size() == 1 && id != null) {
                List<String> own = ClassList.of(e.className());
                return own.containsAll(classes);
            }
            return true;
        }

        /** The class or id the rule is kept under: the id when there is one, else the first class. */
        String key() {
            return id != null ? "#" + id : classes.isEmpty() ? null : "." + classes.get(0);
        }
    }

    ScreenStyle(Document doc) {
        this.doc = doc;
    }

    /**
     * The properties (lower case, no spaces) that apply to {@code e} on screen by its classes' and id's rules and its
     * inline style, with their values (lower case, spaces kept between words). Empty when none does.
     */
    Map<String, String> of(Element e) {
        Map<String, String> seen = known.get(e);
        if (seen != null) {
            return seen;
        }
        read();
        List<Declared> rules = new ArrayList<>();
        if (!byClass.isEmpty() && !e.className().isEmpty()) {
            for (String c : ClassList.of(e.className())) {
                for (Declared d : byClass.getOrDefault(c, List.of())) {
                    if (d.selector().matches(e)) {
                        rules.add(d);
                    }
                }
            }
        }
        rules.sort((a, b) -> Integer.compare(a.order(), b.order()));
        // an id's rules outweigh a class's whatever their order; the inline style outweighs both
        if (!byId.isEmpty() && !e.id().isEmpty()) {
            List<Declared> ids = new ArrayList<>();
            for (Declared d : byId.getOrDefault(e.id(), List.of())) {
                if (d.selector().matches(e)) {
                    ids.add(d);
                }
            }
            ids.sort((a, b) -> Integer.compare(a.order(), b.order()));
            rules.addAll(ids);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Declared d : rules) {
            declarations(d.declarations(), out);
        }
        if (e.hasAttr("style")) {
            declarations(e.attr("style"), out);
        }
        ended(out);
        known.put(e, out);
        substitute(e, out);
        return out;
    }

    /** Most custom properties followed from one to the next inside a value. */
    private static final int MAX_SUBSTITUTIONS = 8;

    /**
     * Replaces each {@code var(--name, fallback)} in {@code style}'s values by the custom property's value: set on the
     * element, inherited from its nearest ancestor that sets it, set for the whole page, a registered property's
     * initial value, else the fallback; a value whose property is nowhere set and has no fallback is dropped, as a
     * browser drops it.
     */
    private void substitute(Element e, Map<String, String> style) {
        if (style.values().stream().noneMatch(v -> v.contains("var("))) {
            return;
        }
        for (Map.Entry<String, String> d : List.copyOf(style.entrySet())) {
            String value = d.getValue();
            for (int n = 0; value != null && value.contains("var(") && n < MAX_SUBSTITUTIONS; n++) {
                value = substituteOne(e, style, value);
            }
            if (value == null || value.contains("var(")) {
                style.remove(d.getKey());
            } else if (!value.equals(d.getValue())) {
                style.put(d.getKey(), value);
            }
        }
    }

    /** {@code value} with its first {@code var()} replaced, or null when it cannot be. */
    private String substituteOne(Element e, Map<String, String> style, String value) {
        int at = value.indexOf("var(");
        int depth = 0;
        int close = -1;
        for (int i = at + 3; i < value.length(); i++) {
            char c = value.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        List<String> parts = topLevel(value.substring(at + 4, close));
        String name = parts.get(0).strip();
        String fallback = parts.size() > 1 ? value.substring(at + 4, close).substring(parts.get(0).length() + 1).strip()
                : null;
        String found = customProperty(e, style, name);
        if (found == null) {
            found = fallback;
        }
        return found == null ? null : value.substring(0, at) + found + value.substring(close + 1);
    }

    /** The value custom property {@code name} has on {@code e}, or null. */
    private String customProperty(Element e, Map<String, String> style, String name) {
        String own = style.get(name);
        if (own != null) {
            return own;
        }
        Registered reg = registered.get(name);
        if (reg == null || reg.inherits()) {
            Element parent = e.parent();
            if (parent != null && !parent.normalName().equals("#root")) {
                String inherited = of(parent).get(name);
                if (inherited != null) {
                    return inherited;
                }
            }
            String root = rootProperties.get(name);
            if (root != null) {
                return root;
            }
        }
        return reg == null ? null : reg.initial();
    }

    /**
     * Puts into {@code style} the declarations its animation ends at when the animation keeps them once it has run
     * ({@code forwards} or {@code both}): what the reader sees after the first moment.
     */
    private void ended(Map<String, String> style) {
        String animation = style.getOrDefault("animation", "") + " " + style.getOrDefault("animation-name", "");
        if (animationEnds.isEmpty() || animation.isBlank()) {
            return;
        }
        String fill = animation + " " + style.getOrDefault("animation-fill-mode", "");
        if (!fill.contains("forwards") && !fill.contains("both")) {
            return;
        }
        for (String word : animation.split("[\\s,]+")) {
            String end = animationEnds.get(word);
            if (end != null) {
                declarations(end, style);
            }
        }
    }

    /**
     * Puts each {@code property:value} of {@code text} into {@code out}, a later one replacing an earlier one; comments
     * and CSS escapes ({@code \\6e}, {@code \\p}) are read as a browser reads them.
     */
    static void declarations(String text, Map<String, String> out) {
        for (String d : unescaped(withoutComments(text)).split(";")) {
            int colon = d.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String property = d.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = d.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (value.endsWith("!important")) {
                value = value.substring(0, value.length() - "!important".length()).strip();
            }
            if (!property.isEmpty() && !value.isEmpty()) {
                out.put(property, value);
            }
        }
    }

    private void read() {
        if (byClass != null) {
            return;
        }
        byClass = new HashMap<>();
        byId = new HashMap<>();
        animationEnds = new HashMap<>();
        rootProperties = new HashMap<>();
        registered = new HashMap<>();
        if (doc == null) {
            return;
        }
        int budget = BUDGET;
        int[] order = {0};
        for (Element sheet : doc.select("style, link[rel~=(?i)stylesheet][href^=data:]")) {
            String css = sheet.normalName().equals("style") ? sheet.data() : dataSheet(sheet.attr("href"));
            if (css != null && css.isEmpty() && sheet.normalName().equals("style")) {
                css = sheet.wholeText(); // a style sheet inside an SVG image is text, and applies to the whole page
            }
            if (css == null || budget <= 0) {
                continue;
            }
            if (css.length() > budget) {
                css = css.substring(0, budget);
            }
            budget -= css.length();
            sheet(withoutComments(css), order);
        }
    }

    /** The style sheet a {@code data:text/css} address holds (percent-encoded or base64), or null. */
    static String dataSheet(String href) {
        int comma = href.indexOf(',');
        String head = comma < 0 ? "" : href.substring(0, comma).toLowerCase(Locale.ROOT);
        if (!head.startsWith("data:text/css")) {
            return null;
        }
        String body = href.substring(comma + 1);
        try {
            if (head.endsWith(";base64")) {
                return new String(Base64.getDecoder().decode(body.strip()), StandardCharsets.UTF_8);
            }
            return URLDecoder.decode(body.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // a broken address: no sheet
        }
    }

    /** {@code css} with its escapes ({@code \\} and up to six hex digits and a space, or another character) read. */
    static String unescaped(String css) {
        int slash = css.indexOf('\\');
        if (slash < 0) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length());
        out.append(css, 0, slash);
        int i = slash;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c != '\\' || i + 1 >= css.length()) {
                out.append(c);
                i++;
                continue;
            }
            int k = i + 1;
            while (k < css.length() && k < i + 7 && Character.digit(css.charAt(k), 16) >= 0) {
                k++;
            }
            if (k == i + 1) {
                out.append(css.charAt(k)); // an escaped character stands for itself
                i = k + 1;
                continue;
            }
            int code = Integer.parseInt(css.substring(i + 1, k), 16);
            out.appendCodePoint(code == 0 || code > Character.MAX_CODE_POINT ? 0xFFFD : code);
            i = k < css.length() && Character.isWhitespace(css.charAt(k)) ? k + 1 : k;
        }
        return out.toString();
    }

    private static String withoutComments(String css) {
        if (css.indexOf("/*") < 0) {
            return css;
        }
        return css.replaceAll("(?s)/\\*.*?(?:\\*/|$)", " ");
    }

    /**
     * Reads the rules of one style sheet: a prelude, then a block; an at-rule's block holds rules of its own, read
     * unless it is a media block for print alone (or a block no screen style is in: keyframes, font faces).
     */
    private void sheet(String css, int[] order) {
        int depth = 0;
        int skipDepth = -1; // inside a skipped at-rule's block from this depth
        String keyframes = null; // inside this animation's keyframes
        int keyframesDepth = -1;
        String property = null; // inside this custom property's registration
        int preludeStart = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                String prelude = css.substring(preludeStart, i).strip();
                if (prelude.startsWith("@")) {
                    String lower = prelude.toLowerCase(Locale.ROOT);
                    if (skipDepth < 0 && (lower.startsWith("@keyframes") || lower.startsWith("@-webkit-keyframes"))) {
                        keyframes = prelude.substring(lower.indexOf("keyframes") + "keyframes".length()).strip()
                                .replace("\"", "");
                        keyframesDepth = depth;
                    }
                    if (skipDepth < 0 && lower.startsWith("@property")) {
                        property = prelude.substring("@property".length()).strip();
                    }
                    if (skipDepth < 0 && !screenAtRule(prelude)) {
                        skipDepth = depth;
                    }
                    depth++;
                    preludeStart = i + 1;
                    continue;
                }
                int end = css.indexOf('}', i + 1);
                if (end < 0) {
                    return;
                }
                if (keyframes != null) {
                    for (String step : topLevel(prelude)) {
                        String t = step.strip().toLowerCase(Locale.ROOT);
                        if (t.equals("to") || t.equals("100%")) {
                            animationEnds.put(keyframes.toLowerCase(Locale.ROOT), css.substring(i + 1, end));
                        }
                    }
                } else if (skipDepth < 0) {
                    rule(prelude, css.substring(i + 1, end), order[0]++);
                }
                i = end;
                preludeStart = end + 1;
            } else if (c == '}') {
                if (property != null) {
                    register(property, css.substring(preludeStart, i));
                    property = null;
                }
                depth = Math.max(0, depth - 1);
                if (skipDepth >= 0 && depth <= skipDepth) {
                    skipDepth = -1;
                }
                if (keyframes != null && depth <= keyframesDepth) {
                    keyframes = null;
                }
                preludeStart = i + 1;
            } else if (c == ';' && css.substring(preludeStart, i).strip().startsWith("@")) {
                preludeStart = i + 1; // an at-rule without a block (@import, @charset) ends here
            }
        }
    }

    /** Keeps a registered custom property's initial value and whether it is inherited. */
    private void register(String name, String descriptors) {
        Map<String, String> d = new HashMap<>();
        declarations(descriptors, d);
        String initial = d.get("initial-value");
        if (initial != null && name.startsWith("--")) {
            registered.put(name.toLowerCase(Locale.ROOT), new Registered(initial, !"false".equals(d.get("inherits"))));
        }
    }

    /** Whether the rules inside an at-rule's block may apply on a screen. */
    private static boolean screenAtRule(String prelude) {
        String p = prelude.toLowerCase(Locale.ROOT);
        if (p.startsWith("@media")) {
            String query = p.substring("@media".length());
            // a list of queries applies on screen when one of them may: print alone never does
            for (String q : query.split(",")) {
                String t = q.strip();
                if (!(t.startsWith("print") || t.startsWith("only print"))) {
                    return true;
                }
            }
            return false;
        }
        return p.startsWith("@supports") || p.startsWith("@layer") || p.startsWith("@container")
                || p.startsWith("@scope");
    }

    /** Keeps a rule under the class or id that each of its selectors requires of the element it matches. */
    private void rule(String selectors, String declarations, int order) {
        for (String selector : topLevel(selectors)) {
            if (PAGE_WIDE.contains(selector.strip().toLowerCase(Locale.ROOT)) && declarations.contains("--")) {
                Map<String, String> d = new HashMap<>();
                declarations(declarations, d);
                d.forEach((k, v) -> {
                    if (k.startsWith("--")) {
                        rootProperties.put(k, v);
                    }
                });
            }
            Compound c = compound(selector.strip());
            String key = c == null ? null : c.key();
            if (key != null) {
                (key.charAt(0) == '.' ? byClass : byId).computeIfAbsent(key.substring(1), k -> new ArrayList<>())
                        .add(new Declared(order, declarations, c));
            }
        }
    }

    /** Selectors whose custom properties every element of the page inherits. */
    private static final java.util.Set<String> PAGE_WIDE = java.util.Set.of(":root", "html", "body", "*", ":where(:root)",
            "html:root");

    /** {@code selectors} split at the commas outside brackets. */
    static List<String> topLevel(String selectors) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selectors.length(); i++) {
            char c = selectors.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                out.add(selectors.substring(start, i));
                start = i + 1;
            }
        }
        out.add(selectors.substring(start));
        return out;
    }

    /**
     * What a compound selector asks of the one element it matches, or null when it is not one this reader follows:
     * one element's selector (no descendant or child part) of a tag name, classes, an id, and {@code :is()} or
     * {@code :where()} lists of tags or of one class or id ({@code :is(div,p).x}, {@code :where(.x)},
     * {@code div.x.y}). Any other pseudo-class (a state, {@code :not()}, {@code :has()}) or an attribute test makes
     * a selector that may not match, and it is not read.
     */
    static Compound compound(String selector) {
        List<String> tags = null;
        List<String> classes = new ArrayList<>();
        String id = null;
        int i = 0;
        int n = selector.length();
        while (i < n) {
            char c = selector.charAt(i);
            if (c == '.' || c == '#') {
                int end = nameEnd(selector, i + 1);
                if (end == i + 1) {
                    return null;
                }
                if (c == '.') {
                    classes.add(selector.substring(i + 1, end));
                } else {
                    id = selector.substring(i + 1, end);
                }
                i = end;
            } else if (c == ':') {
                String rest = selector.substring(i).toLowerCase(Locale.ROOT);
                int open = rest.startsWith(":is(") ? 3 : rest.startsWith(":where(") ? 6 : -1;
                int close = open < 0 ? -1 : selector.indexOf(')', i + open);
                if (close < 0) {
                    return null;
                }
                List<String> inner = topLevel(selector.substring(i + open + 1, close));
                if (inner.stream().allMatch(s -> simpleTag(s.strip()))) {
                    List<String> listed = inner.stream().map(String::strip).toList();
                    tags = tags == null ? listed : tags.stream().filter(listed::contains).toList();
                } else if (inner.size() == 1) {
                    Compound one = compound(inner.get(0).strip());
                    if (one == null) {
                        return null;
                    }
                    classes.addAll(one.classes());
                    id = one.id() != null ? one.id() : id;
                    if (one.tags() != null) {
                        tags = tags == null ? one.tags() : tags.stream().filter(one.tags()::contains).toList();
                    }
                } else {
                    return null;
                }
                i = close + 1;
            } else if (i == 0 && (c >= 'a' && c <= 'z' || c == '*')) {
                int end = c == '*' ? 1 : nameEnd(selector, 0);
                tags = c == '*' ? null : List.of(selector.substring(0, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                return null; // a combinator, an attribute test, anything else
            }
        }
        return new Compound(tags, List.copyOf(classes), id);
    }

    private static boolean simpleTag(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9');
    }

    private static int nameEnd(String s, int from) {
        int k = from;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                break;
            }
            k++;
        }
        return k;
    }
}
