package org.broadsheet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanInFileTest {

    @Test
    void aSpanDamagedInSomeOfItsPhrasesIsGivenBackAsTheFileHoldsIt() {
        // a planted list whose every other phrase was decoded twice upstream; the extractor flags it repaired
        String first = SpanInFile.damaged("καζίνο μπόνους");
        String last = SpanInFile.damaged("δωρεάν περιστροφές");
        String page = "<html><body><p>The council met on Tuesday.</p><ul><li><a href=\"https://bet.example/\">" + first
                + "</a></li><li>στοίχημα online</li><li>" + last + "</li></ul></body></html>";

        String span = SpanInFile.of(page, "καζίνο μπόνους στοίχημα online δωρεάν περιστροφές");

        assertTrue(page.contains(span), span);
        assertEquals(page.substring(page.indexOf(first), page.indexOf(last) + last.length()), span);
    }

    @Test
    void aLinkMayEndBetweenAWordAndItsComma() {
        String first = SpanInFile.damaged("#καζίνομπόνους");
        String page = "<p>Ο δήμος συνεδρίασε.</p><span><a href=\"https://bet.example/\">" + first
                + "</a>, #στοίχημαonline, " + SpanInFile.damaged("#δωρεάνπεριστροφές") + "</span>";

        String span = SpanInFile.of(page, "#καζίνομπόνους, #στοίχημαonline, #δωρεάνπεριστροφές");

        assertEquals(page.substring(page.indexOf(first), page.indexOf("</span>")), span);
    }

    @Test
    void aSpanTheFileHoldsAsItIsStaysAsItIs() {
        String page = "Υπουργείο Οικονομικών\nκαζίνο μπόνους στοίχημα\n";

        assertEquals("καζίνο μπόνους", SpanInFile.of(page, "καζίνο μπόνους"));
        assertEquals("πρωθυπουργός", SpanInFile.of(page, "πρωθυπουργός"));
    }
}
