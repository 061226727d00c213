package org.broadsheet.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.PageType;
import org.broadsheet.block.Block;
import org.broadsheet.block.Page;
import org.jsoup.nodes.Element;

/**
 * Decides which blocks of an HTML page are the article body.
 *
 * <p>First {@link ArticleContainer} locates the elements that hold the article. Then each block
 * inside them is checked against the furniture that publishers put inside articles: share bars, ad
 * slots, captions, related links, bylines, stock lines; {@link ArticleEdges} trims what is left at
 * the edges. Blocks outside the container are reported with the kind their markup suggests.
 */
public final class BodyClassifier {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final BlockModel model;

    private BodyClassifier(BlockModel model) {
        this.model = model;
    }

    /** The classifier: the rules, then the bundled block model over their decisions. */
    public BodyClassifier() {
        this(BlockModel.bundled());
    }

    /** The rules alone, without the block model: what the model is trained on. */
    public static BodyClassifier rulesOnly() {
        return new BodyClassifier(null);
    }

    /**
     * The decisions on a page's blocks and the page's type.
     *
     * @param decisions one per block, in reading order
     * @param pageType the page's type as judged from the rules' decisions, or {@code null} when not judged
     */
    public record Classified(List<Decision> decisions, PageType pageType) {
    }

    /** Classifies {@code blocks}, in order. {@code title} (may be null) is the headline found by metadata. */
    public List<Decision> classify(Page page, String title) {
        return classify(page.blocks(), title);
    }

    /** Classifies {@code blocks}, in reading order; {@code title} (may be null) is the page's headline. */
    public List<Decision> classify(List<Block> blocks, String title) {
        return classify(blocks, title, null).decisions();
    }

