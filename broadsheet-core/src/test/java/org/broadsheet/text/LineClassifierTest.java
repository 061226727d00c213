package org.broadsheet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.classify.Decision;
import org.junit.jupiter.api.Test;

/** Line classification alone, then the head lines the text metadata reads, on a page flattened to text. */
class LineClassifierTest {

    private static final String PAGE = String.join("\n",
            "Home", "News", "Sport", "Weather", "",
            "Council approves new bridge across the river",
            "",
            "By Jane Doe | The Daily Paper | Updated: 12 March 2024",
            "",
            "The city council voted on Tuesday to approve the new bridge across the river, ending a debate that"
                    + " had lasted for more than a decade and divided the town.",
            "",
            "Construction is expected to begin next spring and to last about three years, officials said at a"
                    + " meeting that ran late into the evening.",
            "",
            "\"This is a good day for the city,\" the mayor told reporters after the vote, adding that the"
                    + " bridge would cut journeys by twenty minutes.",
            "",
            "Share on Facebook", "",
            "Copyright 2024 The Daily Paper. All rights reserved.");

    private final List<TextLine> lines = FlatText.lines(PAGE);
    private final LineClassifier classifier = new LineClassifier();

    private Decision about(List<Decision> decisions, String start) {
        return decisions.stream().filter(d -> d.block().text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void theRunOfProseIsTheBodyAndTheMenuAndFooterAreNot() {
        List<Decision> d = classifier.classify(lines);
        assertEquals(lines.size(), d.size(), "one decision per line");
        for (String start : List.of("The city council", "Construction is", "\"This is a good day")) {
            assertTrue(about(d, start).isBody(), start);
        }
        assertFalse(about(d, "Home").isBody());
        assertFalse(about(d, "Copyright 2024").isBody());
        assertFalse(about(d, "Share on Facebook").isBody());
    }

    @Test
    void theHeadLinesTheMetadataReadsAreRemovedAsWhatTheyAre() {
        List<Decision> d = classifier.classify(lines);
        TextMetadata.Result read = new TextMetadata().read(lines, d);
        assertEquals("Council approves new bridge across the river", read.metadata().title());
        assertEquals(List.of("Jane Doe"), read.metadata().authors());
        List<Decision> labelled = classifier.withHead(d, read.head());
        Decision title = about(labelled, "Council approves");
        assertEquals(Boilerplate.TITLE, title.kind());
        assertEquals("the title line above the body", title.reason());
        assertEquals(Boilerplate.BYLINE, about(labelled, "By Jane Doe").kind());
        assertTrue(about(labelled, "The city council").isBody());
    }
}
