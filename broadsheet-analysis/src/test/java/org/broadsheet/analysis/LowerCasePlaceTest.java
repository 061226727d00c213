package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A word the tagger calls a place but that is written in lower case is a common noun ("the moon's surface"), not a
 * place of the story; named places stay, in any script.
 */
class LowerCasePlaceTest {

    @Test
    void aPlaceInLowerCaseIsNoPlace() {
        List<String> paragraphs = List.of(
                "Astronomers at the Harbourline Observatory in Port Ellery found plumes of water on Velora, a moon of Kessar.",
                "More than a decade ago, a probe found evidence of a conductive fluid on the moon's surface.",
                "The new spacecraft will measure the thickness of Velora's icy shell during 45 flybys, and perhaps yield "
                        + "further insights into the water vapor above the moon's surface while it's there.",
                "Its data will be shared with a team in Tokyo, also known as 東京.");
        Analysis analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-03-10", "en", List.of(), null), null);
        List<String> places = analysis.places().stream().map(Place::name).toList();
        assertTrue(places.stream().noneMatch(p -> p.equalsIgnoreCase("moon")), places::toString);
        assertTrue(places.contains("Tokyo"), places::toString);
    }
}
