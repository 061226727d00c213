package org.broadsheet.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.broadsheet.article.SpamFamily;
import org.broadsheet.article.SpamFinding;
import org.junit.jupiter.api.Test;

/** The metadata value itself: what planted spam may not name. */
class MetadataTest {

    private static Metadata publishedBy(String publisher) {
        return new Metadata("Bridge approved", null, List.of(), List.of(), publisher, List.of(), List.of(), null, null,
                null, null, null, null);
    }

    private static SpamFinding planted(String text) {
        return new SpamFinding("footer", 12, 0, text.length(), text, SpamFamily.PHARMA_CASINO, 0.9, List.of("casino"));
    }

    @Test
    void aPublisherReadFromSpamAppendedToTheCopyrightLineIsDropped() {
        Metadata meta = publishedBy("Hearst best online casino real money")
                .withoutSpam(List.of(planted("best online casino real money no deposit bonus")));
        assertNull(meta.publisher());
        assertEquals("Bridge approved", meta.title());
    }

    @Test
    void aPublisherBesideSpamElsewhereIsKept() {
        Metadata meta = publishedBy("The Daily Paper")
                .withoutSpam(List.of(planted("best online casino real money no deposit bonus")));
        assertEquals("The Daily Paper", meta.publisher());
    }
}
