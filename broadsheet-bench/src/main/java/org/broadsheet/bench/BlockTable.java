package org.broadsheet.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.broadsheet.ExtractionLimits;
import org.broadsheet.block.Block;
import org.broadsheet.block.BlockSegmenter;
import org.broadsheet.block.Page;
import org.broadsheet.classify.BodyClassifier;
import org.broadsheet.classify.Decision;
import org.broadsheet.classify.HiddenUntilShown;
import org.broadsheet.classify.PageFeatures;
import org.broadsheet.classify.PageTypeClassifier;
import org.broadsheet.decode.MojibakeRepair;
import org.broadsheet.decode.PageDecoder;
import org.broadsheet.html.HtmlParser;
import org.broadsheet.meta.Metadata;
import org.broadsheet.meta.MetadataExtractor;
import org.broadsheet.article.RawPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes every block of every page of a benchmark set with its block features (the rules' decision among
 * them), the page's type as the pipeline judges it from the rules' decisions (the block model's cuts depend on
 * it) and its text, as the training table of {@code bench/train_block_model.py}, which labels each block
 * against the set's reference text.
 *
 * <pre>BlockTable HTML_DIR TRUTH.json OUT.tsv</pre>
 *
 * {@code TRUTH.json} gives each id's URL; every id in it with a page in {@code HTML_DIR} is written.
 */
public final class BlockTable {

    private static int keptChars(List<Decision> decisions) {
        int n = 0;
        for (Decision d : decisions) {
            n += d.isBody() ? d.block().length() : 0;
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonNode truth = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        int depth = ExtractionLimits.DEFAULT.maxDepth();
        PageDecoder decoder = new PageDecoder();
        HtmlParser parser = new HtmlParser(depth);
        BlockSegmenter segmenter = new BlockSegmenter(depth);
        MetadataExtractor metadata = new MetadataExtractor();
        BodyClassifier rules = BodyClassifier.rulesOnly();
        PageTypeClassifier pageTypes = new PageTypeClassifier();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            out.println("id\tblock\tpage_type\t" + String.join("\t", BodyClassifier.featureNames()) + "\ttext");
            for (Iterator<String> it = truth.fieldNames(); it.hasNext();) {
                String id = it.next();
                Path file = dir.resolve(id + ".html.gz");
                if (!Files.exists(file)) {
                    file = dir.resolve(id + ".html");
                    if (!Files.exists(file)) {
                        continue;
                    }
                }
                byte[] html = Files.readAllBytes(file);
                if (file.toString().endsWith(".gz")) {
                    try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                        html = in.readAllBytes();
                    }
                }
                String url = truth.path(id).path("url").asText(null);
                RawPage raw = new RawPage(id, html, url, null);
                var doc = parser.parse(MojibakeRepair.repair(decoder.decode(raw)).text(), url);
                PageFeatures.Markup markup = new PageFeatures.Markup();
                Page page = Page.of(doc, segmenter, markup);
                Metadata meta = metadata.extract(page, url);
                String title = meta.title();
                List<Block> blocks = page.blocks();
                List<Decision> decisions = rules.classify(blocks, title);
                List<Block> shown = HiddenUntilShown.shown(blocks, page.visibility(), keptChars(decisions));
                if (shown != null) {
                    // as the extractor does: content hidden until a script shows it is read as shown
                    blocks = shown;
                    decisions = rules.classify(blocks, title);
                }
                List<double[]> rows = rules.ruleFeatures(blocks, title);
                String type = pageTypes.classify(PageFeatures.of(markup, url != null ? url : meta.canonicalUrl(), title,
                        meta.published() != null, !meta.authors().isEmpty(), decisions)).label();
                for (int i = 0; i < blocks.size(); i++) {
                    StringBuilder sb = new StringBuilder(id).append('\t').append(i).append('\t').append(type);
                    for (double v : rows.get(i)) {
                        sb.append('\t').append(String.format(Locale.ROOT, "%.5g", v));
                    }
                    sb.append('\t').append(blocks.get(i).text().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
                    out.println(sb);
                }
            }
        }
    }
}
