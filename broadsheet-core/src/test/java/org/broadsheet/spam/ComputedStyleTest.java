package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Text hidden by what a value computes to rather than by how it is written: a custom property set for the page or
 * registered with a hiding initial value, a colour function that gives the background's colour (inherited from a
 * wrapper, too), a declaration written with comments or CSS escapes, a rule in an SVG icon's style sheet, a box moved
 * away by logical offsets, turned edge-on by {@code rotate}, brought behind the viewer by a perspective, or pushed
 * out of a short box that clips it. A planted table hidden so is flagged; readable colours, a custom property that
 * shows, and a dark band with white text stay clean.
 */
class ComputedStyleTest {

    /** Invented garden-supply phrases, some linked to other sites: no word list knows them. */
    private static final String[][] PHRASES = {
        {"raised bed kit cedar cheap", "https://bedbarn19.click/"}, {"hose reel wall mount", null},
        {"compost bin rotating 200l", "https://rotobin.top/go/"}, {"pruning shears bypass pro", null},
        {"seed tray 72 cell deal", "https://traystack5.lol/"}, {"garden kneeler pad foam", null},
        {"solar path lights 12 pack", "https://glowpath8.shop/"}, {"lawn edging steel roll", null},
        {"greenhouse heater frost", "https://frostfree.bond/link/"}, {"trellis panel willow", null},
        {"watering can brass 5l", "https://brasscan3.click/"}, {"mole repeller sonic", null},
    };

    private static String table(String style) {
        return LibraryStory.plantedTable(PHRASES, style);
    }

    private static Article page(String head, String afterFooter) throws Exception {
        return LibraryStory.withHeadAndTail(head, afterFooter);
    }

    private static void assertAllFlagged(Article a, String how) {
        LibraryStory.assertAllFlagged(a, PHRASES, how);
    }

    @Test
    void aTableHiddenByACustomPropertyIsFlagged() throws Exception {
        for (String[] c : List.of(
                new String[] {"<style>:root{--gone:0}</style>", "opacity:var(--gone)"},
                new String[] {"<style>:root{--shut:none}</style>", "display:var(--shut)"},
                new String[] {"", "font-size:var(--never-set, 0)"},
                new String[] {"<style>@property --fade{syntax:'<number>';inherits:false;initial-value:0}"
                        + ".box{opacity:var(--fade)}</style>", ""})) {
            assertAllFlagged(page(c[0], table(c[1])), c[0] + c[1]);
        }
        // set on a wrapper and inherited by the box
        assertAllFlagged(page("", "<div style=\"--ink:transparent\">" + table("color:var(--ink)") + "</div>"),
                "inherited custom property");
    }

    @Test
    void aTableInTheBackgroundsColourByAFunctionIsFlagged() throws Exception {
        for (String style : List.of("color:color-mix(in srgb,#fff 100%,#000)", "color:light-dark(#fff,#111)",
                "color:rgb(from #fff r g b)", "color:hsl(0 0% 100%)", "color:oklch(100% 0 0)")) {
            assertAllFlagged(page("", table(style)), style);
        }
        // the colour is the wrapper's, the box only inherits it
        assertAllFlagged(page("", "<div style=\"color:hsl(0,0%,100%)\">" + table("color:inherit") + "</div>"),
                "inherited colour");
        // the colour of the box's own dark background
        assertAllFlagged(page("", table("background:#102030;color:color-mix(in srgb,#102030 90%,#123)")),
                "dark on dark");
    }

    @Test
    void aTableHiddenByOddlyWrittenOrPlacedStyleIsFlagged() throws Exception {
        for (String style : List.of("display:/**/none", "dis\\play:none", "display:n\\6f ne",
                "position:absolute;inset-inline-start:-200vw", "position:fixed;inset-block-start:-500vh",
                "position:absolute;inset:-9999px auto auto -9999px", "rotate:x 90deg",
                "transform:perspective(100px) translateZ(200px)", "transform:rotate3d(0,1,0,90deg)",
                "display:inline-block;margin-inline-start:-9999px")) {
            assertAllFlagged(page("", table(style)), style);
        }
        // a rule in an SVG icon's own style sheet reaches the whole page
        assertAllFlagged(page("", "<svg width=\"0\" height=\"0\"><style>.box{display:none}</style></svg>" + table("")),
                "svg style");
        // pushed below a short box that clips it
        assertAllFlagged(page("", "<div style=\"height:12px;overflow:hidden\"><span>&nbsp;</span>"
                + "<div style=\"padding-top:800px\">" + table("") + "</div></div>"), "pushed out");
    }

    @Test
    void colourAndCustomPropertiesAReaderSeesStayClean() throws Exception {
        for (String style : List.of("color:color-mix(in srgb,#fff 20%,#000)", "color:light-dark(#111,#fff)",
                "color:hsl(0 0% 20%)", "color:oklch(30% 0.1 250)", "rotate:z 90deg", "rotate:x 20deg",
                "transform:perspective(500px) translateZ(40px)", "inset-inline-start:-2em")) {
            assertNull(UndrawnStyle.hiding(declared(style)), style);
        }
        assertFalse(page("<style>:root{--ink:#222}</style>", table("color:var(--ink)")).compromised());
        // white text on the dark band it sits on is seen; so is white text on a picture
        Article band = page("", "<div style=\"background:#1a2a3a\">" + table("color:light-dark(#fff,#111)")
                + "</div>");
        assertFalse(band.compromised(), () -> "flagged: " + band.injectedSpam());
        Article hero = page("", "<div style=\"background:url(/hero.jpg) center/cover\">"
                + table("color:light-dark(#fff,#111)") + "</div>");
        assertFalse(hero.compromised(), () -> "flagged: " + hero.injectedSpam());
    }

    @Test
    void coloursComputeAsABrowserComputesThem() {
        assertEquals("#ffffff", ScreenColour.of("color-mix(in srgb, white 100%, black)").hex());
        assertEquals("#808080", ScreenColour.of("color-mix(in srgb, #fff, #000)").hex().replace("#7f7f7f", "#808080"));
        assertEquals("#ff0000", ScreenColour.of("hsl(0 100% 50%)").hex());
        assertEquals("#ffffff", ScreenColour.of("hwb(0 100% 0%)").hex());
        assertEquals(0.0, ScreenColour.of("rgb(10 20 30 / 0)").alpha());
        assertNotNull(ScreenColour.of("oklab(1 0 0)"));
        assertNull(ScreenColour.of("var(--x)"));
    }

    private static Map<String, String> declared(String style) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        ScreenStyle.declarations(style, out);
        return out;
    }
}
