package org.broadsheet.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

/**
 * A development aid: prints the tokens, tags, entity classes and basic dependencies of the sentences of a
 * tuning article that contain some words. {@code DevParse CACHE_DIR ID_PREFIX WORDS}.
 */
public final class DevParse {

    private DevParse() {
    }

    public static void main(String[] args) {
        AnnotationCache cache = new AnnotationCache(Path.of(args[0]));
        List<JsonNode> articles = new ArrayList<>();
        if (args[1].endsWith(".json")) {
            try {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Files.readString(Path.of(args[1])))
                        .forEach(articles::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            articles.addAll(AttributionBench.articles());
        }
        for (JsonNode a : articles) {
            if (!args[1].endsWith(".json") && !a.path("id").asText().startsWith(args[1])
                    || "heldout".equals(a.path("split").asText())) {
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            a.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            String text = String.join("\n", paragraphs);
            Annotation doc = cache.apply(BodyScreen.screen(text, new ArrayList<>(), Analyzer.MAX_CHARS), a.path("date").asText(null));
            int n = 0;
            for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                Sentence s = new Sentence(text, cm, n++);
                if (!s.whole().text().contains(args[2])) {
                    continue;
                }
                System.out.println(s.whole().text());
                for (int i = 1; i <= s.size(); i++) {
                    System.out.printf("  %2d %-15s %-5s %-12s %-12s <- %d%n", i, s.word(i), s.tag(i), s.ner(i), s.relation(i), s.head(i));
                }
            }
        }
    }
}
