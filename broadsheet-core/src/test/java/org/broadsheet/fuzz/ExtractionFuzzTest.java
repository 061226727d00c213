package org.broadsheet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.ExtractionException;
import org.broadsheet.ExtractionLimits;
import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Language;
import org.broadsheet.article.LeadImage;
import org.broadsheet.article.Provenance;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.SpamFamily;
import org.broadsheet.article.SpamFinding;
import org.broadsheet.article.ValidUnicode;
import org.broadsheet.article.Warning;
import org.broadsheet.json.ArticleJson;
import org.broadsheet.article.RawPage;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fuzz targets (issue 12). The property, for any bytes: extraction gives an article or an {@link ExtractionException}
 * with a reason, never anything else; the article's JSON line is valid JSON, valid UTF-8 and one line; and the
 * extractor's own clock bounds the time per input. {@code mvn test} runs each target on its seeds (the
 * {@code ExtractionFuzzTestInputs} resources); {@code bench/fuzz.sh} fuzzes them.
 */
class ExtractionFuzzTest {

    /** Small inputs: the byte limit keeps each run short, so that the fuzzer covers more shapes per second. */
    private static final Extractor EXTRACTOR = new Extractor(new ExtractionLimits(256 << 10, 256, Duration.ofSeconds(10)));
    private static final ArticleJson JSON = new ArticleJson();
    private static final ObjectMapper PARSER = new ObjectMapper();

    @FuzzTest(maxDuration = "30s")
    void htmlPath(byte[] page) {
        extractAndCheck(page, InputFormat.HTML);
    }

    @FuzzTest(maxDuration = "30s")
    void textPath(byte[] page) {
        extractAndCheck(page, InputFormat.TEXT);
    }

    /** Articles built from arbitrary strings (lone surrogates, controls, quotes, any length) written as JSON. */
    @FuzzTest(maxDuration = "30s")
    void jsonWriter(FuzzedDataProvider data) {
        Article a = ValidUnicode.of(article(data));
        checkJson(a);
        checkJson(a.withProvenance(new Provenance(text(data), text(data))));
    }

    private static void extractAndCheck(byte[] bytes, InputFormat format) {
        Article a;
        try {
            a = EXTRACTOR.explain(RawPage.of("fuzz.html", bytes, null), format).article();
        } catch (ExtractionException e) {
            assertNotNull(e.reason());
            assertNotNull(e.getMessage());
            return;
        }
        checkJson(a);
    }

    static void checkJson(Article a) {
        String line = JSON.toJsonLine(a);
        assertFalse(line.contains("\n"), "a JSON line holds no line break");
        try {
            StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new AssertionError("not valid UTF-8: " + e, e);
        }
        try {
            JsonNode back = PARSER.readTree(line);
            assertEquals(a.text(), back.get("text").asText());
            assertEquals(a.blocks().size(), back.get("blocks").size());
            assertEquals(a.title(), back.get("title").isNull() ? null : back.get("title").asText());
        } catch (java.io.IOException e) {
            throw new AssertionError("not valid JSON: " + e, e);
        }
        assertTrue(ValidUnicode.isValid(JSON.toJson(a)));
    }

    /** A string of arbitrary UTF-16 code units, lone surrogates and controls included; sometimes null. */
    private static String text(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return null;
        }
        int n = data.consumeInt(0, 40);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            sb.append(data.consumeChar());
        }
        return sb.toString();
    }

    private static String nonNull(FuzzedDataProvider data) {
        String s = text(data);
        return s == null ? "" : s;
    }

    private static List<String> texts(FuzzedDataProvider data) {
        List<String> out = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            out.add(nonNull(data));
        }
        return out;
    }

    private static Article article(FuzzedDataProvider data) {
        List<BodyBlock> blocks = new ArrayList<>();
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            blocks.add(new BodyBlock(data.pickValue(BlockType.values()), nonNull(data)));
        }
        List<RemovedBlock> removed = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            removed.add(new RemovedBlock(data.pickValue(Boilerplate.values()), nonNull(data), nonNull(data)));
        }
        List<Warning> warnings = new ArrayList<>();
        for (int i = data.consumeInt(0, 2); i > 0; i--) {
            warnings.add(new Warning(nonNull(data), nonNull(data)));
        }
        List<SpamFinding> spam = new ArrayList<>();
        if (data.consumeBoolean()) {
            spam.add(new SpamFinding(nonNull(data), data.consumeInt(-1, 3), 0, 0, nonNull(data),
                    data.pickValue(SpamFamily.values()), data.consumeRegularDouble(), texts(data)));
        }
        return new Article(Article.SCHEMA_VERSION, nonNull(data), text(data), text(data), text(data), text(data),
                texts(data), texts(data), text(data), texts(data), texts(data), text(data),
                data.consumeBoolean() ? new Language(text(data), text(data), text(data)) : null,
                data.consumeBoolean() ? new LeadImage(text(data), text(data), text(data)) : null, null, null, blocks,
                removed, warnings, null, spam);
    }
}
