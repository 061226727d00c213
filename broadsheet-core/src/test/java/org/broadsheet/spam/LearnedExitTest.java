package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A run that no component names (no word of the lists, no other writing, no hiding, no form of its own) but that is
 * product phrases typed as searches, each linked in markup written out as text to a bought domain of its own (in a page whose prose is long enough to compare the run's vocabulary with), is
 * flagged by the judge's learned exit ({@link UncluedJudge}); a page's honest lists of links written out, names with
 * capitals or sources cited in sentences, stay clean.
 */
class LearnedExitTest {

    /** Product phrases linked in BBCode to twelve other sites, some said twice, one a line. */
    private static final String PHRASES_LINKED = """
            [url=https://kettlepick4.example/]quiet kettle for small kitchens[/url]
            [b]cooling mattress topper results[/b]
            [url=https://www.dronedeal22.example/go/]beginner drone with camera deals[/url]
            [url=https://ringlight7.example/?ref=news]ring light for video calls[/url]
            [b]quiet kettle for small kitchens[/b]
            [url=https://bootcare5.example/]waterproof hiking boots sale[/url]
            [url=https://mattresstop9.example/slot/]cooling mattress topper results[/url]
            [url=https://vpnlife3.example/]lifetime streaming discount code[/url]
            [url=https://standdesk81.example/]standing desk for small rooms[/url]
            [b]beginner drone with camera deals[/b]
            [url=https://www.airfryer12.example/go/]air fryer without oil reviews[/url]
            [url=https://petcam44.example/?ref=news]pet camera with treat dispenser[/url]
            [url=https://robomop6.example/]robot mop for tile floors[/url]
            [url=https://ebikefold3.example/slot/]folding electric bike under budget[/url]""";

    /** The publisher's other titles, written out with their addresses, one a line. */
    private static final String TITLES_LINKED = """
            [url=https://northgazette.example/]The Northern Gazette[/url]
            [url=https://valleytimes.example/]Valley Times[/url]
            [url=https://coastecho.example/]Coast Echo[/url]
            [url=https://citypost.example/]City Post[/url]
            [url=https://farmweekly.example/]Farmers Weekly[/url]
            [url=https://eveningstar.example/]Evening Star[/url]""";

    /** The story with two more paragraphs: its prose long enough to compare a run's vocabulary with. */
    private static final String STORY = LibraryStory.LONGER + """
            <p>The council said it would publish the full cost of the repairs next month, after a survey of the roof
            and the upper floor is finished by an independent engineer.</p>
            <p>The library's archive of local newspapers, maps and photographs will be kept by the county record
            office, which has promised to put the most used of them online.</p>
            """;

    @Test
    void searchPhrasesLinkedToTwelveSitesInWrittenMarkupAreFlagged() throws Exception {
        Article a = LibraryStory.extract(LibraryStory.text(STORY, PHRASES_LINKED), InputFormat.TEXT);
        assertTrue(a.compromised(), () -> "not flagged: " + a.injectedSpam());
        assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("beginner drone with camera deals")
                && f.reasons().get(0).contains("trees learned on runs")), a.injectedSpam()::toString);
    }

    @Test
    void titlesLinkedToTheirSitesStayClean() throws Exception {
        Article a = LibraryStory.extract(LibraryStory.text(STORY, TITLES_LINKED), InputFormat.TEXT);
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }

    @Test
    void sourcesCitedInASentenceStayClean() throws Exception {
        Article a = LibraryStory.extract(LibraryStory.text(STORY, "Sources: the council minutes "
                + "(https://townhall.example/minutes/2024-03), the county heritage register "
                + "(https://heritage.county.example/register), the library association report "
                + "(https://www.libraries.example/report.pdf) and census figures (https://www.census.example/data)."),
                InputFormat.TEXT);
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
    }
}
