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
import org.broadsheet.article.RawPage;
import org.broadsheet.block.Block;
import org.broadsheet.block.BlockSegmenter;
import org.broadsheet.block.Page;
import org.broadsheet.classify.BodyClassifier;
import org.broadsheet.classify.Decision;
import org.broadsheet.classify.HiddenUntilShown;
import org.broadsheet.classify.PageFeatures;
import org.broadsheet.decode.MojibakeRepair;
import org.broadsheet.decode.PageDecoder;
import org.broadsheet.html.HtmlParser;
import org.broadsheet.meta.Metadata;
import org.broadsheet.meta.MetadataExtractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the {@link PageFeatures} of every page of a benchmark set, with its labelled type, as the training
 * table for {@code bench/train_page_type.py}. The features are read as the extractor reads them: from the
 * rules' decisions, before the block model (whose cuts depend on the type).
 *
 * <pre>PageTypeFeatures HTML_DIR PAGES.json|--all=TYPE TRUTH.json OUT.tsv</pre>
 *
 * {@code PAGES.json} gives each id's {@code page_type} ({@code --all=article} labels every page of a set of
 * news pages); {@code TRUTH.json} gives each id's URL, and its ids are the pages written.
 */
public final class PageTypeFeatures {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        String allType = args[1].startsWith("--all=") ? args[1].substring("--all=".length()) : null;
        JsonNode pages = allType != null ? null : json.readTree(Path.of(args[1]).toFile());
        JsonNode truth = json.readTree(Path.of(args[2]).toFile());
        int depth = ExtractionLimits.DEFAULT.maxDepth();
        PageDecoder decoder = new PageDecoder();
        HtmlParser parser = new HtmlParser(depth);
        BlockSegmenter segmenter = new BlockSegmenter(depth);
        MetadataExtractor metadata = new MetadataExtractor();
        BodyClassifier rules = BodyClassifier.rulesOnly();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
            out.println("id\tlabel\t" + String.join("\t", PageFeatures.NAMES));
            for (Iterator<String> it = (pages != null ? pages : truth).fieldNames(); it.hasNext();) {
                String id = it.next();
                Path file = dir.resolve(id + ".html.gz");
                if (!Files.exists(file)) {
                    continue;
                }
                byte[] html;
                try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                    html = in.readAllBytes();
                }
                String url = truth.path(id).path("url").asText(null);
                RawPage raw = new RawPage(id, html, url, null);
                var doc = parser.parse(MojibakeRepair.repair(decoder.decode(raw)).text(), url);
                PageFeatures.Markup markup = new PageFeatures.Markup();
                Page page = Page.of(doc, segmenter, markup);
                Metadata meta = metadata.extract(page, url);
                List<Decision> decisions = rules.classify(page.blocks(), meta.title());
                int kept = decisions.stream().filter(Decision::isBody).mapToInt(d -> d.block().length()).sum();
                List<Block> shown = HiddenUntilShown.shown(page.blocks(), page.visibility(), kept);
                if (shown != null) {
                    // as the extractor does: content hidden until a script shows it is read as shown
                    decisions = rules.classify(shown, meta.title());
                }
                double[] f = PageFeatures.of(markup, url != null ? url : meta.canonicalUrl(), meta.title(),
                        meta.published() != null, !meta.authors().isEmpty(), decisions);
                String label = allType != null ? allType : pages.path(id).path("page_type").asText();
                StringBuilder sb = new StringBuilder(id).append('\t').append(label);
                for (double v : f) {
                    sb.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
                }
                out.println(sb);
            }
        }
    }
}
