package org.broadsheet.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The languages whose text gets its own analysis (stemming, stop words; bigrams for Chinese). An article's title and
 * text go into fields named for its language ({@code text_de}), so that each is analysed as its language needs and a
 * query is analysed once per language. Any other language goes to the {@link #OTHER} fields (no stemming).
 */
final class Languages {

    /** The language tag of the fields for every language without its own analysis. */
    static final String OTHER = "xx";

    /** The languages with their own analysis, and {@link #OTHER}. */
    static final List<String> ALL = List.of("en", "de", "fr", "es", "ru", "zh", OTHER);

    private Languages() {
    }

    /** The field tag for a language code such as {@code en}, {@code de-AT} or {@code zh-Hans}; null gives OTHER. */
    static String tag(String code) {
        if (code == null || code.length() < 2) {
            return OTHER;
        }
        String two = code.substring(0, 2).toLowerCase(Locale.ROOT);
        return ALL.contains(two) ? two : OTHER;
    }

    /** The analyzer for one language tag. */
    static Analyzer analyzer(String tag) {
        return switch (tag) {
            case "en" -> new EnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "zh" -> new CJKAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    /**
     * One analyzer for the whole index: the language fields ({@code title_de}, {@code text_de}, {@code quote_de})
     * get their language's, every other field the standard one.
     */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (String tag : ALL) {
            Analyzer a = analyzer(tag);
            for (String field : List.of(Fields.TITLE, Fields.TEXT, Fields.QUOTE)) {
                fields.put(field + "_" + tag, a);
            }
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }
}
