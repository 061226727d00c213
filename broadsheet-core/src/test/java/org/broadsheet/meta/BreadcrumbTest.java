package org.broadsheet.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A section trail written out on one line, as pages flattened to text show it. */
class BreadcrumbTest {

    @Test
    void aTrailFromTheHomeLinkGivesItsSections() {
        assertEquals(List.of("China", "Society"), Breadcrumb.fromLine("Home / China / Society"));
        assertEquals(List.of("Sport", "Football"), Breadcrumb.fromLine("Startseite › Sport › Football"));
        assertEquals(List.of("国际"), Breadcrumb.fromLine("首页 > 国际"));
    }

    @Test
    void aRepeatedSectionIsGivenOnce() {
        assertEquals(List.of("World"), Breadcrumb.fromLine("Home | World | World"));
    }

    @Test
    void aLineThatDoesNotStartAtHomeOrHoldsASentenceIsNoTrail() {
        assertEquals(List.of(), Breadcrumb.fromLine("Either / or: the choice before the council"));
        assertEquals(List.of(), Breadcrumb.fromLine("Home / The council approved on Tuesday a budget that "
                + "doubles the spending on schools and roads in the coming year"));
        assertEquals(List.of(), Breadcrumb.fromLine("Home"));
    }
}
