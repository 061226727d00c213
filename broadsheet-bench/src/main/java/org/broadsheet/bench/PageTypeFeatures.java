package org.broadsheet.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.broadsheet.Extraction;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.block.Block;
import org.broadsheet.classify.Decision;
import org.broadsheet.classify.PageFeatures;
import org.broadsheet.decode.MojibakeRepair;
import org.broadsheet.decode.PageDecoder;
import org.broadsheet.html.HtmlParser;
import org.broadsheet.article.RawPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the {@link PageFeatures} of every page of a benchmark set, with its labelled type, as the training
 * table for {@code bench/train_page_type.py}.
 *
 * <pre>PageTypeFeatures HTML_DIR PAGES.json TRUTH.json OUT.tsv</pre>
 *
 * {@code PAGES.json} gives each id's {@code page_type}; {@code TRUTH.json} its URL.
 */
public final class PageTypeFeatures {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper();
        JsonNode pages = json.readTree(Path.of(args[1]).toFile());
        JsonNode truth = json.readTree(Path.of(args[2]).toFile());
        Extractor extractor = new Extractor();
        PageDecoder decoder = new PageDecoder();
        HtmlParser parser = new HtmlParser(256);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
            out.println("id\tlabel\t" + String.join("\t", PageFeatures.NAMES));
            for (Iterator<String> it = pages.fieldNames(); it.hasNext();) {
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
                Extraction ex = extractor.explain(raw, InputFormat.HTML);
                Article a = ex.article();
                var doc = parser.parse(MojibakeRepair.repair(decoder.decode(raw)).text(), url);
                double[] f = PageFeatures.of(PageFeatures.Markup.of(doc), url != null ? url : a.canonicalUrl(), a.title(),
                        a.published() != null, !a.authors().isEmpty(), ex.decisions().stream()
                                .map(d -> new Decision(new Block(d.index(), d.text(), d.type(), null, d.linkChars(),
                                        d.hidden()), d.kind(), d.reason()))
                                .toList());
                StringBuilder sb = new StringBuilder(id).append('\t').append(pages.path(id).path("page_type").asText());
                for (double v : f) {
                    sb.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
                }
                out.println(sb);
            }
        }
    }
}
