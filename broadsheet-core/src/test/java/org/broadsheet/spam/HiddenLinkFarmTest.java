package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/** Hidden phrases linking to many other sites, one link each, against honest hidden lists of other sites. */
class HiddenLinkFarmTest {

    /** The story's page with {@code hidden} between its second and third paragraphs. */
    private static Article withHidden(String hidden) throws Exception {
        String story = LibraryStory.PARAGRAPHS;
        int third = story.indexOf("<p>The mayor");
        String page = "<html lang=\"en\"><head><title>Library to close</title></head><body><main><article>"
                + "<h1>Library to close after 100 years</h1>" + story.substring(0, third) + hidden
                + story.substring(third)
                + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + "</body></html>";
        return LibraryStory.extract(page, InputFormat.HTML);
    }

    /** A hidden block of links, each {@code https://<host>/} with the text after its host. */
    private static String hiddenLinks(String... hostsAndTexts) {
        StringBuilder links = new StringBuilder("<div style=\"display:none\">");
        for (int i = 0; i + 1 < hostsAndTexts.length; i += 2) {
            links.append("<a href=\"https://").append(hostsAndTexts[i]).append("/\">").append(hostsAndTexts[i + 1])
                    .append("</a> ");
        }
        return links.append("</div>").toString();
    }

    @Test
    void hiddenTitleCasePhrasesLinkingToSixSitesOneEachAreFlagged() throws Exception {
        // no known spam word, no other writing, capitals like titles: only the form says it, hidden words without a
        // sentence whose links spread over six bought domains, one link each
        // (the model alone weighs it just under its threshold, as it does hidden lists of related headlines)
        Article a = withHidden(hiddenLinks("kettlepick4.click", "Best Quiet Kettle For Small Kitchens Review",
                "mattresstop9.lol", "Cooling Mattress Topper Honest Customer Results", "dronedeal22.shop",
                "Cheap Beginner Drone With Camera Deals Near Me", "ringlight7.top", "Top Rated Ring Light For Video "
                        + "Calls", "bootcare5.bond", "Waterproof Hiking Boots Real Or Fake Reviews", "vpnlife3.click",
                "Lifetime Streaming Vpn Discount Code Official Website"));
        assertTrue(a.compromised(), "the hidden link farm should be flagged");
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("Ring Light For Video Calls")),
                a.injectedSpam().toString());
        assertFalse(a.text().contains("Ring Light"), "spam reached the body");
    }

    @Test
    void aHiddenListOfSisterTitlesOrPartnersIsNotSpam() throws Exception {
        // hidden, one link to each of six other sites, but each names a site in a word or two
        assertClean(withHidden(hiddenLinks("northgazette.example", "The Northern Gazette", "valleytimes.example",
                "Valley Times", "coastecho.example", "Coast Echo", "citypost.example", "City Post", "farmweekly.example",
                "Farmers Weekly", "eveningstar.example", "Evening Star")));
    }

    @Test
    void aHiddenMenuOfAnOutsideServiceLinkingItsTwoHostsIsNotSpam() throws Exception {
        // phrases for texts, six links, but to two hosts of one service: a folded help or developer menu
        assertClean(withHidden(hiddenLinks("docs.mapservice.example", "Getting Started With Map Tiles",
                "docs.mapservice.example", "Geocoding Addresses In Bulk", "status.mapservice.example",
                "Current Service Status And Incidents", "docs.mapservice.example", "Pricing For Commercial Projects",
                "status.mapservice.example", "Subscribe To Maintenance Notices", "docs.mapservice.example",
                "Migrating From The Old Tile Server")));
    }

    private static void assertClean(Article a) {
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }
}
