package org.broadsheet.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Counting shop and call-to-action phrases in a page's text, as whole words in any case. */
class PhraseCountTest {

    private final PhraseCount cart = new PhraseCount("add to cart", "add to bag", "buy now", "in stock", "out of stock");

    @Test
    void countsWholePhrasesInAnyCase() {
        assertEquals(3, cart.in("Add to Cart | BUY NOW | In stock: 3 left"));
        assertEquals(2, cart.in("Out of stock. Add to bag anyway?"));
    }

    @Test
    void aPhraseInsideALongerWordIsNotCounted() {
        assertEquals(0, cart.in("reread: add to carton, rebuy nowhere, within stock_list"));
        assertEquals(0, cart.in("zadd to cart"));
        assertEquals(0, cart.in("add to cart\u0301"), "a combining accent continues the word");
        assertEquals(0, cart.in("éadd to cart"), "a non-ASCII letter before it too");
    }

    @Test
    void onlyASingleSpaceJoinsTheWordsAndOnlyAsciiLettersFoldCase() {
        assertEquals(0, cart.in("add  to cart, add\nto cart"));
        assertEquals(0, cart.in("\u0130n stock"), "a dotted capital I is not an i");
    }

    @Test
    void overlappingPhrasesAreCountedOnceFromTheLeft() {
        assertEquals(1, new PhraseCount("get a quote", "a quote").in("get a quote"));
        assertEquals(2, new PhraseCount("free quote", "get a").in("get a free quote"));
    }

    @Test
    void countingStopsAtAThousand() {
        assertEquals(1000, cart.in("buy now ".repeat(1500)));
    }

    @Test
    void aPhraseMustBeLowerCaseWords() {
        assertThrows(IllegalArgumentException.class, () -> new PhraseCount("Buy now"));
        assertThrows(IllegalArgumentException.class, () -> new PhraseCount(" buy now"));
    }
}
