package org.broadsheet.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void capitalsAndAgencyAfterComma() {
        Byline b = Byline.parse("By JANE DOE and John Roe, Reuters");
        assertEquals(List.of("Jane Doe", "John Roe"), b.people());
        assertEquals(List.of("Reuters"), b.organizations());
    }

    @Test
    void affiliationsRolesAndCredentialsAreDropped() {
        assertEquals(List.of("Troy L. Smith"), Byline.parse("By Troy L. Smith, Cleveland.com").people());
        assertEquals(List.of("Yasemin Saplakoglu"), Byline.parse("Yasemin Saplakoglu - Staff Writer").people());
        assertEquals(List.of("Rachael Link"),
                Byline.parse("Written by Rachael Link, MS, RD on November 14, 2019").people());
        assertEquals(List.of("Amy Kuperinsky"),
                Byline.parse("Amy Kuperinsky | NJ Advance Media for NJ.com").people());
        assertEquals(List.of("Natasha Turak"), Byline.parse("By Natasha Turak @NatashaTurak").people());
    }

    @Test
    void deskAndAgencyCreditsAreOrganizations() {
        Byline desk = Byline.parse("By Staff Reports");
        assertTrue(desk.people().isEmpty());
        assertEquals(List.of("Staff Reports"), desk.organizations());
        assertEquals(List.of("Reuters"), Byline.parse("Reuters, Washington").organizations());
        assertTrue(Byline.parse("Reuters, Washington").people().isEmpty());
    }

    @Test
    void commaListOfThreeNamesIsThreeAuthors() {
        assertEquals(List.of("Stefan Becket", "Kathryn Watson", "Grace Segers"),
                Byline.parse("By Stefan Becket, Kathryn Watson, Grace Segers").people());
    }

    @Test
    void leadInsInOtherLanguagesAndAfterDates() {
        assertEquals(List.of("Moritz Bachmann"),
                Byline.parse("Von Moritz Bachmann publiziert am 25. September 2018").people());
        assertEquals(List.of("Венера Ерофеева"), Byline.parse("Текст: Венера Ерофеева·24 сентября 2018").people());
        assertEquals(List.of("Joe Rossignol"),
                Byline.parse("Monday November 18, 2019 7:45 am PST by Joe Rossignol").people());
    }

    @Test
    void accountsAndLabelsAreNotCredits() {
        assertTrue(Byline.parse("By admin - 2018-09-16").isEmpty());
        assertTrue(Byline.parse("by jdadmin").isEmpty());
        assertTrue(Byline.parse("Posted: Fri 6:45 PM, Feb 16, 2018").isEmpty());
    }
}
