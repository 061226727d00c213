package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Output must not depend on the JVM's default locale: an Arabic, Persian or Hindi default formats numbers with
 * other digits ("mostly links (٧٣%)" in a decision's reason).
 */
class DefaultLocaleTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Dam opens after ten years</title></head><body><article>
            <h1>Dam opens after ten years</h1>
            <p class="dateline">March 3, 2024 10:30 GMT+5</p>
            <p>The long-delayed dam on the river opened on Sunday, ten years after work began, and engineers said
            the first turbines would feed the national grid within a month.</p>
            <p>Farmers downstream, who had waited a decade for reliable irrigation, gathered on the banks to watch
            the gates open for the first time, and several said the water had come too late for this season.</p>
            <p><a href="/a">Floods</a> <a href="/b">Power cuts</a> <a href="/c">Energy prices</a> and more</p>
            <p>The government said the project, financed by a consortium of banks, had cost twice its first
            estimate, but that it would pay for itself within twenty years through electricity sales.</p>
            </article></body></html>
            """;

    private Locale saved;

    @BeforeEach
    void saveDefault() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void timesAndReasonsUseAsciiDigits() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        Extraction e = new Extractor().explain(RawPage.of("t", PAGE.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("2024-03-03T10:30+05:00", e.article().published().value());
        String reason = e.decisions().stream().filter(d -> d.kind() == Boilerplate.RELATED).findFirst()
                .orElseThrow().reason();
        assertTrue(reason.matches("mostly links \\(\\d+%\\)"), reason);
    }

    @Test
    void upperCaseStylesHideUnderATurkishDefault() throws Exception {
        // Turkish lower-cases "I" to a dotless "ı": "DISPLAY:NONE" must still read as display:none
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        String page = PAGE.replace("<p class=\"dateline\">", "<p style=\"DISPLAY:NONE\">By Hidden Person</p>"
                + "<p>By Jane Smith</p><p class=\"dateline\">");
        Extraction e = new Extractor().explain(RawPage.of("t", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(java.util.List.of("Jane Smith"), e.article().authors());
    }
}
