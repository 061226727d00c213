package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Posts stated in constructions no tuning article holds, written from the general forms of trade press, company
 * blogs and news, on invented paragraphs: a post in parentheses after the name, and the "as" phrase of a "who"
 * clause; and what in parentheses is no post (an age, a picture's position, a party tag: the spec's "Party tags and
 * ages are not roles").
 */
class RoleClausesTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        List<String> paragraphs = List.of(
                "Jane Holt (chief executive, Harbourline) said the port would grow.",
                "Mark Oduya (CEO of Tidewatch) said the app had two million users.",
                "Ines Duarte, who served as mayor of Caldmoor from 2010 to 2018, said the bridge was needed.",
                "Tom Ridley, who has worked as a paramedic for 20 years, said the ambulance was late.",
                "Rosa Lindqvist (42) said the bill would pass.",
                "Pavel Orlik (left) and his brother opened the shop in 2019.",
                "Caldmoor Gov. Ella Marsh (R) is defending the campaign.");
        analysis = new Analyzer().analyze(Articles.of(paragraphs, "2027-03-10", "en", List.of(), null), null);
    }

    private static List<String> roles(String name) {
        return Attributions.roles(analysis, name);
    }

    @Test
    void aPostInParenthesesAfterTheNameIsARole() {
        assertTrue(roles("Jane Holt").contains("chief executive"), () -> roles("Jane Holt").toString());
        assertTrue(roles("Mark Oduya").contains("CEO of Tidewatch"), () -> roles("Mark Oduya").toString());
    }

    @Test
    void theAsPhraseOfAWhoClauseIsARole() {
        assertTrue(roles("Ines Duarte").contains("mayor of Caldmoor"), () -> roles("Ines Duarte").toString());
        assertTrue(roles("Tom Ridley").contains("paramedic"), () -> roles("Tom Ridley").toString());
    }

    @Test
    void anAgeOrAPicturesPositionInParenthesesIsNoRole() {
        assertEquals(List.of(), roles("Rosa Lindqvist"));
        assertEquals(List.of(), roles("Pavel Orlik"));
    }

    @Test
    void aPartyTagIsNoRole() {
        assertEquals(List.of("Caldmoor Gov."), roles("Ella Marsh"));
    }
}
