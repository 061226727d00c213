package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Posts joined by "and" and one plural post given to a list of names, on invented sentences built like the feature,
 * science, sports and wire copy whose roles were missed: each conjunct is the person's role, and each listed name
 * holds the plural post; a name joined by "and" to a title is no post.
 */
class CoordinatedPostsTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "The gallery's show was curated by the sculptor and jewelry designer Odile Marchetti.",
                "Sven Halvorsen is a self-taught astronomer and founder of the Caldmoor Prize.",
                "Now Ines Barros, Caldmoor Telecom data scientist and co-author of the report, has posted a reply.",
                "Two marshals, Ivo Brandt and Kaspar Lind, told reporters that the golfer never spoke to them.",
                "Mayor Lena Voss and Governor Piet Aalders met in Caldmoor on Friday.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static boolean has(String name, String words) {
        return Attributions.roles(analysis, name).stream().anyMatch(r -> r.contains(words));
    }

    @Test
    void aPostJoinedByAndBeforeATitleIsARoleToo() {
        assertTrue(has("Odile Marchetti", "sculptor"), () -> Attributions.roles(analysis, "Odile Marchetti").toString());
        assertTrue(has("Odile Marchetti", "jewelry designer"), () -> Attributions.roles(analysis, "Odile Marchetti").toString());
    }

    @Test
    void aPostJoinedByAndAfterAPredicateOrAnApposedPostIsARoleToo() {
        assertTrue(has("Sven Halvorsen", "founder of the Caldmoor Prize"), () -> Attributions.roles(analysis, "Sven Halvorsen").toString());
        assertTrue(has("Ines Barros", "co-author of the report"), () -> Attributions.roles(analysis, "Ines Barros").toString());
    }

    @Test
    void aPluralPostApposedToAListOfNamesIsEachOnesRole() {
        assertTrue(has("Ivo Brandt", "marshals"), () -> Attributions.roles(analysis, "Ivo Brandt").toString());
        assertTrue(has("Kaspar Lind", "marshals"), () -> Attributions.roles(analysis, "Kaspar Lind").toString());
    }

    @Test
    void aNameJoinedByAndToATitleIsNoPost() {
        assertFalse(has("Piet Aalders", "Voss"), () -> Attributions.roles(analysis, "Piet Aalders").toString());
        assertTrue(has("Piet Aalders", "Governor"), () -> Attributions.roles(analysis, "Piet Aalders").toString());
    }
}
