package org.broadsheet.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Language;
import org.broadsheet.article.PageDate;

/** Articles for tests, built straight from body paragraphs. */
final class Articles {

    private Articles() {
    }

    /** An article whose body is {@code paragraphs}, modified on {@code date} (may be null), in {@code language}. */
    static Article of(List<String> paragraphs, String date, String language, List<String> authors, String publisher) {
        return new Article(Article.SCHEMA_VERSION, "test", null, null, null, null, authors, List.of(), publisher,
                List.of(), List.of(), null, language == null ? null : new Language(language, language, language), null,
                null, date == null ? null : new PageDate(date, PageDate.DateSource.VISIBLE_TEXT, false),
                paragraphs.stream().map(p -> new BodyBlock(BlockType.PARAGRAPH, p)).toList(), List.of(), List.of());
    }

    /** The lines of a test resource. */
    static List<String> lines(String resource) {
        try (InputStream in = Articles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
