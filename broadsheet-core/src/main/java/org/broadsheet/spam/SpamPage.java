package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.Block;
import org.broadsheet.block.Page;
import org.broadsheet.block.Visibility;
import org.broadsheet.classify.Decision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Facts about a page that every suspect on it is judged against: the writing systems and language of its article,
 * where its body and footer are, its style sheets, and its prose's word pairs.
 */
final class SpamPage {

    final List<Decision> decisions;
    final Set<ScriptMismatch.Writing> nativeWritings;
    final Visibility markup;
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
     * or by colouring its text like the background behind it. Null when none does.
     */
    Element hider(Element el) {
        Element hider = markup.hidingElement(el);
        if (hider != null || el == null) {
            return hider;
        }
        return markup.colourHiding(el) == null ? null : colourBox(el);
    }

    /** How {@code el} is hidden from readers, or null. */
    String hiding(Element el) {
        String how = markup.hiding(el);
        return how != null || el == null ? how : markup.colourHiding(el);
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

    private List<String> prose(int replaced, String own) {
        List<String> prose = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            String text = k == replaced ? own : body.get(k);
            if (KeywordFarm.hasSentenceEnd(text)) {
                prose.add(text);
            }
        }
        return prose;
    }
}
