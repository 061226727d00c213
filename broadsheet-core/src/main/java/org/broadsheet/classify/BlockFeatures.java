package org.broadsheet.classify;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What {@link BlockModel} knows of one block: the rules' decision on it, its own form (length, links,
 * punctuation, markup), where it sits (inside the container, between kept blocks, under navigation or a
 * footer, in a run of like-made entries) and the page around it. General evidence only: no site, no word
 * list beyond a few class-name stems.
 */
final class BlockFeatures {

    /** The feature names, in the order of the arrays {@link #of} returns and the model's weights. */
    static final List<String> NAMES = List.of(
            "rule_body", "in_root", "log_len", "log_words", "link_density", "ends_sentence", "is_prose",
            "punct_per_word", "digit_share", "upper_start_share",
            "t_paragraph", "t_heading", "t_list_item", "t_quote", "t_table", "t_caption", "t_code",
            "tag_p", "tag_h", "tag_li", "tag_td", "tag_a_span",
            "rel_pos",
            "k_outside", "k_nav", "k_footer", "k_related", "k_comments", "k_title", "k_byline", "k_caption",
            "k_share_ad_tags", "k_other", "k_hidden",
            "page_body_share", "page_log_chars", "page_log_body_blocks", "page_root_share",
            "prev_body", "next_body", "between_body", "log_dist_body",
            "anc_nav", "anc_header", "anc_footer", "anc_aside", "anc_form", "anc_table", "anc_list",
            "anc_main_article", "anc_link",
            "cls_comment", "cls_sidebar", "cls_menu", "cls_footer", "cls_content", "cls_product", "cls_post",
            "cls_hidden",
            "log_repeat", "repeat_up", "repeat_share",
            "parent_link_density", "parent_share", "gp_link_density", "gp_share", "log_depth",
            "same_tag_run", "log_links");

    /** Links counted in a block's element, at most: more say nothing new. */
    private static final int MAX_LINKS = 30;
    private static final int NAV = 1, HEADER = 2, FOOTER = 4, ASIDE = 8, FORM = 16, TABLE = 32, LIST = 64,
            MAIN = 128, LINK = 256, C_COMMENT = 512, C_SIDEBAR = 1024, C_MENU = 2048, C_FOOTER = 4096,
            C_CONTENT = 8192, C_PRODUCT = 16384, C_POST = 32768, C_HIDDEN = 65536;

    private BlockFeatures() {
    }

    /** One feature row per decision, in order. */
    static double[][] of(List<Decision> decisions, List<Element> roots, ElementStats stats) {
        int n = decisions.size();
        double[][] rows = new double[n][];
        boolean[] inRoot = new boolean[n];
        PageTotals page = PageTotals.of(decisions, roots, inRoot);
        Memo memo = new Memo(stats, distances(decisions));
        for (int i = 0; i < n; i++) {
            rows[i] = row(decisions, i, inRoot[i], page, memo);
        }
        return rows;
    }

    /*
     * The row is built by several small methods rather than one long loop: the JIT compiles each on its own, so a
     * branch first taken on a new kind of page recompiles one small method instead of the whole feature pass
     * (issue 17 found this method recompiled ten times at seconds each on the WCXB pages).
     */

    /** What the whole page contributes to every row, and where the rules' body starts and ends. */
    private record PageTotals(int total, int first, int last, double share, double logChars, double logBodyBlocks,
            double rootShare) {

        static PageTotals of(List<Decision> decisions, List<Element> roots, boolean[] inRoot) {
            int total = 0;
            int body = 0;
            int bodyBlocks = 0;
            int inRoots = 0;
            int first = -1;
            int last = -1;
            for (int i = 0; i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                Block b = d.block();
                if (b.hidden()) {
                    continue;
                }
                total += b.length();
                if (d.isBody()) {
                    body += b.length();
                    bodyBlocks++;
                    first = first < 0 ? i : first;
                    last = i;
                }
                inRoot[i] = !roots.isEmpty() && ArticleContainer.rootOf(b.element(), roots) != null;
                inRoots += inRoot[i] ? b.length() : 0;
            }
            return new PageTotals(total, first, last, total == 0 ? 0 : body / (double) total, Math.log1p(total),
                    Math.log1p(bodyBlocks), total == 0 ? 0 : inRoots / (double) total);
        }
    }

