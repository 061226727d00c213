package org.broadsheet;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Random;

import org.broadsheet.article.Article;
import org.broadsheet.article.Warning;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Inputs that are not clean HTML: each must give a clear {@link ExtractionException} or a best-effort
 * article with a warning, in bounded time and memory.
 */
class BadInputTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String PARAGRAPH = "The council voted on Tuesday to close the old library on the hill, "
            + "a decision that residents said would leave the town without a reading room for the first time.";

    /** Default limits but a time budget no loaded machine reaches: these tests check behaviour, not speed. */
    private static final Extractor PATIENT = new Extractor(new ExtractionLimits(4L << 20, 256, Duration.ofMinutes(10)));

    private static Article extract(byte[] bytes) throws ExtractionException {
        return Broadsheet.extract(RawPage.of("test.html", bytes, "https://example.com/news/story"));
    }

    private static boolean hasWarning(Article a, String code) {
        return a.warnings().stream().map(Warning::code).anyMatch(code::equals);
    }

    private static String page(String charsetDecl, String body) {
        return "<!doctype html><html><head>" + charsetDecl + "<title>Library to close</title></head><body>"
                + "<article><h1>Library to close</h1>" + body + "</article></body></html>";
    }

    @Test
    void emptyInputIsAnError() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> extract(new byte[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void whitespaceOnlyInputIsAnError() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> extract(" \n\t\r\n ".getBytes(UTF_8)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void pngIsRejectedAsBinary() {
        for (long seed = 0; seed < 50; seed++) {
            byte[] bytes = new byte[20_000];
            new Random(seed).nextBytes(bytes);
            byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
            System.arraycopy(header, 0, bytes, 0, header.length);
            ExtractionException e = assertThrows(ExtractionException.class, () -> extract(bytes));
            assertTrue(e.getMessage().contains("PNG"), e.getMessage());
        }
    }

    @Test
    void randomBytesAreRejectedAsBinary() {
        for (long seed = 0; seed < 200; seed++) {
            byte[] bytes = new byte[5_000];
            new Random(seed).nextBytes(bytes);
            ExtractionException e = assertThrows(ExtractionException.class, () -> extract(bytes), "seed " + seed);
            assertTrue(e.getMessage().contains("binary"), e.getMessage());
        }
    }

    @Test
    void otherBinaryFormatsAreNamed() {
        assertTrue(message("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(ISO_8859_1)).contains("PDF"));
        assertTrue(message(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'})
                .contains("JPEG"));
        assertTrue(message("GIF89a\u0001\u0000\u0001\u0000".getBytes(ISO_8859_1)).contains("GIF"));
        assertTrue(message(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}).contains("ZIP"));
        assertTrue(message(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}).contains("gzip"));
    }

    private static String message(byte[] bytes) {
        return assertThrows(ExtractionException.class, () -> extract(bytes)).getMessage();
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws ExtractionException {
        String html = page("", "<p>" + PARAGRAPH + "</p>");
        byte[] body = html.getBytes(Charset.forName("UTF-16LE"));
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Article a = extract(bytes);
        assertTrue(a.text().contains("reading room"), a.text());
    }

    @Test
    void plainTextIsReadAsAFlattenedPage() throws ExtractionException {
        String text = "Library to close\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH.replace("Tuesday", "Monday") + "\n";
        Extraction x = new Extractor().explain(RawPage.of("notes.txt", text.getBytes(UTF_8), null));
        assertEquals(InputFormat.TEXT, x.inputFormat());
        assertEquals("Library to close", x.article().title());
        assertTrue(x.article().text().contains("reading room"), x.article().text());
    }

    @Test
    void truncatedHtmlGivesBestEffort() throws ExtractionException {
        String html = page("<meta charset=\"utf-8\">", "<p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p>");
        String cut = html.substring(0, html.indexOf("</article>") - 20) + "<a href=\"https://exa";
        Article a = extract(cut.getBytes(UTF_8));
        assertEquals("Library to close", a.title());
        assertTrue(a.text().contains("reading room"), a.text());
    }

    @Test
    void declaredUtf8ButWindows1252IsDecodedAsWhatItIs() throws ExtractionException {
        String body = "<p>" + PARAGRAPH + " « Nous étions très déçus », a déclaré la maire, Hélène Müller, "
                + "“a sad day” — she said.</p>";
        Article a = extract(page("<meta charset=\"utf-8\">", body).getBytes(CP1252));
        assertTrue(a.text().contains("très déçus"), a.text());
        assertTrue(a.text().contains("“a sad day” —"), a.text());
        assertTrue(hasWarning(a, "charset-mismatch"), a.warnings().toString());
        assertFalse(hasWarning(a, "encoding-damage"), a.warnings().toString());
    }

    @Test
    void declaredLatin1ButUtf8IsDecodedAsWhatItIs() throws ExtractionException {
        String body = "<p>" + PARAGRAPH + " Die Bürgermeisterin sagte: „Wir sind enttäuscht.“ São Paulo, ação.</p>";
        Article a = extract(page("<meta charset=\"iso-8859-1\">", body).getBytes(UTF_8));
        assertTrue(a.text().contains("„Wir sind enttäuscht.“ São Paulo, ação."), a.text());
        assertTrue(hasWarning(a, "charset-mismatch"), a.warnings().toString());
        assertFalse(hasWarning(a, "encoding-damage"), a.warnings().toString());
    }

    @Test
    void unknownCharsetIsDetected() throws ExtractionException {
        String body = "<p>" + PARAGRAPH + " La maire a déclaré que la décision était « très regrettable ».</p>";
        Article a = extract(page("<meta charset=\"x-no-such-charset\">", body).getBytes(CP1252));
        assertTrue(a.text().contains("déclaré que la décision était « très regrettable »"), a.text());
    }

    @Test
    void fiftyMegabytePageIsTruncatedWithAWarning() throws ExtractionException {
        // an article followed by what makes real pages huge: inline data, then an endless comment thread
        StringBuilder sb = new StringBuilder(51 << 20);
        sb.append(page("<meta charset=\"utf-8\">", ("<p>" + PARAGRAPH + "</p>").repeat(6)).replace("</body></html>", ""));
        sb.append("<script>window.__STATE__ = {\"items\": [");
        while (sb.length() < 30 << 20) {
            sb.append("{\"id\": ").append(sb.length()).append(", \"title\": \"Another story on the site\"},");
        }
        sb.append("{}]};</script><section class=\"comments\">");
        for (int i = 0; sb.length() < 50 << 20; i++) {
            sb.append("<div class=\"comment\"><p>Reader ").append(i).append(" wrote: I agree entirely.</p></div>\n");
        }
        sb.append("</section></body></html>");
        byte[] bytes = sb.toString().getBytes(UTF_8);
        sb.setLength(0);
        Article a = PATIENT.extract(RawPage.of("huge.html", bytes, null));
        assertTrue(hasWarning(a, "page-truncated"), a.warnings().toString());
        assertTrue(a.text().contains("reading room"), a.text());
    }

    @Test
    void fiftyMegabytesOfDenseBlocksEndInBoundedTime() {
        // the worst case for the later stages: a new block every 170 bytes, up to the byte limit
        StringBuilder sb = new StringBuilder(51 << 20);
        sb.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Huge page</title></head><body><article>");
        sb.append("<h1>Huge page</h1>");
        for (int i = 0; sb.length() < 50 << 20; i++) {
            sb.append("<div class=\"c").append(i % 7).append("\"><p>").append(i).append(' ').append(PARAGRAPH)
                    .append("</p><ul><li><a href=\"/x/").append(i).append("\">Another story</a></li></ul></div>\n");
        }
        sb.append("</article></body></html>");
        byte[] bytes = sb.toString().getBytes(UTF_8);
        sb.setLength(0);
        // either a truncated article or a clear "gave up" error (the extractor's own clock), never a hang
        try {
            Article a = extract(bytes);
            assertTrue(hasWarning(a, "page-truncated"), a.warnings().toString());
        } catch (ExtractionException e) {
            assertTrue(e.getMessage().startsWith("gave up after"), e.getMessage());
        }
    }

    /**
     * Work is bounded by the depth limit, not by a clock: the tree keeps at most {@code maxDepth} levels, so a page
     * nested 100,000 deep costs what one nested a few hundred deep does. (No time budget here: a timing assertion
     * fails on a loaded machine; the hostile corpus in bench/hostile measures time and memory.)
     */

    @Test
    void hundredThousandNestedElementsAreFlattenedWithAWarning() throws ExtractionException {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><title>Deep</title></head><body>");
        sb.append("<p>").append(PARAGRAPH).append("</p>");
        sb.append("<div>".repeat(depth)).append("<p>").append(PARAGRAPH).append("</p>").append("</div>".repeat(depth));
        sb.append("</body></html>");
        Article a = PATIENT.extract(RawPage.of("deep.html", sb.toString().getBytes(UTF_8), null));
        assertTrue(a.text().contains("reading room"), a.text());
        assertTrue(hasWarning(a, "nesting-too-deep"), a.warnings().toString());
        org.jsoup.nodes.Document doc = new org.broadsheet.html.HtmlParser(256).parse(sb.toString(), null);
        assertTrue(maxDepth(doc, 0) <= 256, "tree depth " + maxDepth(doc, 0));
    }

    private static int maxDepth(org.jsoup.nodes.Element e, int depth) {
        int max = depth;
        for (org.jsoup.nodes.Element child : e.children()) {
            max = Math.max(max, maxDepth(child, depth + 1));
        }
        return max;
    }

    @Test
    void hundredThousandUnclosedElementsGiveAnArticle() throws ExtractionException {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 2 == 0 ? "<span>" : "<b>");
        }
        sb.append(PARAGRAPH);
        Article a = PATIENT.extract(RawPage.of("unclosed.html", sb.toString().getBytes(UTF_8), null));
        assertNotNull(a);
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(0, 10, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(10, 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(10, 10, Duration.ZERO));
    }

    @Test
    void pageOverTheByteLimitIsCutWithAWarning() throws ExtractionException {
        String html = page("<meta charset=\"utf-8\">", ("<p>" + PARAGRAPH + "</p>").repeat(20));
        Extractor small = new Extractor(new ExtractionLimits(html.length() / 2, 256, Duration.ofMinutes(10)));
        Article a = small.extract(RawPage.of("x.html", html.getBytes(UTF_8), null));
        assertTrue(hasWarning(a, "page-truncated"), a.warnings().toString());
        assertTrue(a.text().contains("reading room"), a.text());
    }
}
