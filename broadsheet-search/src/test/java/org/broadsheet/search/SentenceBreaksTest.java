package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    @Test
    void breaksAfterSentencesAndParagraphsNotInsideThem() {
        String text = "Prices rose 4.2 percent in August. \"We will act,\" Lopez said! Is it enough? e.g. not yet.\n"
                + "Second paragraph (with a note.) Last one… 罢工继续。工人要求加薪";
        assertEquals(List.of("Prices rose 4.2 percent in August. ", "\"We will act,\" Lopez said! ",
                "Is it enough? e.g. not yet.\n", "Second paragraph (with a note.) ", "Last one… ", "罢工继续。",
                "工人要求加薪"), sentences(text));
    }

    @Test
    void findsTheSentenceAroundAnOffsetFromEitherSide() {
        String text = "First sentence here. Second sentence there. Third.";
        BreakIterator b = new SentenceBreaks();
        b.setText(text);
        int second = text.indexOf("Second");
        int match = text.indexOf("there");
        assertEquals(second, b.preceding(match + 1));
        assertEquals(text.indexOf("Third"), b.following(match));
        assertEquals(0, b.preceding(3));
        assertEquals(text.length(), b.following(text.indexOf("Third") + 1));
        assertEquals(text.length(), b.last());
        assertEquals(BreakIterator.DONE, b.next());
    }

    private static List<String> sentences(String text) {
        BreakIterator b = new SentenceBreaks();
        b.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
