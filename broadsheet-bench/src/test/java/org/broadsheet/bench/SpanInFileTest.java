package org.broadsheet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void aPhraseSaidAgainIsFoundAfterTheBlockFlaggedBeforeIt() {
        // a planted list says one phrase twice, damaged the first time; the extractor flags both lines repaired
        String damaged = SpanInFile.damaged("ставки на спорт");
        String page = "Новини міста\n  • " + damaged + "\n  • казино бонус\n  • ставки на спорт\n";

        int[] first = SpanInFile.at(page, "ставки на спорт", 0, false);
        int[] second = SpanInFile.at(page, "ставки на спорт", first[1], false);

        assertEquals(damaged, page.substring(first[0], first[1]));
        assertEquals(page.lastIndexOf("ставки на спорт"), second[0]);
    }

    @Test
    void aCellIsFoundInTheShownTextAfterTheRunNotInAnAttributeOrTheArticle() {
        // a hidden table of the article's own words: a flagged cell's word is in the title attribute and the story
        String page = "<html><head><title>Harbour talks</title></head><body><p>The harbour talks stalled.</p>"
                + "<div style=\"display:none\"><table><tr><td><a title=\"talks\" href=\"https://x.example/\">"
                + "talks</a></td><td>harbour deal</td></tr></table></div></body></html>";
        int cursor = page.indexOf("<div");

        int[] cell = SpanInFile.at(page, "talks", cursor, true);

        assertEquals(page.indexOf("talks</a>"), cell[0]);
        assertNull(SpanInFile.at(page, "stalled", cursor, true));
    }

    @Test
    void aWordRepairedOnlyInPartIsFoundLetterByLetter() {
        // the extractor repaired the start of a damaged phrase but not its last letter
        String phrase = "αγορά στοιχημάτων";
        String page = "<body><p>Νέα</p><span>" + SpanInFile.damaged(phrase) + "</span></body>";
        String halfRepaired = "αγορά στοιχημάτω" + SpanInFile.damaged("ν");

        int[] at = SpanInFile.at(page, halfRepaired, 0, true);

        assertEquals(SpanInFile.damaged(phrase), page.substring(at[0], at[1]));
    }

    @Test
    void linkMarkupAPageShowsAsTextIsFoundAsTheFileEscapesIt() {
        // a comment box that kept a planted run's link markup: the reader sees the tags, the file holds references
        String held = "&lt;a href=&quot;https://loans.example/&quot;&gt;quick loans&lt;/a&gt; &#60;a href=&#39;"
                + "https://spins.example/&#39;&#x3E;free spins&lt;/a&gt;";
        String page = "<html><body><p>The library reopened.</p><div class=\"comment\"><p>" + held
                + "</p></div></body></html>";

        int[] at = SpanInFile.at(page,
                "<a href=\"https://loans.example/\">quick loans</a> <a href='https://spins.example/'>free spins</a>",
                0, true);

        assertEquals(held, page.substring(at[0], at[1]));
    }

    @Test
    void textHeldOnlyInMarkupIsFoundThereAndNotInTheShownText() {
        // an image's alternative text and a frame's inline document: no shown text holds them
        String page = "<html><body><p>The library reopened on Monday.</p><img src=\"a.jpg\" alt=\"cheap essays "
                + "online, essay writers for hire\"><iframe srcdoc=\"<p>buy <a href=&quot;https://x.example/&quot;>"
                + "followers</a></p>\" width=\"0\"></iframe></body></html>";

        assertNull(SpanInFile.at(page, "cheap essays online, essay writers for hire", 0, true));
        int[] alt = SpanInFile.anywhere(page, "cheap essays online, essay writers for hire");
        int[] frame = SpanInFile.anywhere(page, "buy followers");

        assertEquals("cheap essays online, essay writers for hire", page.substring(alt[0], alt[1]));
        assertEquals("buy <a href=&quot;https://x.example/&quot;>followers", page.substring(frame[0], frame[1]));
        assertNull(SpanInFile.anywhere(page, "the library closed"));
    }
}
