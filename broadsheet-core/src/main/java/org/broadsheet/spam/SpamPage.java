package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.Block;
import org.broadsheet.block.Page;
import org.broadsheet.block.Visibility;
import org.broadsheet.classify.Decision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Facts about a page that every suspect on it is judged against: the writing systems and language of its article,
 * where its body and footer are, its style sheets, and its prose's word pairs.
 */
final class SpamPage {

    final List<Decision> decisions;
    final Set<ScriptMismatch.Writing> nativeWritings;
    final Visibility markup;
    /** Hiding that block segmentation does not count, asked after {@link #markup}. */
    private final ConcealingMarkup concealing;
    /** Per block, its hidden element holding all its words ({@link #wholeHiddenPart}): found once, asked at several steps. */
    private final Map<Integer, Optional<Element>> wholeParts = new HashMap<>();
    final List<Page.HeadField> headFields;
    final int firstBody;
    final int lastBody;
    final int footer;
    final boolean html;
    /** Share of the body's Latin letters that carry marks (é, ơ, ñ). */
    final double markedLatin;
    private final List<String> bodyOrAll;
    private final List<String> body;
    /** The index of each of {@link #body}'s blocks. */
    private final List<Integer> bodyIndex;
    private String language;
    private boolean languageRead;
    private String site;
    private boolean siteRead;
    private WordOrder order;

    private final Page parsed;
    private List<Element> noscripts;

