package org.broadsheet.analysis;

import static org.broadsheet.analysis.Attributions.foundQuote;
import static org.broadsheet.analysis.Attributions.foundStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who speaks where the parser garbles the cue's subject: the outlet a source "told" only listened, and the source is
 * the name before the phrases set off by commas; a name the parser joined to the object of the clause before ("its
 * new phone and Mara Quill said that"); a role noun's person named right after it or apposed to the body it leads;
 * and a lede's indefinite description ("A county fire chief said ...") of the person the next sentence names. On
 * paragraphs written to stress it.
 */
class GarbledCueSubjectTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "\u201CThe fossil shows the animal grazed alongside much larger mammals. It was a plant eater competing "
                        + "with them,\u201D co-author Prof Linus Okafor, from the University of Leeds, told BBC News.",
                "That was when Orbit released its first-ever curved screen and Mara Quill said that, once you see it, "
                        + "\u201Cyou can\u2019t unsee it.\u201D",
                "The leader of Nahdat, Selim Darwish, condemned Monday\u2019s attack, saying in a statement that it "
                        + "\u201Cwill not break our people\u2019s will and will not undermine our democracy.\u201D",
                "Opposition leader Doug Hunt - whose party looked on course to win at the polls before the leadership change "
                        + "- has said he will scrap the tax when safe to do so.",
                "A county fire chief said the blaze was started by a downed power line near the reservoir.",
                "Battalion Chief Owen Hartigan told reporters that crews had contained most of the fire by Monday night.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2026-05-12", "en", List.of(), null), null);
    }

    @Test
    void theOutletToldIsNotTheSpeaker() {
        // (the title may stay in the name: "Prof Linus Okafor")
        String name = foundQuote(analysis, "The fossil shows the animal grazed").speaker().name();
        assertTrue(name.endsWith("Linus Okafor"), name);
    }

    @Test
    void aNameJoinedToTheObjectBeforeSpeaks() {
        assertEquals("Mara Quill", foundStatement(analysis, "you can\u2019t unsee it").speaker().name());
    }

    @Test
    void theLeaderApposedToTheBodySpeaks() {
        assertEquals("Selim Darwish", foundStatement(analysis, "will not break our people").speaker().name());
    }

    @Test
    void theNameAfterTheRoleNounSpeaks() {
        assertEquals("Doug Hunt", foundStatement(analysis, "he will scrap the tax").speaker().name());
    }

    @Test
    void aLedeDescriptionIsThePersonNamedNext() {
        assertEquals("Owen Hartigan", foundStatement(analysis, "the blaze was started by a downed power line").speaker().name());
    }
}
