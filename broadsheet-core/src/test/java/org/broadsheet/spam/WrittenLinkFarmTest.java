package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BiFunction;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A hidden run of link markup the page shows as text (a comment form kept the Markdown, BBCode or HTML), whose links
 * go to six other sites, one each, is a hidden link farm as much as rendered links are; honest hidden text that
 * names its sites or cites them in sentences stays clean.
 */
class WrittenLinkFarmTest {

    /** Product phrases with no word of the spam word lists, each linked to a bought domain of its own. */
    private static final List<String[]> PHRASES = List.of(
            new String[] {"quiet kettle for small kitchens", "kettlepick4.example"},
            new String[] {"cooling mattress topper results", "mattresstop9.example"},
            new String[] {"beginner drone with camera deals", "dronedeal22.example"},
            new String[] {"ring light for video calls", "ringlight7.example"},
            new String[] {"waterproof hiking boots sale", "bootcare5.example"},
            new String[] {"lifetime streaming discount code", "vpnlife3.example"});

    /** The sister titles of a publisher, each named, each on a site of its own. */
    private static final List<String[]> SISTER_TITLES = List.of(
            new String[] {"The Northern Gazette", "northgazette.example"},
            new String[] {"Valley Times", "valleytimes.example"},
            new String[] {"Coast Echo", "coastecho.example"},
            new String[] {"City Post", "citypost.example"},
            new String[] {"Farmers Weekly", "farmweekly.example"},
            new String[] {"Evening Star", "eveningstar.example"});

    /** The story's page with {@code shown} (text, escaped here) in a hidden block after its second paragraph. */
    private static Article hidden(String shown) throws Exception {
        String escaped = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return LibraryStory.extract(LibraryStory.page(LibraryStory.PARAGRAPHS,
                "<div style=\"display:none\"><p>" + escaped + "</p></div>"), InputFormat.HTML);
    }

    /** The links written out one after another, each made by {@code link} from its text and host. */
    private static String written(List<String[]> links, BiFunction<String, String, String> link) {
        StringBuilder out = new StringBuilder();
        for (String[] l : links) {
            out.append(out.isEmpty() ? "" : " ").append(link.apply(l[0], l[1]));
        }
        return out.toString();
    }

    @Test
    void hiddenMarkdownBbcodeOrShownAnchorsToSixSitesAreFlagged() throws Exception {
        for (String run : List.of(
                written(PHRASES, (t, h) -> "[" + t + "](https://" + h + "/)"),
                written(PHRASES, (t, h) -> "[url=https://" + h + "/]" + t + "[/url]"),
                written(PHRASES, (t, h) -> "<a href=\"https://" + h + "/go/\">" + t + "</a>"))) {
            Article a = hidden(run);
            assertTrue(a.compromised(), () -> "not flagged: " + run);
            assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("ring light for video calls")),
                    a.injectedSpam()::toString);
        }
    }

    @Test
    void hiddenSisterTitlesWrittenOutStayClean() throws Exception {
        // six other sites, one link each, but each named as a title is
        Article a = hidden(written(SISTER_TITLES, (t, h) -> "[" + t + "](https://" + h + "/)"));
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }

    @Test
    void hiddenSourcesCitedInASentenceStayClean() throws Exception {
        Article a = hidden("Sources: the council minutes (https://townhall.example/minutes/2024-03), the county "
                + "heritage register (https://heritage.county.example/register), the library association report "
                + "(https://www.libraries.example/report.pdf), census figures (https://www.census.example/data) and "
                + "the architect's archive (https://archive.designers.example/1921).");
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }
}
