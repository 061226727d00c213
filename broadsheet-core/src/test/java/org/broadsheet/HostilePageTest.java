package org.broadsheet;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.broadsheet.article.Article;
import org.broadsheet.article.ValidUnicode;
import org.broadsheet.article.Warning;
import org.broadsheet.json.ArticleJson;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Test;

/** Pages written to break the extractor, from issue 12: each gives an article that says what was wrong with it. */
class HostilePageTest {

    private static final String PARAGRAPH = "The council voted on Tuesday to close the old library on the hill, "
            + "a decision that residents said would leave the town without a reading room for the first time.";

    /** Default limits but a time budget no loaded machine reaches: these tests check behaviour, not speed. */
    private static final Extractor PATIENT = new Extractor(new ExtractionLimits(ExtractionLimits.DEFAULT.maxBytes(),
            ExtractionLimits.DEFAULT.maxDepth(), java.time.Duration.ofMinutes(10)));

    private static Article extract(byte[] bytes) throws ExtractionException {
        return PATIENT.extract(RawPage.of("hostile.html", bytes, "https://example.com/news/story"));
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><meta charset=utf-8><title>" + title + "</title></head><body>"
                + "<article><h1>Library to close</h1>" + body + "</article></body></html>";
    }

    private static boolean hasWarning(Article a, String code) {
        return a.warnings().stream().map(Warning::code).anyMatch(code::equals);
    }

    @Test
    void loneSurrogatesFromNumericReferencesBecomeReplacementCharactersWithAWarning() throws Exception {
        String html = page("Library &#xD800; closes", ("<p>" + PARAGRAPH + " &#xDFFF; &#55296;</p>").repeat(3));
        Article a = extract(html.getBytes(UTF_8));
        String json = new ArticleJson().toJsonLine(a);
        assertTrue(ValidUnicode.isValid(json), "lone surrogate left in the JSON");
        assertTrue(a.text().contains("\uFFFD"), a.text());
        assertTrue(hasWarning(a, "invalid-unicode"), a.warnings().toString());
        // and strict UTF-8 encoding, as a file writer does, cannot fail
        StandardCharsets.UTF_8.newEncoder().encode(java.nio.CharBuffer.wrap(json)).rewind();
    }

    @Test
    void validSurrogatePairsAreKept() throws ExtractionException {
        Article a = extract(page("Library", ("<p>" + PARAGRAPH + " &#x1F600; \uD83D\uDE00</p>").repeat(3)).getBytes(UTF_8));
        assertTrue(a.text().contains("\uD83D\uDE00"), a.text());
        assertFalse(hasWarning(a, "invalid-unicode"), a.warnings().toString());
    }

    @Test
    void utf16LittleEndianWithoutByteOrderMarkIsDecoded() throws ExtractionException {
        String html = page("Library to close", ("<p>" + PARAGRAPH + "</p>").repeat(3)).replace("<meta charset=utf-8>", "");
        Article a = extract(html.getBytes(UTF_16LE));
        assertTrue(a.text().contains("reading room"), a.text());
        assertEquals("Library to close", a.title());
    }

    @Test
    void utf16BigEndianWithoutByteOrderMarkIsDecoded() throws ExtractionException {
        String html = page("Library to close", ("<p>" + PARAGRAPH + "</p>").repeat(3)).replace("<meta charset=utf-8>", "");
        Article a = extract(html.getBytes(StandardCharsets.UTF_16BE));
        assertTrue(a.text().contains("reading room"), a.text());
    }

    @Test
    void metaTagClaimingUtf16OnAsciiBytesIsReadAsUtf8() throws ExtractionException {
        String html = page("Caf\u00e9 to close", ("<p>" + PARAGRAPH + " Caf\u00e9.</p>").repeat(3))
                .replace("<meta charset=utf-8>", "<meta charset=utf-16>");
        Article a = extract(html.getBytes(UTF_8));
        assertTrue(a.text().contains("reading room for the first time. Caf\u00e9."), a.text());
    }

    @Test
    void tenMegabyteTitleStillGivesTheArticle() throws ExtractionException {
        String html = "<!doctype html><html><head><meta charset=utf-8><title>" + "Library news ".repeat(800_000)
                + "</title></head><body><article><h1>Library to close</h1>" + ("<p>" + PARAGRAPH + "</p>").repeat(3)
                + "</article></body></html>";
        Article a = extract(html.getBytes(UTF_8));
        assertTrue(a.text().contains("reading room"), "no body: " + a.warnings());
        assertTrue(a.title() == null || a.title().length() < 10_000, "title of " + a.title().length() + " chars");
        assertTrue(hasWarning(a, "page-truncated"), a.warnings().toString());
    }

    @Test
    void markupWithoutTextGivesAnEmptyArticleWithAWarning() throws ExtractionException {
        String html = "<!doctype html><html><head><meta charset=utf-8></head><body>"
                + "<div><div><span></span><img src=a.png><table><tr><td></td></tr></table></div></div>".repeat(50)
                + "</body></html>";
        Article a = extract(html.getBytes(UTF_8));
        assertEquals("", a.text());
        assertTrue(hasWarning(a, "empty-article"), a.warnings().toString());
    }

    @Test
    void articleWithABodyHasNoEmptyArticleWarning() throws ExtractionException {
        Article a = extract(page("Library", ("<p>" + PARAGRAPH + "</p>").repeat(3)).getBytes(UTF_8));
        assertFalse(hasWarning(a, "empty-article"), a.warnings().toString());
    }

    @Test
    void nestingBeyondTheDepthLimitIsReported() throws ExtractionException {
        int depth = 100_000;
        String html = "<!doctype html><html><head><title>Deep</title></head><body><p>" + PARAGRAPH + "</p>"
                + "<div>".repeat(depth) + "<p>" + PARAGRAPH + "</p>" + "</div>".repeat(depth) + "</body></html>";
        Article a = extract(html.getBytes(UTF_8));
        assertTrue(hasWarning(a, "nesting-too-deep"), a.warnings().toString());
        assertTrue(a.text().contains("reading room"), a.text());
    }

    @Test
    void shallowPageHasNoNestingWarning() throws ExtractionException {
        Article a = extract(page("Library", ("<p>" + PARAGRAPH + "</p>").repeat(3)).getBytes(UTF_8));
        assertFalse(hasWarning(a, "nesting-too-deep"), a.warnings().toString());
    }

    @Test
    void flattenedTextReadAsHtmlOnRequestSaysSo() throws ExtractionException {
        String text = "Library to close\n\nBy Ann Lee\n\n" + (PARAGRAPH + "\n\n").repeat(4);
        Extraction e = PATIENT.explain(RawPage.of("page.txt", text.getBytes(UTF_8), null), InputFormat.HTML);
        assertTrue(hasWarning(e.article(), "not-html"), e.article().warnings().toString());
    }
}
