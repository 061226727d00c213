package org.broadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockDecision;
import org.broadsheet.article.PageType;
import org.broadsheet.assemble.ArticleAssembler;
import org.broadsheet.assemble.HonestRemainder;
import org.broadsheet.article.Warning;
import org.broadsheet.block.Block;
import org.broadsheet.block.BlockSegmenter;
import org.broadsheet.block.Page;
import org.broadsheet.classify.BodyClassifier;
import org.broadsheet.classify.HiddenUntilShown;
import org.broadsheet.classify.PageFeatures;
import org.broadsheet.text.LineClassifier;
import org.broadsheet.classify.Decision;
import org.broadsheet.decode.DecodedPage;
import org.broadsheet.decode.MojibakeRepair;
import org.broadsheet.decode.OversizedPage;
import org.broadsheet.decode.PageDecoder;
import org.broadsheet.html.HtmlParser;
import org.broadsheet.meta.Metadata;
import org.broadsheet.meta.MetadataExtractor;
import org.broadsheet.article.RawPage;
import org.broadsheet.spam.InjectedSpam;
import org.broadsheet.text.FlatText;
import org.broadsheet.text.TextLine;
import org.broadsheet.text.TextMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The extraction pipeline: decode, parse, segment into blocks, classify, read metadata, assemble.
 * Configured once, then used from any number of threads: it holds no mutable state.
 */
public final class Extractor {

    private final ExtractionLimits limits;
    private final PageDecoder decoder = new PageDecoder();
    private final HtmlParser parser;
    private final BlockSegmenter segmenter;
    private final BlockSegmenter noscriptSegmenter;
    private final BodyClassifier classifier = new BodyClassifier();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final LineClassifier lineClassifier = new LineClassifier();
    private final org.broadsheet.meta.LanguageDetector languages = new org.broadsheet.meta.LanguageDetector();
    private final TextMetadata textMetadata = new TextMetadata();
    private final InjectedSpam injectedSpam = new InjectedSpam();
    private final org.broadsheet.classify.PageTypeClassifier pageTypes = new org.broadsheet.classify.PageTypeClassifier();

    /** An extractor that keeps to {@code limits} on every page. */
    public Extractor(ExtractionLimits limits) {
        this.limits = limits;
        this.parser = new HtmlParser(limits.maxDepth());
        this.segmenter = new BlockSegmenter(limits.maxDepth());
        this.noscriptSegmenter = new BlockSegmenter(limits.maxDepth(), true);
    }

    /** An extractor with {@link ExtractionLimits#DEFAULT}. */
    public Extractor() {
        this(ExtractionLimits.DEFAULT);
    }

    /** Extracts the article from {@code page}. */
    public Article extract(RawPage page) throws ExtractionException {
        return run(page, InputFormat.AUTO).article();
    }

    /** Extracts the article from {@code page}, keeping the decision taken on every block. */
    public Extraction explain(RawPage page) throws ExtractionException {
        return explain(page, InputFormat.AUTO);
    }

    /**
     * Extracts the article from {@code page} read as {@code format}, keeping the decision taken on every
     * block. {@link InputFormat#AUTO} decides from the content and reports what it assumed.
     */
    public Extraction explain(RawPage page, InputFormat format) throws ExtractionException {
        Run run = run(page, format);
        return new Extraction(run.article(), run.decisions().stream().map(Extractor::shown).toList(),
                run.inputFormat(), run.spamJudgements());
    }

    /**
     * The evidence {@code page}'s type was judged on, one value per {@link PageFeatures#NAMES}, read exactly as
     * {@link #extract} reads it (after the fallbacks to {@code <noscript>} and to content hidden until a script
     * shows it): the rows the page-type model is trained on, so that it learns from what it will be given.
     */
    public double[] pageTypeEvidence(RawPage page) throws ExtractionException {
        return run(page, InputFormat.AUTO).pageTypeEvidence();
    }

    /** What one run of the pipeline gave, with the blocks still holding their elements. */
    private record Run(Article article, List<Decision> decisions, InputFormat inputFormat,
            List<org.broadsheet.article.SpamJudgement> spamJudgements, double[] pageTypeEvidence) {
    }

