package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Guards for addresses written out as text, which no longer count as brand names with digits (see
 * {@link KeywordFarmTest}): a story citing its sources, a reader's address or a further-reading link by address,
 * with digits in the host names, stays clean.
 */
class WrittenOutLinksTest {

    /** The story flattened to text, with {@code between} as a line after its second paragraph. */
    private static Article text(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.text(LibraryStory.LONGER, between), InputFormat.TEXT);
    }

    @Test
    void aStoryCitingItsSourcesByAddressStaysClean() throws Exception {
        for (String line : List.of(
                "Sources: census2020.example, the council's minutes at townhall.example/minutes and reuters.com",
                "Readers can see the plans at https://library2030.example/plans or write to desk24@daily.example.",
                "Further reading: [The library's history](https://heritage1924.example/library) by the town archive.")) {
            Article a = text(line);
            assertFalse(a.compromised(), () -> line + ": " + a.injectedSpam());
        }
    }
}
