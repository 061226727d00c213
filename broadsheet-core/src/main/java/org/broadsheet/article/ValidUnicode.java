package org.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;


/**
 * Makes every string of an article valid Unicode, once, when it is assembled: a lone surrogate (from a numeric
 * reference such as {@code &#xD800;}, or a cut pair) becomes U+FFFD, and the article says so in an
 * {@code invalid-unicode} warning. Every writer can then encode the article without meeting a character it cannot
 * encode. Replacing one char with one char keeps every offset (spam spans) where it was.
 */
public final class ValidUnicode {

    private ValidUnicode() {
    }

    /** {@code a} unchanged when all its text is valid, else a copy with each lone surrogate replaced, and a warning. */
    public static Article of(Article a) {
        Counter count = new Counter();
        UnaryOperator<String> fix = s -> count.repair(s);
        Article fixed = new Article(a.schemaVersion(), fix.apply(a.source()), fix.apply(a.url()),
                fix.apply(a.canonicalUrl()), fix.apply(a.title()), fix.apply(a.subtitle()), all(a.authors(), fix),
                all(a.authorOrganizations(), fix), fix.apply(a.publisher()), all(a.section(), fix), all(a.tags(), fix),
                fix.apply(a.description()), language(a.language(), fix), image(a.image(), fix), a.published(),
                a.modified(), a.blocks().stream().map(b -> new BodyBlock(b.type(), fix.apply(b.text()), b.rows() == null ? null
                        : b.rows().stream().map(r -> all(r, fix)).toList())).toList(),
                a.removed().stream().map(r -> new RemovedBlock(r.kind(), fix.apply(r.text()), fix.apply(r.reason())))
                        .toList(),
                a.warnings().stream().map(w -> new Warning(w.code(), fix.apply(w.message()))).toList(),
                a.provenance(), a.injectedSpam().stream().map(f -> spam(f, fix)).toList());
        if (count.replaced == 0) {
            return a;
        }
        List<Warning> warnings = new ArrayList<>(fixed.warnings());
        warnings.add(new Warning("invalid-unicode", count.replaced + " lone surrogate code unit"
                + (count.replaced == 1 ? " (from a numeric character reference or a cut pair) was" : "s (from numeric "
                + "character references or cut pairs) were") + " replaced with U+FFFD"));
        return new Article(fixed.schemaVersion(), fixed.source(), fixed.url(), fixed.canonicalUrl(), fixed.title(),
                fixed.subtitle(), fixed.authors(), fixed.authorOrganizations(), fixed.publisher(), fixed.section(),
                fixed.tags(), fixed.description(), fixed.language(), fixed.image(), fixed.published(),
                fixed.modified(), fixed.blocks(), fixed.removed(), warnings, fixed.provenance(), fixed.injectedSpam());
    }

    /** {@code s} with every lone surrogate replaced by U+FFFD; {@code s} itself when it has none. */
    public static String of(String s) {
        return new Counter().repair(s);
    }

    /** True when {@code s} has no lone surrogate. */
    public static boolean isValid(String s) {
        return s == null || firstLone(s) < 0;
    }

    private static int firstLone(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> all(List<String> values, UnaryOperator<String> fix) {
        return values.stream().map(fix).toList();
    }

    private static Language language(Language l, UnaryOperator<String> fix) {
        return l == null ? null : new Language(fix.apply(l.code()), fix.apply(l.declared()), fix.apply(l.detected()));
    }

    private static LeadImage image(LeadImage i, UnaryOperator<String> fix) {
        return i == null ? null : new LeadImage(fix.apply(i.url()), fix.apply(i.caption()), fix.apply(i.credit()));
    }

    private static SpamFinding spam(SpamFinding f, UnaryOperator<String> fix) {
        return new SpamFinding(fix.apply(f.location()), f.blockIndex(), f.start(), f.end(), fix.apply(f.text()),
                f.family(), f.score(), f.reasons().stream().map(fix).toList());
    }

    /** Counts what it replaces across the strings of one article. */
    private static final class Counter {
        int replaced;

        String repair(String s) {
            if (s == null) {
                return null;
            }
            int first = firstLone(s);
            if (first < 0) {
                return s;
            }
            StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
            for (int i = first; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    out.append('\uFFFD');
                    replaced++;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