    /**
     * Classifies {@code blocks}, in reading order, and judges the page's type with {@code pageType} (may be null)
     * from the rules' decisions. The type sets how readily the block model overrules the rules: on an article
     * they are seldom wrong; on a forum, listing or product page their search for prose misses short entries.
     */
    public Classified classify(List<Block> blocks, String title, Function<List<Decision>, PageType> pageType) {
        Rules rules = rules(blocks, title);
        PageType type = pageType == null ? null : pageType.apply(rules.decisions());
        if (model == null || blocks.isEmpty()) {
            return new Classified(withoutScriptDataAndCaptions(rules.decisions(), type), type);
        }
        double[][] features = BlockFeatures.of(rules.decisions(), rules.roots(), rules.stats());
        List<Decision> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Decision d = rules.decisions().get(i);
            Block b = d.block();
            if (b.hidden() || d.kind() == Boilerplate.HIDDEN) {
                out.add(d);
                continue;
            }
            double p = model.probability(features[i]);
            boolean keep = model.keeps(p, d.isBody(), type) && !staysOut(d, type);
            if (keep && !d.isBody()) {
                out.add(Decision.body(b, String.format(Locale.ROOT,
                        "main content by the block model (%.2f), though the rules said: %s", p, d.reason())));
            } else if (!keep && d.isBody()) {
                out.add(Decision.removed(b, Boilerplate.OTHER, String.format(Locale.ROOT,
                        "not main content by the block model (%.2f), though %s", p, d.reason())));
            } else {
                out.add(d);
            }
        }
        return new Classified(withoutScriptDataAndCaptions(out, type), type);
    }

    /**
     * On an article, leaves out the data for the page's scripts that the markup shows as text (a JSON object in a box a
     * style sheet hides), whose quoted keys read as quotes, and a photo's caption that shares a small box with its
     * picture ({@link ImageCaption}) or opens with a photo's credit ({@link PhotoCredit}), whose credit reads as
     * people. On a listing or product page such data may carry the very names the page shows once its scripts have
     * run, so both are left as the rules and the model decided.
     */
    private static List<Decision> withoutScriptDataAndCaptions(List<Decision> decisions, PageType type) {
        if (type != PageType.ARTICLE) {
            return decisions;
        }
        boolean[] caption = new boolean[decisions.size()];
        int captions = 0;
        for (int i = 0; i < caption.length; i++) {
            Decision d = decisions.get(i);
            caption[i] = d.isBody() && ImageCaption.matches(d.block());
            captions += caption[i] ? 1 : 0;
        }
        // a picture with its line, box after box, is a list of entries (products, tools, reviews), not captions
        boolean fewCaptions = captions <= ImageCaption.MAX_PER_PAGE;
        List<Decision> out = new ArrayList<>(decisions.size());
        for (int i = 0; i < caption.length; i++) {
            Decision d = decisions.get(i);
            if (d.isBody() && d.block().type() != BlockType.CODE && DataText.matches(d.block().text())) {
                out.add(Decision.removed(d.block(), Boilerplate.OTHER, "data for the page's scripts, shown as text"));
            } else if (fewCaptions && caption[i]) {
                out.add(Decision.removed(d.block(), Boilerplate.CAPTION, "caption: the only text beside a picture in its box"));
            } else if (d.isBody() && d.block().type() == BlockType.PARAGRAPH && PhotoCredit.opens(d.block().text())) {
                out.add(Decision.removed(d.block(), Boilerplate.CAPTION, "caption: opens with a photo's credit"));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * True when the block model may not bring back a block the rules left out: readers' comments, which the
     * markup names as such, unless the page is a forum, whose posts are its content; and on an article, a row of
     * three or more links (topics, related stories), where the model's evidence is mostly from single linked lines
     * such as headings or product names. On the dev parts of WCXB and Zyte neither re-adding gained anything.
     * Also on an article, a line that is a stock phrase as a whole ("More:", "Advertisement"): the rules know its
     * words, while the model sees only a short line among paragraphs, as a subheading would be; likewise a wire
     * service's contribution credit ("Reporting by ...; Editing by ..."), which the model reads as a sentence.
     */
    private static boolean staysOut(Decision d, PageType type) {
        if (d.kind() == Boilerplate.COMMENTS) {
            return type != PageType.FORUM;
        }
        if (d.isBody() || type != PageType.ARTICLE) {
            return false;
        }
        return StockPhrases.wholeLineKindOf(d.block().text()) != null || BylineLine.contributionCredit(d.block().text())
                || d.kind() == Boilerplate.RELATED && d.block().element() != null && d.block().linkChars() > 0
                && d.block().element().getElementsByTag("a").size() >= 3;
    }

    /**
     * The rules' decisions on {@code blocks} with each block's {@link BlockFeatures} (named by
     * {@link #featureNames()}): the training table of the block model.
     */
    public List<double[]> ruleFeatures(List<Block> blocks, String title) {
        Rules rules = rules(blocks, title);
        return List.of(BlockFeatures.of(rules.decisions(), rules.roots(), rules.stats()));
    }

    /** The names of the block features, in the order {@link #ruleFeatures} gives them. */
    public static List<String> featureNames() {
        return BlockFeatures.NAMES;
    }

    private record Rules(List<Decision> decisions, List<Element> roots, ElementStats stats) {
    }

    private static Rules rules(List<Block> blocks, String title) {
        ElementStats stats = ElementStats.collect(blocks);
        List<Element> roots = ArticleContainer.locate(stats);
        List<Decision> out = new ArrayList<>(blocks.size());
        if (roots.isEmpty()) {
            for (Block b : blocks) {
                out.add(b.hidden() ? Decision.removed(b, Boilerplate.HIDDEN, "hidden by the page's markup")
                        : Decision.removed(b, Boilerplate.OTHER, "page has no prose"));
            }
            return new Rules(out, roots, stats);
        }
        String normalizedTitle = title == null ? null : comparable(title);
        for (Block b : blocks) {
            out.add(decide(b, roots, normalizedTitle, stats));
        }
        return new Rules(ArticleEdges.trim(out), roots, stats);
    }

    private static Decision decide(Block b, List<Element> roots, String title, ElementStats stats) {
        Element root = ArticleContainer.rootOf(b.element(), roots);
        if (b.hidden()) {
            return Decision.removed(b, Boilerplate.HIDDEN, "hidden by the page's markup");
        }
        if (root == null) {
            Boilerplate kind = nearestFurniture(b.element(), null, stats);
            if (kind != null) {
                return Decision.removed(b, kind, "outside the article, in " + describe(b.element(), kind, stats));
            }
            return Decision.removed(b, Boilerplate.OUTSIDE_ARTICLE, "outside the article's container");
        }
        if (title != null && b.type() == BlockType.HEADING && comparable(b.text()).equals(title)) {
            return Decision.removed(b, Boilerplate.TITLE, "the headline");
        }
        Boilerplate kind = nearestFurniture(b.element(), root, stats);
        if (kind != null) {
            return Decision.removed(b, kind, "inside " + describe(b.element(), kind, stats));
        }
        if (b.type() == BlockType.CAPTION || insideFigure(b.element(), root)) {
            return Decision.removed(b, Boilerplate.CAPTION, "figure caption");
        }
        if (b.text().codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return Decision.removed(b, Boilerplate.OTHER, "separator line without words");
        }
        if (b.type() != BlockType.QUOTE && BylineLine.matches(b.text())) {
            return Decision.removed(b, Boilerplate.BYLINE, "credit or dateline line");
        }
        Boilerplate phrase = StockPhrases.kindOf(b.text());
        if (phrase != null) {
            return Decision.removed(b, phrase, "stock phrase \"" + b.text() + "\"");
        }
        boolean sentence = b.element().normalName().equals("p") && ProseSignals.endsSentence(b.text()) && b.length() >= 60;
        if (b.linkDensity() > (sentence ? 0.8 : 0.5) && b.length() < 300) {
            return Decision.removed(b, Boilerplate.RELATED, String.format(Locale.ROOT, "mostly links (%.0f%%)", 100 * b.linkDensity()));
        }
        return Decision.body(b, "prose inside the article's container");
    }

    private static boolean insideFigure(Element el, Element root) {
        for (Element e = el; e != null && e != root; e = e.parent()) {
            if (e.normalName().equals("figure")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of the nearest element from {@code el} up to (not including) {@code stop} that marks
     * furniture. A mark on an element that holds most of the article's text is a misnomer (a post
     * container classed "has-share-bar", say) and is ignored.
     */
    private static Boilerplate nearestFurniture(Element el, Element stop, ElementStats stats) {
        for (Element e = el; e != null && e != stop; e = e.parent()) {
            Boilerplate kind = stats.furniture(e);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static String describe(Element el, Boilerplate kind, ElementStats stats) {
        for (Element e = el; e != null; e = e.parent()) {
            if (stats.furniture(e) == kind) {
                StringBuilder sb = new StringBuilder("<").append(e.normalName());
                if (!e.id().isEmpty()) {
                    sb.append(" id=\"").append(e.id()).append('"');
                }
                if (!e.className().isEmpty()) {
                    sb.append(" class=\"").append(e.className()).append('"');
                }
                if (e.hasAttr("role")) {
                    sb.append(" role=\"").append(e.attr("role")).append('"');
                }
                return sb.append('>').toString();
            }
        }
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static String comparable(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