    private static BlockDecision shown(Decision d) {
        Block b = d.block();
        return new BlockDecision(b.index(), b.type(), b.text(), b.linkChars(), b.hidden(), d.kind(), d.reason());
    }

    private Run run(RawPage page, InputFormat format) throws ExtractionException {
        long deadline = System.nanoTime() + limits.maxTime().toNanos();
        List<Warning> warnings = new ArrayList<>();
        byte[] bytes = page.bytes();
        if (bytes.length == 0) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, "empty input: no bytes to extract from");
        }
        if (bytes.length > limits.maxBytes()) {
            // enormous scripts, styles, comments, attributes and titles go first, so that the body after them is read
            OversizedPage.Squeezed squeezed = OversizedPage.squeeze(bytes);
            String cut = squeezed.removed() == 0 ? "" : squeezed.removed() + " bytes of over-long scripts, styles, "
                    + "comments, attribute values or title were left out";
            if (squeezed.bytes().length > limits.maxBytes()) {
                cut += (cut.isEmpty() ? "" : ", then ") + "only the first " + limits.maxBytes() + " bytes were read";
            }
            warnings.add(new Warning("page-truncated", "page is " + bytes.length + " bytes; " + cut));
            bytes = squeezed.bytes().length > limits.maxBytes() ? Arrays.copyOf(squeezed.bytes(), (int) limits.maxBytes())
                    : squeezed.bytes();
        }
        String binary = InputSniffer.binaryReason(bytes);
        if (binary != null) {
            throw new ExtractionException(InputSniffer.isBlank(bytes) ? ExtractionException.Reason.EMPTY
                    : ExtractionException.Reason.NOT_A_PAGE, "not a web page: " + binary);
        }
        DecodedPage decoded = MojibakeRepair.repair(
                decoder.decode(new RawPage(page.source(), bytes, page.url(), page.contentType())));
        warnings.addAll(decoded.warnings());

        boolean looksLikeHtml = InputSniffer.looksLikeHtml(decoded.text());
        InputFormat assumed = format != InputFormat.AUTO ? format : looksLikeHtml ? InputFormat.HTML : InputFormat.TEXT;
        if (format == InputFormat.HTML && !looksLikeHtml) {
            warnings.add(new Warning("not-html", "read as HTML as asked, but the page has no HTML markup: it looks like "
                    + "a page flattened to text (read it as text, or let the format be found from the content)"));
        }
        if (assumed == InputFormat.TEXT) {
            return fromText(page, decoded.text(), warnings, deadline);
        }
        Document doc = parser.parse(decoded.text(), page.url());
        checkTime(deadline, "parsing");

        PageFeatures.Markup markup = new PageFeatures.Markup();
        Page parsed = Page.of(doc, segmenter, markup);
        Metadata meta = metadata.extract(parsed, page.url());
        if (parsed.elementsTooDeep() > 0) {
            warnings.add(new Warning("nesting-too-deep", parsed.elementsTooDeep()
                    + " elements nested deeper than " + limits.maxDepth() + " levels were skipped"));
        } else if (parser.reachedDepthLimit(parsed.deepestElement())) {
            warnings.add(new Warning("nesting-too-deep", "elements nested deeper than " + limits.maxDepth()
                    + " levels were flattened into their ancestors"));
        }
        checkTime(deadline, "segmenting");
        // the page's type is judged from the rules' decisions; it tells the block model how far to trust them
        String url = page.url() != null ? page.url() : meta.canonicalUrl();
        Metadata head = meta;
        double[][] evidence = new double[1][];
        Function<List<Decision>, PageType> typeOf = ds -> {
            evidence[0] = PageFeatures.of(markup, url, head.title(), head.published() != null,
                    !head.authors().isEmpty(), ds);
            return pageTypes.classify(evidence[0]);
        };
        BodyClassifier.Classified classified = classifier.classify(parsed.blocks(), meta.title(), typeOf);
        Element body = doc.body() != null ? doc.body() : doc;
        if (bodyChars(classified.decisions()) < 200 && noscriptText(body) >= 500) {
            // the page is built by scripts; what it offers readers without them is the page
            parsed = parsed.withBlocks(noscriptSegmenter.segment(body, parsed.visibility()).blocks());
            classified = classifier.classify(parsed.blocks(), meta.title(), typeOf);
        }
        int kept = bodyChars(classified.decisions());
        List<Block> shown = HiddenUntilShown.shown(parsed.blocks(), parsed.visibility(), kept);
        if (shown != null) {
            // the page hides its content until a script shows it (a fade-in, streamed rendering): readers see it
            double[] hiddenEvidence = evidence[0];
            BodyClassifier.Classified asShown = classifier.classify(shown, meta.title(), typeOf);
            // where the rules kept something, only an article shown outweighs it: a product's or a service's
            // closed tabs and panels are not content the page was waiting to show
            if (kept < HiddenUntilShown.KEPT_LITTLE || asShown.pageType() == PageType.ARTICLE) {
                parsed = parsed.withBlocks(shown);
                classified = asShown;
            } else {
                evidence[0] = hiddenEvidence;
            }
        }
        List<Decision> decisions = classified.decisions();
        checkTime(deadline, "classifying");
        InjectedSpam.Result spam = injectedSpam.inspect(parsed, decisions, meta.title(), meta.description());
        decisions = HonestRemainder.keep(decisions, spam.decisions(), spam.findings());
        meta = meta.withoutSpam(spam.findings());
        Article article = assembler.assemble(page.source(), page.url(), meta, decisions,
                bodyLanguage(decisions),
                warnings, spam.findings());
        article = article.withPageType(classified.pageType());
        return new Run(article, decisions, InputFormat.HTML, spam.judgements(), evidence[0]);
    }

    private static int bodyChars(List<Decision> decisions) {
        int n = 0;
        for (Decision d : decisions) {
            n += d.isBody() ? d.block().length() : 0;
        }
        return n;
    }

    private static int noscriptText(Element body) {
        int n = 0;
        for (Element e : body.getElementsByTag("noscript")) {
            n += e.text().length();
        }
        return n;
    }

    /** The text-mode pipeline: lines instead of a DOM, the same decisions and article. */
    private Run fromText(RawPage page, String text, List<Warning> warnings, long deadline)
            throws ExtractionException {
        List<TextLine> lines = FlatText.lines(text);
        Page parsed = Page.ofText(lines.stream().map(TextLine::toBlock).toList());
        List<Decision> decisions = lineClassifier.classify(lines);
        checkTime(deadline, "classifying lines");
        TextMetadata.Result read = textMetadata.read(lines, decisions);
        decisions = lineClassifier.withHead(decisions, read.head());
        InjectedSpam.Result spam = injectedSpam.inspect(parsed, decisions, read.metadata().title(),
                read.metadata().description());
        Metadata meta = read.metadata().withoutSpam(spam.findings());
        decisions = HonestRemainder.keep(decisions, spam.decisions(), spam.findings());
        Article article = assembler.assemble(page.source(), page.url(), meta, decisions,
                bodyLanguage(decisions),
                warnings, spam.findings());
        double[] evidence = PageFeatures.of(null, page.url(), meta.title(), meta.published() != null,
                !meta.authors().isEmpty(), decisions);
        article = article.withPageType(pageTypes.classify(evidence));
        return new Run(article, decisions, InputFormat.TEXT, spam.judgements(), evidence);
    }

    /** The language the kept blocks are written in, or {@code null} when too little text to tell. */
    private String bodyLanguage(List<Decision> decisions) {
        return languages.detect(decisions.stream().filter(Decision::isBody).map(d -> d.block().text())
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    private void checkTime(long deadline, String stage) throws ExtractionException {
        if (System.nanoTime() > deadline) {
            throw new ExtractionException(ExtractionException.Reason.TIME_LIMIT,
                    "gave up after " + limits.maxTime().toMillis() + " ms while " + stage);
        }
    }
}
