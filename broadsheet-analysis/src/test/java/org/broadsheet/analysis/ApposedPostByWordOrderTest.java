package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A post apposed to a name after its comma, read by word order where the tagger misreads a word of it or a clause
 * follows it: a modifier read as a verb ("lead" of "lead author") and a past participle opening a clause of the
 * post's last noun ("a study published Tuesday", "matters related to ..."), on invented sentences built like the
 * science and wire copy whose roles were missed.
 */
class ApposedPostByWordOrderTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "\"We slowed the decline,\" said Caldmoor University geologist Imre Vass, lead author of a study"
                        + " published Tuesday in the journal Coastal Research.",
                "Small doses of salt may ease the strain on the roots, said Dr. Hana Ruud, lead author of the study,"
                        + " published Monday in the journal Soil Matters.",
                "\"The crossing will stay shut,\" Anouk Berg, a Harbour Ministry official in charge of issues related to"
                        + " the ferry, told a forum in Ostrava on Friday.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static boolean has(String name, String words) {
        return Attributions.roles(analysis, name).stream().anyMatch(r -> r.contains(words));
    }

    @Test
    void aPostWhoseModifierTheTaggerReadAsAVerbIsARole() {
        assertTrue(has("Hana Ruud", "lead author"), () -> Attributions.roles(analysis, "Hana Ruud").toString());
    }

    @Test
    void aPostFollowedByAParticipleClauseIsARole() {
        assertTrue(has("Imre Vass", "lead author"), () -> Attributions.roles(analysis, "Imre Vass").toString());
        assertTrue(has("Anouk Berg", "official"), () -> Attributions.roles(analysis, "Anouk Berg").toString());
    }
}
