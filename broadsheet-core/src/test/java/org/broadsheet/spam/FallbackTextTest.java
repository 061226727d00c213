package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Text that only some readers see: the fallback of an element that shows something else (a drawing, an embed, a
 * player), a text box's text, the markup a script writes, an image's alternative text. Planted runs there are judged
 * as blocks are; the honest uses of the same places (a player's notice, an embed code to copy, an ad slot's script,
 * a news photo's description) stay clean.
 */
class FallbackTextTest {

    /** Invented search phrases in a writing the English story does not use. */
    static final String FOREIGN_PHRASES = "быстрый займ без проверки · казино онлайн бонус без депозита · "
            + "купить диплом недорого · ставки на спорт с бонусом · займ на карту без отказа · казино онлайн бонус";

    static Article page(String between) throws Exception {
        return LibraryStory.extract(LibraryStory.page(LibraryStory.LONGER, between), InputFormat.HTML);
    }

    private static void assertFlaggedAt(String location, String html) throws Exception {
        Article a = page(html);
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.location().equals(location)),
                () -> location + " not flagged in " + html + ": " + a.injectedSpam());
        assertTrue(a.text().contains("The mayor said"), a::text);
    }

    @Test
    void plantedLinksInFallbackContentAreFlagged() throws Exception {
        String links = "<p>" + UnshownTextTest.LINKS + "</p>";
        for (String planted : List.of(
                "<canvas width=\"300\" height=\"1\">" + links + "</canvas>",
                "<object data=\"/media/box.svg\" type=\"image/svg+xml\" width=\"1\" height=\"1\">" + links
                        + "</object>",
                "<video src=\"/media/clip.mp4\" preload=\"none\">" + links + "</video>",
                "<noembed>" + links + "</noembed>")) {
            assertFlaggedAt("fallback", planted);
        }
    }

    @Test
    void aTextBoxOfNoSizeIsRead() throws Exception {
        assertFlaggedAt("textarea", "<textarea readonly tabindex=\"-1\" style=\"width:0;height:0;border:0\">"
                + FOREIGN_PHRASES + "</textarea>");
    }

    @Test
    void markupAScriptWritesIsRead() throws Exception {
        // cut into pieces and glued, as a reader of the markup sees only a script
        String written = ("<div style=\"display:none\"><p>" + UnshownTextTest.LINKS + "</p></div>")
                .replace("'", "\\'").replace("/", "\\/");
        StringBuilder js = new StringBuilder("document.write(");
        for (int i = 0; i < written.length(); i += 40) {
            js.append(i == 0 ? "" : "+").append('\'').append(written, i, Math.min(written.length(), i + 40))
                    .append('\'');
        }
        assertFlaggedAt("script", "<script>" + js + ");</script>");
        // a script in the head writes into the body all the same
        String head = LibraryStory.page(LibraryStory.LONGER, "")
                .replace("</head>", "<script>" + js + ");</script></head>");
        Article a = LibraryStory.extract(head, InputFormat.HTML);
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.location().equals("script")),
                () -> "a head script's writes not flagged: " + a.injectedSpam());
    }

    @Test
    void anImagesAlternativeTextIsRead() throws Exception {
        assertFlaggedAt("alt", "<p><img src=\"/img/square.jpg\" width=\"640\" height=\"360\" alt=\""
                + FOREIGN_PHRASES + "\"></p>");
    }

    @Test
    void honestUsesOfThePlacesStayClean() throws Exception {
        for (String honest : List.of(
                // a player's notice for browsers that cannot play it
                "<video controls src=\"/media/council.mp4\"><p>Your browser cannot play this video. Download the "
                        + "recording of the council meeting instead, or read the minutes on the council's website.</p>"
                        + "</video>",
                // a chart drawn by a script, described for those whose browser cannot draw it
                "<canvas width=\"600\" height=\"300\"><p>Chart: library visits rose from 41,000 in 2021 to 57,000 "
                        + "in 2023, while loans of books stayed near 120,000 a year.</p></canvas>",
                // an embed code readers may copy
                "<textarea readonly rows=\"3\" cols=\"60\">&lt;iframe src=\"https://news.example/embed/library-vote\" "
                        + "width=\"600\" height=\"400\"&gt;&lt;/iframe&gt; Embed this story on your own site"
                        + "</textarea>",
                // an ad slot's script that writes a tag built from its own values
                "<script>var slot = 'story-mid'; document.write('<div id=\"ad-' + slot + '\" class=\"ad-slot\">"
                        + "Advertisement</div>');</script>",
                // news photos described for readers who cannot see them
                "<figure><img src=\"/img/hall.jpg\" alt=\"Councillors vote in the town hall on Tuesday evening as "
                        + "residents watch from the public gallery\"><figcaption>The vote</figcaption></figure>"
                        + "<img src=\"/img/library.jpg\" alt=\"The old library building on Market Street, closed since "
                        + "the roof was damaged in last winter's storms\">",
                // an old player's fallback to a link
                "<object data=\"/media/map.swf\" type=\"application/x-shockwave-flash\"><p>The map of the new "
                        + "branch libraries needs a plug-in; see the list of branches and their opening hours.</p>"
                        + "</object>")) {
            Article a = page(honest);
            assertFalse(a.compromised(), () -> honest + " flagged: " + a.injectedSpam());
        }
    }
}