    /**
     * @param parsed the page the decisions were made on
     * @param footerMarker the offset of the first footer marker in a text, or -1
     */
    SpamPage(Page parsed, List<Decision> decisions, ToIntFunction<String> footerMarker) {
        this.parsed = parsed;
        this.decisions = decisions;
        List<String> bodyTexts = new ArrayList<>();
        List<Integer> bodyAt = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.isBody()) {
                bodyTexts.add(d.block().text());
                bodyAt.add(i);
                first = first < 0 ? i : first;
                last = i;
            }
        }
        this.body = List.copyOf(bodyTexts);
        this.bodyIndex = List.copyOf(bodyAt);
        if (bodyTexts.size() < 3) {
            bodyTexts.clear();
            decisions.forEach(d -> bodyTexts.add(d.block().text()));
        }
        this.nativeWritings = ScriptMismatch.nativeWritings(bodyTexts);
        this.markedLatin = Languages.markedLatinShare(String.join(" ", bodyTexts));
        this.bodyOrAll = bodyTexts;
        this.firstBody = first;
        this.lastBody = last;
        this.html = parsed.isHtml();
        this.headFields = parsed.headFields();
        this.markup = parsed.visibility();
        this.concealing = new ConcealingMarkup(markup, parsed.isHtml() ? parsed.document() : null);
        int foot = decisions.size();
        for (int i = Math.max(0, last + 1); i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.kind() == Boilerplate.FOOTER || footerMarker.applyAsInt(d.block().text()) >= 0) {
                foot = i;
                break;
            }
        }
        this.footer = foot;
    }

    /** The site's own registrable domain, or null; found on first use, as only suspects with links need it. */
    String site() {
        if (!siteRead) {
            site = HiddenLinks.siteDomain(parsed.document());
            siteRead = true;
        }
        return site;
    }

    /** The body's language as its function words say, or null; found on first use. */
    String language() {
        if (!languageRead) {
            language = Languages.guess(String.join(" ", bodyOrAll));
            languageRead = true;
        }
        return language;
    }

    /**
     * The element that hides {@code el} from readers (itself or an ancestor): by {@link Visibility#hidingElement},
     * by colouring its text like the background behind it, or by markup only spam detection counts
     * ({@link ConcealingMarkup}). Null when none does.
     */
    Element hider(Element el) {
        Element hider = markup.hidingElement(el);
        if (hider != null || el == null) {
            return hider;
        }
        return markup.colourHiding(el) != null ? colourBox(el) : concealing.hider(el);
    }

    /** How {@code el} is hidden from readers, or null. */
    String hiding(Element el) {
        String how = markup.hiding(el);
        if (how != null || el == null) {
            return how;
        }
        how = markup.colourHiding(el);
        return how != null ? how : concealing.hiding(el);
    }

    /** Whether {@code e} itself (not an ancestor) hides what it holds, in any way {@link #hider} counts. */
    boolean hidesItself(Element e) {
        return markup.hides(e) || markup.colourHiding(e) != null || concealing.own(e) != null;
    }

    /**
     * The element that hides block {@code i}'s text from readers: the one that hides its element ({@link #hider}),
     * else a hidden element inside it that holds all its words (a hidden span that is the whole of a list item or
     * a byline's line: planted there, it is a hidden run of its own). Null when neither does.
     */
    Element blockHider(int i) {
        Element el = block(i).element();
        Element hider = hider(el);
        if (hider != null && !hiddenByLayoutOnly(el, hider) || el == null) {
            return hider;
        }
        // a hidden part planted in a line of a box that only the whole style sheet hides (a closed drop-down) is a
        // hidden run of its own, not a line of the box
        Element part = wholeHiddenPart(i);
        return part != null ? part : hider;
    }

    /** How block {@code i}'s text is hidden from readers ({@link #blockHider}), or null. */
    String blockHiding(int i) {
        Element el = block(i).element();
        String how = hiding(el);
        if (el == null || how != null && !hiddenByLayoutOnly(el, hider(el))) {
            return how;
        }
        Element part = wholeHiddenPart(i);
        return part != null ? hiding(part) : how;
    }

    /**
     * Whether {@code hider}, which hides {@code el}, is found only by the whole style sheet or the document's
     * structure ({@link ConcealingMarkup#hiddenByLayout}), not by {@link Visibility} or by its colours.
     */
    private boolean hiddenByLayoutOnly(Element el, Element hider) {
        return markup.hidingElement(el) == null && markup.colourHiding(el) == null
                && concealing.hiddenByLayout(hider);
    }

    /** Most elements inside one block looked at for a hidden part. */
    private static final int MAX_PART_ELEMENTS = 200;
    /** Least share of a block's letters a hidden element inside it must hold to hide the block. */
    private static final double WHOLE_SHARE = 0.9;

    /**
     * The first element inside block {@code i}'s element that hides itself when it holds nearly all of the block's
     * letters, else null.
     */
    private Element wholeHiddenPart(int i) {
        return wholeParts.computeIfAbsent(i, k -> Optional.ofNullable(findWholeHiddenPart(block(k).element(),
                block(k).text()))).orElse(null);
    }

    private Element findWholeHiddenPart(Element el, String text) {
        int letters = letters(text);
        Element part = letters == 0 ? null : firstHiddenPart(el);
        if (part == null) {
            return null;
        }
        int held = letters(part.text());
        return held >= WHOLE_SHARE * letters && held <= letters / WHOLE_SHARE ? part : null;
    }

    /**
     * The first element inside {@code el} (not itself) that hides itself in any way {@link #hider} counts, among
     * the first few hundred, or null.
     */
    Element firstHiddenPart(Element el) {
        Element[] found = {null};
        int[] seen = {0};
        el.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element d) || d == el) {
                    return FilterResult.CONTINUE;
                }
                if (++seen[0] > MAX_PART_ELEMENTS) {
                    return FilterResult.STOP;
                }
                if ((d.attributesSize() > 0 || d.normalName().equals("details")) && hidesItself(d)) {
                    found[0] = d;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    private static int letters(String text) {
        return InjectedSpam.letters(text, 0, text.length());
    }

    /** The outermost ancestor of {@code el} (or itself) still coloured like its background: the planted box. */
    private Element colourBox(Element el) {
        Element box = el;
        int steps = 0;
        for (Element e = el.parent(); e != null && steps < 16; e = e.parent(), steps++) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html") || markup.colourHiding(e) == null) {
                break;
            }
            box = e;
        }
        return box;
    }

    Block block(int i) {
        return decisions.get(i).block();
    }

    /**
     * The element whose text a {@code noscript} head field is, for its links: the n-th {@code <noscript>} of the
     * body, or its text read as markup when the parser kept it as text. Null when it cannot be found.
     */
    Element noscript(Page.HeadField field) {
        if (parsed.document() == null) {
            return null;
        }
        if (noscripts == null) {
            noscripts = parsed.document().select("body noscript");
        }
        int n = 0;
        for (Page.HeadField f : headFields) {
            if (f == field) {
                break;
            }
            n += f.name().equals("noscript") ? 1 : 0;
        }
        if (n >= noscripts.size()) {
            return null;
        }
        Element ns = noscripts.get(n);
        return ns.children().isEmpty() && ns.text().contains("<") ? Jsoup.parseBodyFragment(
                org.jsoup.parser.Parser.unescapeEntities(ns.text(), false)).body() : ns;
    }

    /** The text of the places of an HTML page that no block holds ({@link UnshownText}); none for a text page. */
    List<UnshownText.Carrier> unshown() {
        return html ? UnshownText.of(parsed.document(), this) : List.of();
    }

    /**
     * The word pairs of the article's prose, learnt on first use: its body blocks that hold a sentence. A planted
     * run of phrases that the classifier kept in the body has none, and would otherwise vouch for its own words.
     */
    WordOrder order() {
        if (order == null) {
            order = new WordOrder(prose(-1, null));
        }
        return order;
    }

    /**
     * The word pairs of the article's prose with block {@code i}'s text read as {@code own}: a paragraph with a run
     * appended is prose, and its run would otherwise vouch for its own words. Learnt anew on each call (only runs
     * that pass the cheap tests of a line of phrases ask); the same as {@link #order()} when block {@code i} is not
     * prose of the body.
     */
    WordOrder orderWith(int i, String own) {
        int at = bodyIndex.indexOf(i);
        if (at < 0 || !KeywordFarm.hasSentenceEnd(body.get(at))) {
            return order();
        }
        return new WordOrder(prose(at, own));
    }

    /**
     * The word pairs of the article's prose without blocks {@code from} to {@code to}: a hidden text the classifier
     * kept in the body would otherwise vouch for its own words. The same as {@link #order()} when none of them is
     * prose of the body.
     */
    WordOrder orderWithout(int from, int to) {
        for (int k = 0; k < body.size(); k++) {
            int block = bodyIndex.get(k);
            if (block >= from && block <= to && KeywordFarm.hasSentenceEnd(body.get(k))) {
                return new WordOrder(prose(-1, null, from, to));
            }
        }
        return order();
    }

    private List<String> prose(int replaced, String own) {
        return prose(replaced, own, -1, -1);
    }

    /** The body's texts that hold a sentence, body text {@code replaced} read as {@code own}, blocks from-to left out. */
    private List<String> prose(int replaced, String own, int from, int to) {
        List<String> prose = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            int block = bodyIndex.get(k);
            String text = k == replaced ? own : body.get(k);
            if ((block < from || block > to) && KeywordFarm.hasSentenceEnd(text)) {
                prose.add(text);
            }
        }
        return prose;
    }
}
