package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Titles the tokenizer splits at their hyphens, on invented sentences built like the wire and sports copy whose
 * titles came out cut ("elect" for "President-elect", "General" for "Attorney-General", "year-old" for an age): the
 * role is the whole hyphenated word, and an age in front of a post is no part of it.
 */
class HyphenatedTitlesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Officials said they had briefed President-elect Odile Marchetti's transition team on Monday.",
                "The inquiry was announced by Attorney-General Sven Halvorsen in Caldmoor.",
                "The club instead chose 17-year-old shortstop Ivo Brandt from the Caldmoor academy.",
                "The 22-year-old Kaspar Lind improved his record to four wins and two losses.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
    }

    @Test
    void aHyphenatedTitleIsKeptWhole() {
        assertTrue(roles("Odile Marchetti").contains("President-elect"), () -> roles("Odile Marchetti").toString());
        assertTrue(roles("Sven Halvorsen").contains("Attorney-General"), () -> roles("Sven Halvorsen").toString());
    }

    @Test
    void anAgeIsNoPartOfAPostNorAPostByItself() {
        assertTrue(roles("Ivo Brandt").contains("shortstop"), () -> roles("Ivo Brandt").toString());
        assertTrue(roles("Ivo Brandt").stream().noneMatch(r -> r.contains("year")), () -> roles("Ivo Brandt").toString());
        assertTrue(roles("Kaspar Lind").stream().noneMatch(r -> r.contains("year")), () -> roles("Kaspar Lind").toString());
    }
}
