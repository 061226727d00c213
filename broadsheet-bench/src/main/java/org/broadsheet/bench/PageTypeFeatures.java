package org.broadsheet.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.broadsheet.ExtractionException;
import org.broadsheet.ExtractionLimits;
import org.broadsheet.Extractor;
import org.broadsheet.article.RawPage;
import org.broadsheet.classify.PageFeatures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the {@link PageFeatures} of every page of a benchmark set, with its labelled type, as the training
 * table for {@code bench/train_page_type.py}. The features are the extractor's own
 * ({@link Extractor#pageTypeEvidence}): read from the rules' decisions, before the block model (whose cuts depend
 * on the type), after the fallbacks to {@code <noscript>} and to content hidden until a script shows it.
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
        // the extractor itself reads the evidence, so that the model is trained on what it is given (the fallbacks
        // to <noscript> and to hidden content included); a longer time limit, so that a loaded machine drops no page
        Extractor extractor = new Extractor(new ExtractionLimits(ExtractionLimits.DEFAULT.maxBytes(),
                ExtractionLimits.DEFAULT.maxDepth(), Duration.ofSeconds(120)));
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
                double[] f;
                try {
                    f = extractor.pageTypeEvidence(new RawPage(id, html, url, null));
                } catch (ExtractionException e) {
                    System.err.println(file + ": left out: " + e.getMessage());
                    continue;
                }
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
