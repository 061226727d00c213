package org.broadsheet.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A class attribute's names, as a browser reads them. */
class ClassListTest {

    @Test
    void splitsAtAnyRunOfWhitespaceAndKeepsOrder() {
        assertEquals(List.of("story", "story--lead", "is-hidden"),
                ClassList.of("  story\tstory--lead\n\r is-hidden  "));
        assertEquals(List.of(), ClassList.of(" \t "));
        // a no-break space is part of a name, as in a browser's class list
        assertEquals(List.of("a\u00A0b"), ClassList.of("a\u00A0b"));
    }

    @Test
    void agreesWithSplittingAtTheWhitespaceClass() {
        char[] alphabet = {'a', '-', ' ', '\t', '\n', '\f', '\u000B', '\r', '\u00A0', 'é'};
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                raw.append(alphabet[random.nextInt(alphabet.length)]);
            }
            List<String> expected = Arrays.stream(raw.toString().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            assertEquals(expected, ClassList.of(raw.toString()), raw::toString);
        }
    }
}