    /** Per-page memos of element walks shared by the rows. */
    private record Memo(ElementStats stats, int[] distance, Map<Element, Integer> flags, Map<Element, int[]> repeats,
            Map<Element, Map<Signature, Integer>> signatures, Map<Element, Integer> links) {

        Memo(ElementStats stats, int[] distance) {
            this(stats, distance, new IdentityHashMap<>(), new IdentityHashMap<>(), new IdentityHashMap<>(),
                    new IdentityHashMap<>());
        }
    }

    private static double[] row(List<Decision> decisions, int i, boolean inRoot, PageTotals page, Memo memo) {
        Decision d = decisions.get(i);
        Block b = d.block();
        double[] f = new double[NAMES.size()];
        int k = 0;
        f[k++] = d.isBody() ? 1 : 0;
        f[k++] = inRoot ? 1 : 0;
        k = form(f, k, b);
        k = blockType(f, k, b.type());
        k = tag(f, k, b.element());
        f[k++] = decisions.size() <= 1 ? 0 : i / (double) (decisions.size() - 1);
        k = kind(f, k, d.kind(), b.hidden());
        k = neighbours(f, k, decisions, i, page, memo.distance());
        k = markup(f, k, b, page, memo);
        f[k++] = sameTagRun(decisions, i);
        f[k++] = b.linkChars() == 0 || b.element() == null ? 0
                : Math.log1p(memo.links().computeIfAbsent(b.element(), BlockFeatures::links));
        assert k == f.length;
        return f;
    }

