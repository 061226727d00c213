package org.broadsheet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.broadsheet.Extraction;
import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.RawPage;
import org.broadsheet.article.SpamFinding;
import org.broadsheet.article.SpamJudgement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs the extractor over the injected-spam dev set ({@code shared/spam/dev}) and writes the predictions
 * {@code score_spam.py} reads: one line per case, {@code {"case", "flagged_spans", "page_compromised"}}.
 *
 * <pre>
 * SpamBench LABELS.jsonl PREDICTIONS.jsonl [JUDGEMENTS.jsonl]
 * </pre>
 *
 * With a third argument, every suspect the detector weighed (flagged or not) is written there with its evidence,
 * one line per suspect: the training table of {@code bench/train_spam.py}.
 *
 * Each case is {@code html/<case>.html.gz} or {@code text/<case>.txt} beside the labels, read as HTML or text
 * as its label says. A flagged span is the flagged text of its block (or title, description). When the
 * extractor repaired mojibake, the repaired text is not in the file: the span is given back as the file holds it,
 * damaged wholly or in some of its words ({@link SpanInFile}). A block's span is given as offsets
 * ({@code {"start", "end", "text"}}) of the place it holds in the file, found after the block flagged before it.
 */
public final class SpamBench {

    private SpamBench() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: SpamBench LABELS.jsonl PREDICTIONS.jsonl [JUDGEMENTS.jsonl]");
            System.exit(2);
        }
        Path labels = Path.of(args[0]);
        Path root = labels.toAbsolutePath().getParent();
        ObjectMapper mapper = new ObjectMapper();
        Extractor extractor = new Extractor();
        int cases = 0;
        int flagged = 0;
        long start = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
                BufferedWriter judged = args.length == 3 ? Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)
                        : null) {
            for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode label = mapper.readTree(line);
                String id = label.get("case").asText();
                boolean html = label.get("format").asText().equals("html");
                Path file = root.resolve(html ? "html/" + id + ".html.gz" : "text/" + id + ".txt");
                byte[] bytes = read(file);
                String content = new String(bytes, StandardCharsets.UTF_8);
                ObjectNode pred = mapper.createObjectNode().put("case", id);
                ArrayNode spans = pred.putArray("flagged_spans");
                List<SpamFinding> findings = List.of();
                try {
                    Extraction ex = extractor.explain(RawPage.of(file.toString(), bytes, null),
                            html ? InputFormat.HTML : InputFormat.TEXT);
                    findings = ex.article().injectedSpam();
                    if (judged != null) {
                        for (SpamJudgement j : ex.spamJudgements()) {
                            ObjectNode row = mapper.createObjectNode().put("case", id).put("location", j.location())
                                    .put("first", j.firstBlock()).put("last", j.lastBlock()).put("text", j.text())
                                    .put("probability", j.probability()).put("flagged", j.flagged());
                            ObjectNode ev = row.putObject("evidence");
                            j.evidence().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                                    .forEach(e -> ev.put(e.getKey(), e.getValue()));
                            judged.write(mapper.writeValueAsString(row));
                            judged.newLine();
                        }
                    }
                } catch (ExtractionException e) {
                    System.err.println(id + ": " + e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    // a bug on one case is reported with the case and scored as nothing found; the rest are still scored
                    System.err.println(id + ": extraction failed: " + e);
                }
                addSpans(spans, content, html, findings);
                pred.put("page_compromised", !findings.isEmpty());
                ArrayNode why = pred.putArray("why");
                for (SpamFinding f : findings) {
                    why.addObject().put("location", f.location()).put("block", f.blockIndex())
                            .put("family", f.family().name()).put("score", f.score())
                            .put("reasons", String.join("; ", f.reasons()));
                }
                out.write(mapper.writeValueAsString(pred));
                out.newLine();
                cases++;
                flagged += findings.isEmpty() ? 0 : 1;
            }
        }
        System.err.printf("%d cases, %d flagged, %.1f s%n", cases, flagged, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The flagged spans as the scorer reads them. A block's finding is given as offsets (in code points, as the
     * scorer counts) of the place the file holds it after the block flagged before it, since blocks are flagged in
     * page order; the title, description and other fields of an HTML page as the offsets of the first place the
     * file holds them (in markup too); a block not found that way, and a text page's field, as their text.
     */
    private static void addSpans(ArrayNode spans, String content, boolean html, List<SpamFinding> findings) {
        String lower = html ? SpanInFile.asciiLower(content) : null;
        int cursor = 0;
        for (SpamFinding f : findings) {
            if (f.location().equals("block")) {
                int[] at = SpanInFile.at(content, lower, f.text(), cursor);
                if (at != null) {
                    addAt(spans, content, at, f.text());
                    cursor = at[1];
                    continue;
                }
            } else if (html) {
                // a field is given as the first place the file holds it, in markup too: an alternative text, a
                // frame's inline document and an embed's fallback are held where the page shows no text; a field
                // whose lines the markup writes apart (a field's suggestions) as the range from its first to its last
                int[] held = SpanInFile.anywhere(content, f.text());
                held = held != null ? held : SpanInFile.firstToLast(content, f.text());
                if (held != null) {
                    addAt(spans, content, held, f.text());
                    continue;
                }
            }
            spans.add(SpanInFile.of(content, f.text()));
        }
    }

    /** Adds a span as the offsets (in code points, as the scorer counts) of [at[0], at[1]) in {@code content}. */
    private static void addAt(ArrayNode spans, String content, int[] at, String text) {
        spans.addObject().put("start", content.codePointCount(0, at[0])).put("end", content.codePointCount(0, at[1]))
                .put("text", text);
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }
}
