package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Text a screen does not draw, whatever property of the page's style makes it so: a rule a screen never applies
 * (print only), a rule written in {@code :where()} or in a {@code data:} style sheet, a box drawn at no size or
 * fully transparent, lines of no height clipped, letters drawn on top of each other, a box pulled a screen's height
 * away. A planted table hidden so is judged whole, as hidden, and flagged; the same styles at sizes a reader sees,
 * and a site's own closed drop-down menu, stay clean.
 */
class UndrawnStyleTest {

    /** Invented pet-supply search phrases, some linked to other sites: no word list knows them. */
    private static final String[][] PHRASES = {
        {"grain free kibble bulk sack", "https://kibblebox41.click/"}, {"cat tree tall cheap", null},
        {"dog crate foldable xl deal", "https://cratecity7.top/go/"}, {"aquarium heater 100w sale", null},
        {"bird cage stand wooden", "https://perchmart.lol/"}, {"hamster wheel silent big", null},
        {"puppy pads 200 pack price", "https://padpile22.shop/"}, {"flea collar cats vet cheap", null},
        {"reptile lamp uvb kit", "https://lizardglow.bond/link/"}, {"dog bed orthopedic large", null},
        {"cat fountain filter refill", "https://purrflow3.click/"}, {"rabbit hutch double deck", null},
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
    void aTableARuleHidesOnScreenIsFlagged() throws Exception {
        for (String sheet : List.of(
                // hidden on screen, shown only on paper
                "<style>.box{display:none}@media print{.box{display:block}}</style>",
                // a rule in :where() or :is() with tags
                "<style>:where(.box){display:none}</style>", "<style>:is(div,section).box{visibility:hidden}</style>",
                // a style sheet written into its address
                "<link rel=\"stylesheet\" href=\"data:text/css,.box%7Bdisplay:none%7D\">")) {
            assertAllFlagged(page(sheet, table("")), sheet);
        }
    }

    @Test
    void aTableDrawnAtNoSizeOrUnseenIsFlagged() throws Exception {
        for (String style : List.of("transform:perspective(10px) translateZ(-99999px)",
                "transform:matrix(0,0,0,0,0,0)", "zoom:0.01", "font:0/0 a", "color:hsla(0,0%,0%,0)",
                "filter:opacity(0%)", "max-height:clamp(0px,0vh,0px);overflow:hidden", "line-height:0;overflow:hidden",
                "contain:strict", "letter-spacing:-.62em;word-spacing:-2em", "position:relative;margin-top:-500vh",
                "transform:rotateX(90deg)", "scale:0.001", "filter:contrast(0) brightness(10)",
                "mask:linear-gradient(#0000 0 0)", "-webkit-mask:url(#none) 0/0")) {
            assertAllFlagged(page("", table(style)), style);
        }
        // the same by a rule for the box's class
        assertAllFlagged(page("<style>.box{transform:scale(.01)}</style>", table("")), "scale by a rule");
    }

    @Test
    void aTableTheLayoutGivesNoRoomOrNeverShowsIsFlagged() throws Exception {
        // a flex item that neither grows nor has a basis, and a grid row of no height, each clipping the table
        assertAllFlagged(page("", "<div style=\"display:flex\"><div style=\"flex:0 0 0;min-width:0;overflow:hidden\">"
                + table("") + "</div></div>"), "flex item of no size");
        assertAllFlagged(page("", "<div style=\"display:grid;grid-template-rows:0fr\"><div style=\"overflow:hidden;"
                + "min-height:0\">" + table("") + "</div></div>"), "grid row of no height");
        // an animation that ends at nothing and keeps its end
        assertAllFlagged(page("<style>@keyframes shut{to{opacity:0}} .box{animation:shut .1ms forwards}</style>",
                table("")), "animation to opacity 0");
        // a popover nobody opens, and children a shadow root without a slot never draws
        assertAllFlagged(page("", "<div id=\"offer\" popover=\"auto\">" + table("") + "</div>"), "popover");
        assertAllFlagged(page("", "<div class=\"host\"><template shadowrootmode=\"open\"><span part=\"badge\">"
                + "</span></template>" + table("") + "</div>"), "unslotted");
    }

    @Test
    void styleAReaderSeesAndASitesOwnClosedMenuStayClean() throws Exception {
        for (String style : List.of("transform:scale(1.02)", "opacity:.85", "letter-spacing:-.02em",
                "contain:layout", "line-height:0", "font:16px/1.4 Georgia,serif", "color:rgba(0,0,0,.8)",
                "margin-top:-2em", "transform:rotateX(20deg)", "filter:contrast(1.1) brightness(.9)",
                "mask:linear-gradient(#000, #0000)", "mix-blend-mode:multiply")) {
            assertNull(UndrawnStyle.hiding(declared(style)), style);
        }
        // a closed drop-down of the site's own sections, hidden until it is opened
        String menu = "<nav><ul class=\"dropdown closed\">" + String.join("", List.of("News", "Sport", "Business",
                "Culture", "Weather", "Opinion").stream().map(s -> "<li><a href=\"/" + s.toLowerCase() + "\">" + s
                + "</a></li>").toList()) + "</ul></nav>";
        Article a = page("<style>.dropdown.closed{max-height:0;overflow:hidden}.dropdown.open{max-height:600px}"
                + "</style>", menu);
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
        // a shadow root that slots its host's children in draws them
        Article slotted = page("", "<share-card><template shadowrootmode=\"open\"><div class=\"card\"><slot></slot>"
                + "</div></template><p>Listen to this article, 4 minutes</p></share-card>");
        assertFalse(slotted.compromised(), () -> "flagged: " + slotted.injectedSpam());
    }

    @Test
    void aHiddenRunPlantedInAClosedDropDownIsJudgedAlone() throws Exception {
        // the drop-down is the site's, closed until opened; the run hidden inside one of its lines is planted: judged
        // with the whole menu it would be a minority of the menu's names
        StringBuilder menu = new StringBuilder("<nav><ul class=\"dropdown closed\">");
        for (String s : List.of("News", "Sport", "Business", "Culture", "Weather", "Opinion", "Travel", "Science")) {
            menu.append("<li><a href=\"/").append(s.toLowerCase()).append("\">").append(s).append("</a></li>");
        }
        menu.append("<li><span class=\"ref\">");
        for (String[] p : PHRASES) {
            menu.append(p[1] == null ? p[0] : "<a href=\"" + p[1] + "\">" + p[0] + "</a>").append(" · ");
        }
        menu.append("</span></li></ul></nav>");
        Article a = page("<style>.dropdown.closed{max-height:0;overflow:hidden}.ref{display:none}</style>",
                menu.toString());
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains(PHRASES[0][0])
                && !f.text().contains("Weather")), () -> "not flagged alone: " + a.injectedSpam());
    }

    /** An inline style read as {@link ScreenStyle} reads it. */
    private static Map<String, String> declared(String style) {
        Map<String, String> out = new LinkedHashMap<>();
        ScreenStyle.declarations(style, out);
        return out;
    }
}