    /** The block's own text: length, words, links, sentence form, punctuation, digits, capitals. */
    private static int form(double[] f, int k, Block b) {
        String text = b.text();
        f[k++] = Math.log1p(b.length());
        int words = 0;
        int punct = 0;
        int digits = 0;
        int upperStarts = 0;
        boolean inWord = false;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            boolean letter = Character.isLetterOrDigit(ch);
            if (letter && !inWord) {
                words++;
                upperStarts += Character.isUpperCase(ch) ? 1 : 0;
            }
            inWord = letter;
            digits += Character.isDigit(ch) ? 1 : 0;
            punct += ch == ',' || ch == '.' || ch == ';' || ch == '，' || ch == '。' || ch == '、' ? 1 : 0;
        }
        f[k++] = Math.log1p(words);
        f[k++] = b.linkDensity();
        f[k++] = ProseSignals.endsSentence(text) ? 1 : 0;
        f[k++] = ProseSignals.isProse(text, b.linkDensity()) ? 1 : 0;
        f[k++] = words == 0 ? 0 : Math.min(punct / (double) words, 2);
        f[k++] = text.isEmpty() ? 0 : digits / (double) text.length();
        f[k++] = words == 0 ? 0 : upperStarts / (double) words;
        return k;
    }

    private static final List<BlockType> TYPES = List.of(BlockType.PARAGRAPH, BlockType.HEADING, BlockType.LIST_ITEM,
            BlockType.QUOTE, BlockType.TABLE, BlockType.CAPTION, BlockType.CODE);

    private static int blockType(double[] f, int k, BlockType type) {
        for (BlockType t : TYPES) {
            f[k++] = type == t ? 1 : 0;
        }
        return k;
    }

    private static int tag(double[] f, int k, Element el) {
        String tag = el == null ? "" : el.normalName();
        f[k++] = tag.equals("p") ? 1 : 0;
        f[k++] = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? 1 : 0;
        f[k++] = tag.equals("li") || tag.equals("dd") || tag.equals("dt") ? 1 : 0;
        f[k++] = tag.equals("td") || tag.equals("th") ? 1 : 0;
        f[k++] = tag.equals("a") || tag.equals("span") ? 1 : 0;
        return k;
    }

    /** The rules' reason for removing the block, if they did. */
    private static int kind(double[] f, int k, Boilerplate kind, boolean hidden) {
        f[k++] = kind == Boilerplate.OUTSIDE_ARTICLE ? 1 : 0;
        f[k++] = kind == Boilerplate.NAVIGATION || kind == Boilerplate.BREADCRUMB || kind == Boilerplate.BANNER ? 1 : 0;
        f[k++] = kind == Boilerplate.FOOTER ? 1 : 0;
        f[k++] = kind == Boilerplate.RELATED ? 1 : 0;
        f[k++] = kind == Boilerplate.COMMENTS ? 1 : 0;
        f[k++] = kind == Boilerplate.TITLE || kind == Boilerplate.SUBTITLE ? 1 : 0;
        f[k++] = kind == Boilerplate.BYLINE ? 1 : 0;
        f[k++] = kind == Boilerplate.CAPTION ? 1 : 0;
        f[k++] = kind == Boilerplate.SHARE || kind == Boilerplate.ADVERTISEMENT || kind == Boilerplate.TAGS ? 1 : 0;
        f[k++] = kind == Boilerplate.OTHER ? 1 : 0;
        f[k++] = kind == Boilerplate.HIDDEN || hidden ? 1 : 0;
        return k;
    }

    /** The page around the block, and whether the rules kept its neighbours. */
    private static int neighbours(double[] f, int k, List<Decision> decisions, int i, PageTotals page, int[] distance) {
        int n = decisions.size();
        f[k++] = page.share();
        f[k++] = page.logChars();
        f[k++] = page.logBodyBlocks();
        f[k++] = page.rootShare();
        f[k++] = i > 0 && decisions.get(i - 1).isBody() ? 1 : 0;
        f[k++] = i + 1 < n && decisions.get(i + 1).isBody() ? 1 : 0;
        f[k++] = page.first() >= 0 && i > page.first() && i < page.last() ? 1 : 0;
        f[k++] = Math.log1p(distance[i]);
        return k;
    }

    /** Where the block sits in the markup: its ancestors, like-made siblings, parent and grandparent, links. */
    private static int markup(double[] f, int k, Block b, PageTotals page, Memo memo) {
        Element el = b.element();
        int total = page.total();
        int fl = el == null ? 0 : flags(el, memo.flags());
        for (int bit = NAV; bit <= C_HIDDEN; bit <<= 1) {
            f[k++] = (fl & bit) != 0 ? 1 : 0;
        }
        int[] rep = el == null ? new int[] {0, 0, 0} : repeat(el, memo.repeats(), memo.signatures(), memo.stats(), total);
        f[k++] = Math.log1p(rep[0]);
        f[k++] = rep[1];
        f[k++] = rep[2] / 1000.0;
        Element parent = el == null ? null : el.parent();
        k = share(f, k, parent == null ? null : memo.stats().of(parent), total);
        Element gp = parent == null ? null : parent.parent();
        k = share(f, k, gp == null ? null : memo.stats().of(gp), total);
        f[k++] = Math.log1p(depth(el));
        return k;
    }

    /** An ancestor's link density and its share of the page's characters. */
    private static int share(double[] f, int k, ElementStats.Stats s, int total) {
        f[k++] = s == null ? 0 : s.linkDensity();
        f[k++] = s == null || total == 0 ? 0 : s.chars / (double) total;
        return k;
    }
    /** Blocks to the nearest block the rules kept (0 for a kept block, n when none was kept). */
    private static int[] distances(List<Decision> decisions) {
        int n = decisions.size();
        int[] out = new int[n];
        int lastBody = -1;
        for (int i = 0; i < n; i++) {
            lastBody = decisions.get(i).isBody() ? i : lastBody;
            out[i] = lastBody < 0 ? n : i - lastBody;
        }
        lastBody = -1;
        for (int i = n - 1; i >= 0; i--) {
            lastBody = decisions.get(i).isBody() ? i : lastBody;
            out[i] = Math.min(out[i], lastBody < 0 ? n : lastBody - i);
        }
        return out;
    }

    /** How many neighbouring blocks (up to 5 each side) share this block's type: entries of a list or table. */
    private static double sameTagRun(List<Decision> decisions, int i) {
        BlockType type = decisions.get(i).block().type();
        int run = 0;
        for (int j = Math.max(0, i - 5); j <= Math.min(decisions.size() - 1, i + 5); j++) {
            run += j != i && decisions.get(j).block().type() == type ? 1 : 0;
        }
        return run / 10.0;
    }

    /**
     * The links in {@code el} (at most 30): one link in a short line is often a linked heading or product name,
     * several are a row of topics or related stories.
     */
    private static int links(Element el) {
        int[] links = {0};
        // counting stops at the cap: a page's outer containers hold hundreds of links
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a") && ++links[0] >= MAX_LINKS) {
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, el);
        return links[0];
    }

    /** What makes siblings alike: the same tag and the same class attribute. */
    private record Signature(String tag, String classes) {
        static Signature of(Element el) {
            return new Signature(el.normalName(), el.className());
        }
    }

    private static int depth(Element el) {
        int d = 0;
        for (Element e = el; e != null; e = e.parent()) {
            d++;
        }
        return d;
    }

    /** The markup flags of {@code el} and every element above it. */
    private static int flags(Element el, Map<Element, Integer> memo) {
        Integer known = memo.get(el);
        if (known != null) {
            return known;
        }
        int above = el.parent() == null ? 0 : flags(el.parent(), memo);
        int own = ownFlags(el);
        memo.put(el, above | own);
        return above | own;
    }

    private static int ownFlags(Element el) {
        int f = 0;
        switch (el.normalName()) {
            case "nav" -> f |= NAV;
            case "header" -> f |= HEADER;
            case "footer" -> f |= FOOTER;
            case "aside" -> f |= ASIDE;
            case "form" -> f |= FORM;
            case "table" -> f |= TABLE;
            case "ul", "ol", "dl" -> f |= LIST;
            case "main", "article" -> f |= MAIN;
            case "a" -> f |= LINK;
            default -> { }
        }
        String role = el.attr("role");
        if (role.equals("navigation")) {
            f |= NAV;
        } else if (role.equals("main")) {
            f |= MAIN;
        } else if (role.equals("contentinfo")) {
            f |= FOOTER;
        }
        String names = el.className();
        String id = el.id();
        if (names.isEmpty() && id.isEmpty()) {
            return f;
        }
        String s = (names + " " + id).toLowerCase(Locale.ROOT);
        if (s.contains("comment") || s.contains("respon") || s.contains("reply")) {
            f |= C_COMMENT;
        }
        if (s.contains("sidebar") || s.contains("widget") || s.contains("related") || s.contains("recommend")) {
            f |= C_SIDEBAR;
        }
        if (s.contains("menu") || s.contains("nav") || s.contains("breadcrumb")) {
            f |= C_MENU;
        }
        if (s.contains("footer") || s.contains("copyright") || s.contains("legal")) {
            f |= C_FOOTER;
        }
        if (s.contains("content") || s.contains("article") || s.contains("entry") || s.contains("main")
                || s.contains("body") || s.contains("text")) {
            f |= C_CONTENT;
        }
        if (s.contains("product") || s.contains("price") || s.contains("descr") || s.contains("spec")
                || s.contains("detail")) {
            f |= C_PRODUCT;
        }
        if (s.contains("post") || s.contains("message") || s.contains("thread") || s.contains("topic")
                || s.contains("question") || s.contains("answer")) {
            f |= C_POST;
        }
        if (s.contains("hidden") || s.contains("modal") || s.contains("popup") || s.contains("cookie")
                || s.contains("newsletter") || s.contains("subscribe")) {
            f |= C_HIDDEN;
        }
        return f;
    }

    /**
     * The nearest element from {@code el} up (5 levels at most) that is one of at least three like-made
     * siblings (same tag and class): {count of such siblings, levels up, chars of the group per mille of the page}.
     */
    private static int[] repeat(Element el, Map<Element, int[]> memo, Map<Element, Map<Signature, Integer>> signatures,
            ElementStats stats, int total) {
        int[] known = memo.get(el);
        if (known != null) {
            return known;
        }
        int[] found = {0, 0, 0};
        Element e = el;
        for (int up = 0; up < 5 && e != null && e.parent() != null; up++, e = e.parent()) {
            Element parent = e.parent();
            Map<Signature, Integer> counts = signatures.computeIfAbsent(parent, p -> {
                Map<Signature, Integer> m = new HashMap<>();
                for (int i = 0; i < p.childNodeSize(); i++) {
                    if (p.childNode(i) instanceof Element c) {
                        m.merge(Signature.of(c), 1, Integer::sum);
                    }
                }
                return m;
            });
            int count = counts.getOrDefault(Signature.of(e), 0);
            if (count >= 3) {
                ElementStats.Stats ps = stats.of(parent);
                int share = ps == null || total == 0 ? 0 : (int) (1000L * ps.chars / total);
                found = new int[] {count, up, share};
                break;
            }
        }
        memo.put(el, found);
        return found;
    }
}
