package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.SpamFamily;
import org.broadsheet.article.SpamFinding;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Injected spam on small pages that each stress one behaviour, and on the seed page. */
class InjectedSpamTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static final String ARTICLE = LibraryStory.PARAGRAPHS;

    private static Article html(String body) throws Exception {
        String page = "<html lang=\"en\"><head><title>Library to close</title></head><body><main><article>"
                + "<h1>Library to close after 100 years</h1>" + ARTICLE + body
                + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + "</body></html>";
        return extract(page, InputFormat.HTML);
    }

    private static Article htmlAfterFooter(String afterFooter) throws Exception {
        String page = "<html lang=\"en\"><head><title>Library to close</title></head><body><main><article>"
                + "<h1>Library to close after 100 years</h1>" + ARTICLE
                + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + afterFooter + "</body></html>";
        return extract(page, InputFormat.HTML);
    }

    private static Article extract(String page, InputFormat format) throws Exception {
        return LibraryStory.extract(page, format);
    }

    private static void assertFlagged(Article a, String fragment, SpamFamily family, String reason) {
        assertTrue(a.compromised(), "the page should look compromised");
        SpamFinding f = a.injectedSpam().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding contains " + fragment + ": " + a.injectedSpam()));
        if (family != null) {
            assertEquals(family, f.family(), f.toString());
        }
        if (reason != null) {
            assertTrue(f.reasons().stream().anyMatch(r -> r.contains(reason)), f.reasons().toString());
        }
        assertTrue(f.score() >= InjectedSpam.THRESHOLD);
        assertFalse(a.text().contains(fragment), "spam reached the body");
        assertTrue(a.removed().stream().anyMatch(r -> r.kind() == Boilerplate.INJECTED_SPAM && r.text().contains(fragment)));
    }

    private static void assertClean(Article a) {
        assertFalse(a.compromised(), () -> "flagged: " + a.injectedSpam());
        assertTrue(a.removed().stream().noneMatch(r -> r.kind() == Boilerplate.INJECTED_SPAM));
    }

    @Test
    void chineseKeywordFarmAfterTheFooterOfAnEnglishArticle() throws Exception {
        Article a = htmlAfterFooter("<div>亚洲 欧美 中文 在线 视频| 日韩无码久久精品免费| 人妻无码视频一区二区三区| "
                + "久热中文字幕无码视频| 午夜无码A级毛片免费视频| 天堂在线中文字幕| 国产成人亚洲综合无码精品</div>");
        assertFlagged(a, "一区二区三区", SpamFamily.CHINESE_PORN, "after the page footer");
        assertTrue(a.text().contains("The town council voted"), "the article stays");
    }

    @Test
    void casinoLinksHiddenWithDisplayNone() throws Exception {
        Article a = html("<div style=\"display:none\"><a href=\"http://a.test/\">online casino bonus</a> "
                + "<a href=\"http://b.test/\">free spins no deposit bonus</a> <a href=\"http://c.test/\">best "
                + "sportsbook 2024</a> <a href=\"http://d.test/\">casino bonus codes</a></div>");
        assertFlagged(a, "free spins", null, "display:none");
    }

    @Test
    void linksHiddenByAStyleSheetRuleForTheirClass() throws Exception {
        String links = "<a href=\"http://a.test/\">online casino bonus</a> <a href=\"http://b.test/\">free spins "
                + "no deposit bonus</a> <a href=\"http://c.test/\">best sportsbook 2024</a> "
                + "<a href=\"http://d.test/\">casino bonus codes</a>";
        Article byClass = html("<style>p { margin: 0 }\n .wrap .seo, div.seo-links ,#x { display : none }</style>"
                + "<div class=\"box seo-links\">" + links + "</div>");
        assertFlagged(byClass, "free spins", null, "stylesheet rule for class seo-links");
        Article byId = html("<style>@media screen { #partners{visibility:hidden} }</style><div id=\"partners\">"
                + links + "</div>");
        assertFlagged(byId, "free spins", null, "stylesheet rule for id partners");
    }

    @Test
    void keywordListLostToQuestionMarksAfterTheFooter() throws Exception {
        // a Chinese keyword block saved through a charset without Han: only runs of '?' are left
        Article a = htmlAfterFooter("<div>???? ?????? | ????? ???? | ?????? ???? | ???? ????? | ????? ??</div>");
        assertFlagged(a, "?????? ????", null, "lost to '?'");
    }

    @Test
    void pharmaListPositionedOffScreen() throws Exception {
        Article a = html("<ul style=\"position:absolute;left:-9999px\"><li><a href=\"http://x.example/1\">buy "
                + "cheap viagra no prescription</a></li><li><a href=\"http://y.example/2\">tramadol overnight "
                + "delivery</a></li><li><a href=\"http://z.example/3\">canadian pharmacy kamagra</a></li></ul>");
        assertFlagged(a, "canadian pharmacy", null, "off-screen");
    }

    @Test
    void spamColouredLikeThePageBackgroundByAStyleSheet() throws Exception {
        String page = "<html lang=\"en\"><head><title>Library to close</title><style>body{background-color:#f4f0e6}"
                + " .note-x{color:#f4f0e6}</style></head><body><main><article><h1>Library to close after 100 years</h1>"
                + ARTICLE + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + "<div class=\"note-x\"><a href=\"http://a.test/\">buy cheap viagra no prescription</a> "
                + "<a href=\"http://b.test/\">tramadol overnight delivery</a> <a href=\"http://c.test/\">canadian "
                + "pharmacy kamagra</a> <a href=\"http://d.test/\">cialis online discount</a></div></body></html>";
        Article a = extract(page, InputFormat.HTML);
        assertFlagged(a, "canadian pharmacy", null, "coloured like the page background");
    }

    @Test
    void aHiddenBlockIsFlaggedWhole() throws Exception {
        // the block's first and last items carry no known spam word; hidden, the whole block was planted
        Article a = html("<ul hidden><li><a href=\"http://a.test/\">Garden Club</a></li><li><a href=\"http://b.test/\">"
                + "buy cheap viagra no prescription</a></li><li><a href=\"http://c.test/\">tramadol overnight delivery"
                + "</a></li><li><a href=\"http://d.test/\">canadian pharmacy kamagra</a></li>"
                + "<li><a href=\"http://e.test/\">Weekend Market</a></li></ul>");
        assertFlagged(a, "canadian pharmacy", null, "hidden attribute");
        assertTrue(a.removed().stream().anyMatch(r -> r.kind() == Boilerplate.INJECTED_SPAM
                && r.text().contains("Weekend Market")), "the last item of the hidden block is flagged too");
    }

    @Test
    void aHiddenLineOfPhrasesLinkingToManySitesIsFlagged() throws Exception {
        // no known spam word and no foreign writing: a hidden line of review-style phrases, some linked to four other
        // sites; honest hidden lines are the site's own menus or sentences
        Article a = html("<p style=\"position:absolute;left:-9999px\">Harbor Glow Serum Honest Review - "
                + "<a href=\"https://glowdeal41.click/\">Best Standing Desk For Small Rooms</a> - Quiet Fan Reviews "
                + "Real Or Fake - <a href=\"https://deskpick7.shop/go/\">Top Rated Walking Pad Deals</a> - "
                + "Smart Ring Sleep Tracker Complaints - <a href=\"https://ringtrack.lol/\">Budget Espresso Machine "
                + "Honest Review</a> - Hair Vitamins That Really Work - <a href=\"https://www.vitahair22.bond/\">"
                + "Cheap Dash Cam Quotes Near Me</a></p>");
        assertFlagged(a, "Walking Pad Deals", null, "links to other sites");
    }

    @Test
    void hiddenHashtagsLinkingToOtherSitesReachTheModel() throws Exception {
        // invented hashtags of no known family, put off-screen below the headline, some linked to other sites: no
        // word list, writing or phrase shape speaks for them, but hidden words without a sentence that are not the
        // site's own links are a clue about what the text is, so the model weighs where they are and where they link
        Article a = extract(longPage("").replace("<p>Some councillors", "<p style=\"position:absolute;top:-3000px\">"
                + "#GardenShedKitsDelivered #cheapshedroofpanels <a href=\"https://shedpick93.click/\">"
                + "#ShedMats</a> #woodenplanterboxesfast <a href=\"https://patioheat4.top/\">"
                + "#PatioHeat</a> <a href=\"https://greenyard7.shop/go/\">#grassroll</a> "
                + "#FencePaintSprayerDeals <a href=\"https://sealkit22.lol/\">#sealkit</a> "
                + "#RainBarrelDiverterSale <a href=\"https://www.decking88.bond/\">#decking</a> "
                + "#hedgetrimmerbladesharpening #GreenhouseHeaterBestPrice #pondpumpfilterkits #LawnEdgingStripsBulk "
                + "#SolarFenceLightsOutdoor #weedburnertorchkit #CheapTopsoilBulkBags #gardenkneelerseatfolding "
                + "#LeafBlowerBatteryDeals #compostbinrotatingdrum #WheelbarrowTyreReplacement #shedsecuritylocks"
                + "</p><p>Some councillors"), InputFormat.HTML);
        assertFlagged(a, "#FencePaintSprayerDeals", null, "words without a sentence");
    }

    @Test
    void aHiddenTickerOfMarketsAndWeatherIsNotSpam() throws Exception {
        // a ticker folded away on narrow screens: words without a sentence and not the site's links, so it now
        // reaches the model, which weighs figures and names at the top of a page as the site's own
        assertClean(longAfterFooter("<div style=\"display:none\" class=\"ticker\"><span>Markets</span> <span>FTSE 100 "
                + "7,612.4 up 0.4%</span> <span>FTSE 250 19,204.1 down 0.2%</span> <span>Dow Jones 38,112.6 up 0.1%"
                + "</span> <span>Brent crude 82.31 dollars</span> <span>Pound 1.27 dollars</span> <span>Gold 2,031 "
                + "dollars an ounce</span> <span>Weather</span> <span>Sunny spells 14C</span> <span>Tonight cloudy 9C"
                + "</span> <span>Tomorrow showers 12C</span></div>"));
    }

    @Test
    void hiddenListsNamingOtherSitesStayClean() throws Exception {
        // hidden, no sentence, links to four or more other sites, but each names a site in a word or two: a drop-down
        // of the publisher's other papers, and a notice shown only to old browsers
        Article network = html("<nav><ul style=\"display:none\" class=\"network\">" + linkItems(
                "northgazette", "The Northern Gazette", "valleytimes", "Valley Times", "coastecho", "Coast Echo",
                "citypost", "City Post and Herald", "farmweekly", "Farmers Weekly Record", "eveningstar",
                "Evening Star Sunday Edition") + "</ul></nav>");
        assertFalse(network.compromised(), network.injectedSpam().toString());
        Article notice = htmlAfterFooter("<div style=\"display:none\" class=\"old-browser\"><p>Please update your "
                + "browser for the latest security and speed</p><ul>" + linkItems("chrome", "Google Chrome", "chrome",
                "Download", "safari", "Apple Safari", "safari", "Download", "firefox", "Mozilla Firefox", "firefox",
                "Download", "edge", "Microsoft Edge", "edge", "Download") + "</ul></div>");
        assertFalse(notice.compromised(), notice.injectedSpam().toString());
    }

    /** List items, each a link to {@code https://<host>.example/} with the text that follows the host. */
    private static String linkItems(String... hostsAndTexts) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i + 1 < hostsAndTexts.length; i += 2) {
            items.append("<li><a href=\"https://").append(hostsAndTexts[i]).append(".example/\">")
                    .append(hostsAndTexts[i + 1]).append("</a></li>");
        }
        return items.toString();
    }

    @Test
    void spamAppendedToAParagraphIsFlaggedWithoutTheParagraph() throws Exception {
        Article a = html("<p>The library's reading room will stay open on Saturdays until the move, the council said."
                + " buy cheap viagra no prescription | tramadol overnight delivery | canadian pharmacy kamagra | "
                + "cialis online discount</p>");
        assertFlagged(a, "canadian pharmacy", null, "appended to a line");
        SpamFinding f = a.injectedSpam().stream().filter(s -> s.text().contains("canadian pharmacy")).findFirst()
                .orElseThrow();
        assertFalse(f.text().contains("reading room"), "the paragraph's own sentence is not flagged: " + f.text());
    }

    private static Article longAfterFooter(String afterFooter) throws Exception {
        return extract(longPage(afterFooter), InputFormat.HTML);
    }

    /** The article with more of its story (prose to compare a block's vocabulary with), then {@code afterFooter}. */
    private static String longPage(String afterFooter) {
        String more = """
                <p>Library staff said they had been told of the plan only last week, and that nobody had asked them
                how the building could be kept open for less money.</p>
                <p>The council's finance officer told the meeting that the roof alone would cost more than the
                library's budget for the next five years, and that the heating was failing too.</p>
                <p>Some councillors asked whether volunteers could run the library at weekends, as happens in two
                other towns in the county, but the idea was not put to a vote.</p>
                """;
        return "<html lang=\"en\"><head><title>Library to close</title></head><body><main><article>"
                + "<h1>Library to close after 100 years</h1>" + ARTICLE + more
                + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + afterFooter + "</body></html>";
    }

    @Test
    void spamInALanguageNoWordListHasAfterTheFooter() throws Exception {
        // Polish loan and casino links: no known word, no other script, few marks; none of the article's words
        String[] phrases = {"chwilówki bez bik", "kasyno online bez depozytu", "pożyczka przez internet od ręki",
            "darmowe spiny za rejestrację", "szybka pożyczka na dowód", "chwilówki bez bik", "tanie zegarki repliki"};
        StringBuilder list = new StringBuilder("<ul>");
        for (int i = 0; i < phrases.length; i++) {
            list.append("<li><a href=\"https://szybko").append(i).append(".top/\">").append(phrases[i]).append("</a></li>");
        }
        Article a = longAfterFooter(list.append("</ul>").toString());
        assertFlagged(a, "pożyczka", null, "another vocabulary than the article's");
    }

    @Test
    void aFewOfTheArticlesOwnWordsRepeatedOverAndOverAreWeighed() throws Exception {
        // the article's own words: no other vocabulary, and too few distinct pairs for the word-order test
        String stuffing = "library roof council library building roof council library roof building library council "
                + "roof library building council roof library council building roof library roof council library "
                + "building roof library council";
        var x = EXTRACTOR.explain(RawPage.of("test", longPage("<div>" + stuffing + "</div>")
                .getBytes(StandardCharsets.UTF_8), null), InputFormat.HTML);
        assertTrue(x.spamJudgements().stream().anyMatch(j -> j.text().equals(stuffing)
                && j.evidence().getOrDefault("shape.fewDistinctWords", 0.0) == 1.0), x.spamJudgements().toString());
    }

    @Test
    void templateTokensAfterTheFooterAreNotSpam() throws Exception {
        // a sign-up form's unfilled template: no article word, but code, not phrases
        Article a = longAfterFooter("<div>{* #registrationForm_radio_2 *} {* traditionalRegistration_firstName *}"
                + " {* traditionalRegistration_lastName *} {* traditionalRegistration_emailAddress *}"
                + " {* traditionalRegistration_password *} {* traditionalRegistration_passwordConfirm *}</div>");
        assertClean(a);
    }

    @Test
    void japaneseKeywordHackInFlattenedText() throws Exception {
        Article a = extract(textPage("ルイヴィトン 長財布 N級品 | シャネル 腕時計 激安 | ロレックス スーパーコピー 通販 | "
                + "プラダ バッグ 偽物 代引き | エルメス 財布 ブランドコピー 専門店 | グッチ 時計 コピー品 送料無料"),
                InputFormat.TEXT);
        assertFlagged(a, "スーパーコピー", SpamFamily.JAPANESE_KEYWORD_HACK, "japanese text in a page written in latin");
    }

    @Test
    void indonesianSlotSpamInFlattenedText() throws Exception {
        Article a = extract(textPage("SLOT GACOR hari ini | MPO99 situs slot maxwin | bandar togel terpercaya | "
                + "RAJA138 link alternatif | daftar slot deposit pulsa | HOKI88 bonus new member"), InputFormat.TEXT);
        assertFlagged(a, "SLOT GACOR", SpamFamily.INDONESIAN_GAMBLING, "brand names with digits");
    }

    /** An English article as flattened text, with {@code spam} on the line after the copyright footer. */
    private static String textPage(String spam) {
        return """
                Home / Town / News

                Library to close after 100 years

                The town council voted on Tuesday to close the old library on the hill after more than a century, citing the cost of repairing its roof and the falling number of visitors.

                Residents who packed the meeting said the building was the heart of the neighbourhood and asked the council to look for a buyer who would keep it open to the public.

                The mayor said the decision had not been taken lightly and that the books would be moved to the new community centre by the end of the year.

                A campaign group said it would ask the county to list the building, which was designed by a local architect and opened in 1921, so that it cannot be demolished.

                © 2024 The Daily Example. All rights reserved.
                """ + spam + "\n";
    }

    /** {@link #textPage} with more of the story: prose enough to compare a line's vocabulary and word order with. */
    private static String longTextPage(String afterFooter) {
        String more = """
                Library staff said they had been told of the plan only last week, and that nobody had asked them how the building could be kept open for less money.

                The council's finance officer told the meeting that the roof alone would cost more than the library's budget for the next five years, and that the heating was failing too.

                Some councillors asked whether volunteers could run the library at weekends, as happens in two other towns in the county, but the idea was not put to a vote.

                """;
        return textPage(afterFooter).replace("© 2024", more + "© 2024");
    }

    @Test
    void searchPhrasesRunTogetherInFlattenedText() throws Exception {
        // a link list that lost its separators in flattening: no known word, no other script, the page's language
        Article a = extract(longTextPage("forex robot download fake id maker keto pills reviews best crypto signals "
                + "telegram tiktok likes free trial seo backlinks package buy youtube views spotify plays cheap google "
                + "reviews for sale hire a hacker online bitcoin doubler legit weight loss patches cheap vpn lifetime "
                + "deal"), InputFormat.TEXT);
        assertFlagged(a, "keto pills", null, "search phrases run together");
    }

    @Test
    void aLineOfSearchPhrasesBetweenParagraphsOfFlattenedTextIsFlagged() throws Exception {
        // a hidden link block flattened to one line between paragraphs: too short to be a run of 25 words, no known
        // word, no other script; a line of its own without a capital, in a vocabulary the story does not use
        String line = "seo backlinks package custom term papers buy youtube views cbd gummies for sleep forex robot "
                + "download";
        Article a = extract(longTextPage("").replace("The mayor said", line + "\n\nThe mayor said"),
                InputFormat.TEXT);
        assertFlagged(a, "cbd gummies", null, "a line of its own of lower-case words");
    }

    @Test
    void searchPhrasesAppendedToAParagraphEndingWithAQuotationAreFlaggedAlone() throws Exception {
        // English search phrases no word list knows, appended to a paragraph whose last sentence is a quotation
        // (".” |"): the run after it is a line of phrases in a vocabulary the story does not use, though the
        // paragraph that carries it is prose, and only the run is flagged, from its first phrase
        String paragraph = "Some councillors asked whether volunteers could run the library at weekends, as happens in "
                + "two other towns in the county, but the idea was not put to a vote.";
        String quoted = "A councillor said the town would \u201cnot give up on its library without a fight.\u201d";
        String run = "gutter cleaning quotes near me, used forklift parts online, cheap skip hire same day, "
                + "roofing felt wholesale prices, mobile tyre fitting tonight, patio jet washing deals";
        String page = longTextPage("").replace(paragraph, paragraph + " " + quoted + " | " + run);
        Article a = extract(page, InputFormat.TEXT);
        assertFlagged(a, "forklift parts", null, "appended lower-case words without a sentence");
        SpamFinding f = a.injectedSpam().stream().filter(s -> s.text().contains("forklift")).findFirst().orElseThrow();
        assertEquals(run, f.text().strip(), "only the appended run, from its first phrase");
        assertFalse(f.text().contains("without a fight"), "the paragraph's own sentences are not flagged");
    }

    @Test
    void aParagraphEndingWithAQuotedRemarkWithoutFullStopsIsNotSpam() throws Exception {
        // a paragraph that ends with a quotation and then a short credit line in lower case is not a run of phrases
        String paragraph = "Some councillors asked whether volunteers could run the library at weekends, as happens in "
                + "two other towns in the county, but the idea was not put to a vote.";
        String page = longTextPage("").replace(paragraph, paragraph + " A resident said it was \u201cthe heart of "
                + "the town.\u201d | reporting by our town desk with help from readers who wrote in");
        assertClean(extract(page, InputFormat.TEXT));
    }

    @Test
    void aHiddenSpanInsideAShownParagraphIsJudgedAndFlaggedAlone() throws Exception {
        // planted phrases with links to other sites, hidden off-screen inside a paragraph of the story: judged
        // with the paragraph they are prose; judged alone they are hidden links with keyword texts
        String hidden = "<span style=\"position:absolute;left:-9999px\"> <a href=\"https://tyrefit77.click/\">"
                + "mobile tyre fitting tonight</a> · <a href=\"https://skiphire.click/\">cheap skip hire same day</a> "
                + "· <a href=\"https://roofing4.click/\">roofing felt wholesale prices</a> · <a href=\"https://jetwash"
                + ".click/\">patio jet washing deals</a></span>";
        Article a = html("<p>The library's reading room will stay open on Saturdays until the move, the council "
                + "said, and the children's corner will be the last part of the building to close." + hidden + "</p>");
        assertFlagged(a, "cheap skip hire", null, "hidden");
        SpamFinding f = a.injectedSpam().stream().filter(s -> s.text().contains("skip hire")).findFirst().orElseThrow();
        assertFalse(f.text().contains("reading room") || f.text().contains("children's corner"),
                "the paragraph's own sentences are not flagged: " + f.text());
    }

    @Test
    void aShortHiddenLinkToAnotherSiteInsideAParagraphIsJudgedAlone() throws Exception {
        // one hidden phrase in another writing, linked to another site, at the end of a paragraph: too short to be
        // judged as an appended run, but a hidden part whose text is a link to another site is weighed alone
        Article a = html("<p>The library's reading room will stay open on Saturdays until the move, the council "
                + "said. <span style=\"display:none\"><a href=\"https://zaimy-bystro.click/\">займы онлайн без "
                + "отказа</a></span></p>");
        assertFlagged(a, "займы онлайн", null, "hidden");
        SpamFinding f = a.injectedSpam().stream().filter(s -> s.text().contains("займы")).findFirst().orElseThrow();
        assertEquals("займы онлайн без отказа", f.text());
    }

    @Test
    void aShortHiddenLinkToAReferenceInsideAParagraphIsNotSpam() throws Exception {
        // a note for screen readers that links to the source the paragraph cites: hidden, another site, but words
        // of the article's language that name a source
        Article a = html("<p>The library was designed by a local architect and opened in 1921, the county archive "
                + "says.<span style=\"position:absolute;left:-9999px\"> Source: <a href=\"https://archives.example-county.gov.uk/"
                + "library-1921\">County archive record of the library</a></span></p>");
        assertClean(a);
    }

    @Test
    void aHiddenRestOfAParagraphOrAScreenReaderNoteIsNotSpam() throws Exception {
        // a paragraph whose end is hidden until "read more" is clicked (prose), and a note for screen readers
        Article a = html("<p>The library's reading room will stay open on Saturdays until the move, the council "
                + "said.<span class=\"more\" style=\"display:none\"> The children's corner will be the last part "
                + "of the building to close, and the staff will help families find the new shelves at the "
                + "community centre.</span> <a href=\"/more\">Read more</a></p>"
                + "<p>Opening hours are on the council's website.<span style=\"position:absolute;left:-9999px\"> "
                + "(opens in a new window, external site)</span></p>");
        assertClean(a);
    }

    @Test
    void linesOfTheSamePlantedPhrasesNextToEachOtherAreFlaggedTogether() throws Exception {
        // three lines of search phrases drawn from one bank, after the footer of flattened text: each shares its
        // phrases with the next, which is no caption naming a headline, and every line of them is flagged, the one
        // that uses a few of the story's words (library, roof, council) too, beside the others
        String lines = "gutter cleaning quotes near me used forklift parts online cheap skip hire same day patio jet "
                + "washing deals\n\n"
                + "roofing felt wholesale prices library roof repair council tax bands mobile tyre fitting tonight "
                + "skip hire same day\n\n"
                + "patio jet washing deals used forklift parts online roofing felt wholesale prices mobile tyre "
                + "fitting tonight";
        Article a = extract(longTextPage(lines), InputFormat.TEXT);
        for (String part : List.of("used forklift parts online cheap skip", "patio jet washing deals used forklift")) {
            assertFlagged(a, part, null, null);
        }
        assertFlagged(a, "roofing felt wholesale prices library", null, "next to a flagged block");
    }

    @Test
    void anImageTextNamingTheHeadlineBesideItIsNotSpam() throws Exception {
        // a related story's image text, in lower case and in words the story does not use, names the headline under it
        String related = "uk weather forecast map polar vortex cold snow long range forecast latest\n\n"
                + "UK weather forecast: a map shows the polar vortex bringing weeks of snow and cold to the whole "
                + "country from next week, forecasters said.\n";
        assertClean(extract(longTextPage(related), InputFormat.TEXT));
    }

    @Test
    void rulesOfACommentPolicyWithoutCapitalsAreNotSearchPhrases() throws Exception {
        // a comment policy's rules, flattened without their bullets: lower case and in words the story does not use,
        // but clauses, with the article's small words (to, or, of, with) and items longer than a search phrase
        String rules = "comments pursuing commercial aims, carrying hidden advertising, unlawful political campaigning "
                + "or links to outside online resources containing such offers\n\n"
                + "comments forming part of an organized action involving large numbers of posts carrying identical or "
                + "similar content\n";
        assertClean(extract(longTextPage(rules), InputFormat.TEXT));
    }

    @Test
    void searchPhrasesLinkedToManyOtherSitesAreFlaggedWhenFormAndLinksAgree() throws Exception {
        // a line of search phrases, each a link to another site, shown between paragraphs: the phrases say what it
        // is, and so do links to five other sites whose texts are phrases, not names
        String links = "<p><a href=\"https://luckyvip.xyz/\">bitcoin doubler legit</a> · "
                + "<a href=\"https://megahub.io/\">tiktok likes free trial</a> · "
                + "<a href=\"https://luckyzone.info/\">spotify plays cheap</a> · "
                + "<a href=\"https://www.dealtop69.shop/\">cheap vpn lifetime deal</a></p>";
        Article a = extract("<html lang=\"en\"><head><title>Library to close</title></head><body><main><article>"
                + "<h1>Library to close after 100 years</h1>" + ARTICLE.replace("<p>The mayor said", links
                        + "<p>The mayor said") + "</article></main><footer><p>© 2024 The Daily Example.</p></footer>"
                + "</body></html>", InputFormat.HTML);
        assertFlagged(a, "spotify plays cheap", null, "shape and links");
    }

    @Test
    void aBlogrollOfNamedSitesAndAHelpMenuAreNotSpam() throws Exception {
        // links to many other sites named by their names, after the story: the links say nothing of what it is
        assertClean(html("<p><a href=\"https://citylab.example.org/\">City Lab</a> · "
                + "<a href=\"https://libraryjournal.example.com/\">Library Journal</a> · "
                + "<a href=\"https://townhall.example.net/\">Town Hall Notes</a> · "
                + "<a href=\"https://countyrecord.example.com/\">County Record</a> · "
                + "<a href=\"https://readingroom.example.org/\">the reading room</a></p>"));
        // a help menu's items link to other sites too, in sentence case
        assertClean(longAfterFooter("<ul><li><a href=\"https://issues.example.org/\">Report platform bug</a></li>"
                + "<li><a href=\"https://docs.example.com/\">Report documentation bug</a></li>"
                + "<li><a href=\"https://play.example.net/\">Google Play support</a></li>"
                + "<li><a href=\"https://research.example.com/\">Join research studies</a></li>"
                + "<li><a href=\"https://feedback.example.org/\">Send product feedback</a></li>"
                + "<li><a href=\"https://ideas.example.net/\">Request new features</a></li></ul>"));
    }

    @Test
    void twoPlantedLinesKeptInTheBodyDoNotVouchForEachOther() throws Exception {
        // two lines of the same search phrases between paragraphs: each shares word pairs with the other, not with
        // the article's sentences
        String one = "forex robot download fake id maker keto pills reviews best crypto signals telegram tiktok likes "
                + "free trial seo backlinks package buy youtube views spotify plays cheap google reviews for sale";
        String two = "keto pills reviews fake id maker hire a hacker online bitcoin doubler legit best crypto signals "
                + "telegram weight loss patches cheap vpn lifetime deal buy youtube views tiktok likes free trial";
        String page = longTextPage("").replace("The mayor said", one + "\n" + two + "\n\nThe mayor said");
        var x = EXTRACTOR.explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), InputFormat.TEXT);
        for (String line : List.of(one, two)) {
            assertTrue(x.spamJudgements().stream().anyMatch(j -> j.text().equals(line)
                    && j.evidence().getOrDefault("shape.keywordRun", 0.0) == 1.0), x.spamJudgements().toString());
        }
    }

    @Test
    void theArticlesOwnWordsInRandomOrderAreStuffing() throws Exception {
        // 45 of the story's own words drawn at random, as a keyword hack plants them: every word is the page's, so
        // no other vocabulary; it has none of the page's word pairs (fewer than chance, as a list of names would);
        // its frequent words ("the", "was") are the prose's, their order is not
        String stuffing = "kept whether demolished the the would not town which the kept councillors roof building "
                + "for volunteers hill staff look the and asked look taken than packed building meeting failing the "
                + "said residents the the was had week the the mayor been centre was after public";
        var x = EXTRACTOR.explain(RawPage.of("test", longTextPage(stuffing).getBytes(StandardCharsets.UTF_8), null),
                InputFormat.TEXT);
        assertTrue(x.spamJudgements().stream().anyMatch(j -> j.text().equals(stuffing)
                && j.evidence().getOrDefault("shape.stuffed", 0.0) == 1.0), x.spamJudgements().toString());
        assertFlagged(x.article(), "councillors roof building", SpamFamily.KEYWORD_STUFFING, "nor its grammar");
    }

    @Test
    void aCommentInTheArticlesWordsTypedWithoutFullStopsIsNotSpam() throws Exception {
        // a reader's comment in the story's own words, all lower case and without a full stop: its words are the
        // page's, and so are its word pairs and the order of its frequent words
        String comment = "the council should have asked the residents before the vote and the mayor knows that the "
                + "roof of the library could be repaired for less money than the new community centre will cost the "
                + "town and the county in the next five years";
        assertClean(extract(longTextPage(comment), InputFormat.TEXT));
    }

    @Test
    void searchPhrasesInAnotherLanguageRunTogetherAreFlaggedWhenFormAndVocabularyAgree() throws Exception {
        // Italian search phrases run together between two paragraphs of an English story: no word list knows
        // them; their form (lower-case words, hardly a function word, no sentence) and their vocabulary (none
        // of the article's words) each say what they are, and the two agree
        String spam = "scommesse online bonus senza deposito trading automatico guadagni sicuri casinò online soldi "
                + "veri prestiti senza busta paga dimagrire velocemente senza dieta orologi replica perfetti "
                + "guadagnare online da casa";
        String page = longTextPage("").replace("The mayor said", spam + "\n\nThe mayor said");
        Article a = extract(page, InputFormat.TEXT);
        assertFlagged(a, "prestiti senza busta paga", null, "two components agree on what it is: shape and script");
    }

    @Test
    void searchPhrasesBetweenSeparatorsInTheBodyAreFlaggedWhenFormAndVocabularyAgree() throws Exception {
        // English search phrases in words no list knows, separated by bars between two paragraphs (kept as body):
        // their form and their vocabulary (none of the article's) agree, and the model leans to spam (about 80%)
        String spam = "best crypto signals telegram | cloned credit cards shop | buy instagram followers cheap | "
                + "ghostwriter thesis fast | hire a hacker online | aged gmail accounts | cheap vpn lifetime deal | "
                + "cheap vpn lifetime deal";
        String page = longTextPage("").replace("The mayor said", spam + "\n\nThe mayor said");
        var x = EXTRACTOR.explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), InputFormat.TEXT);
        assertFlagged(x.article(), "ghostwriter thesis fast", null, "two components agree on what it is");
    }

    @Test
    void shellCommandsAfterTheFooterAreNotSpam() throws Exception {
        // a list of commands shares no word with the story and has no sentence, so two components find something
        // in it; after the footer the model weighs it at about even odds, not clearly spam: agreement alone flags
        // nothing
        assertClean(extract(longTextPage("kubeadm init\nkubeadm join\nkubeadm upgrade\nkubeadm upgrade phases\n"
                + "kubeadm config\nkubeadm reset\nkubeadm token\nkubeadm version\nkubeadm alpha\nkubeadm certs\n"
                + "kubeadm kubeconfig\nkubeadm completion"), InputFormat.TEXT));
    }

    @Test
    void theArticlesKeywordsOverAndOverAppendedToTheFooterLineAreFlaggedAlone() throws Exception {
        // no spam word, no other script or vocabulary, no links in flattened text: the form alone (a few of the
        // story's words over and over, no sentence) says what the appended end is, and no sentence has that form
        String spam = "library roof council library building roof council library roof building library council "
                + "roof library building council roof library council building roof library roof council library "
                + "building roof library council roof building library council roof library roof building council "
                + "library roof council building library roof library council roof building library roof council";
        String page = longTextPage("").replace("All rights reserved.", "All rights reserved. | " + spam);
        var x = EXTRACTOR.explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), InputFormat.TEXT);
        assertTrue(x.spamJudgements().stream().anyMatch(j -> j.text().endsWith(spam) && !j.text().contains("reserved")
                && j.flagged()), x.spamJudgements().toString());
        assertFlagged(x.article(), "council roof library", null, "a few words repeated over and over");
        assertTrue(x.article().injectedSpam().stream().noneMatch(f -> f.text().contains("All rights reserved")),
                x.article().injectedSpam().toString());
    }

    @Test
    void theArticlesOwnWordsInRandomOrderAppendedToTheFooterLineAreFlaggedAlone() throws Exception {
        // the story's own words drawn at random after the copyright line: no word list, script or link says what
        // they are; their word pairs and the order of the prose's frequent words both say shuffled, and a note typed
        // without full stops keeps the second (the test below)
        String stuffing = "kept whether demolished the the would not town which the kept councillors roof building "
                + "for volunteers hill staff look the and asked look taken than packed building meeting failing the "
                + "said residents the the was had week the the mayor been centre was after public";
        String page = longTextPage("").replace("All rights reserved.", "All rights reserved. | " + stuffing);
        var x = EXTRACTOR.explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), InputFormat.TEXT);
        assertTrue(x.spamJudgements().stream().anyMatch(j -> j.text().endsWith(stuffing) && !j.text().contains("reserved")
                && j.flagged()), x.spamJudgements().toString());
        assertTrue(x.article().injectedSpam().stream().noneMatch(f -> f.text().contains("All rights reserved")),
                x.article().injectedSpam().toString());
    }

    @Test
    void aNoteAppendedToTheFooterLineWithoutFullStopsIsNotSpam() throws Exception {
        // the end of the footer line reads as a sentence that lost its full stop: word order alone flags nothing
        String page = longTextPage("").replace("All rights reserved.", "All rights reserved. | we would love to hear "
                + "from you so please get in touch with the newsroom if you have a story about the library or the "
                + "council or anything else in the town");
        assertClean(extract(page, InputFormat.TEXT));
    }

    @Test
    void aFewPhrasesOfThePagesOwnLanguageSaidAgainAndAgainBetweenParagraphsAreWeighed() throws Exception {
        // search phrases in the article's own language and words, a few of them over and over, one per line between
        // two paragraphs (kept as body): no word list, no other script or vocabulary; runs of three words said again
        // and again, in no sentence, are what the lines are
        String spam = "library opening hours today\ncouncil tax bill online\nroom hire town\n"
                + "library opening hours today\nroom hire town\ncouncil tax bill online";
        String page = longTextPage("").replace("The mayor said", spam + "\n\nThe mayor said");
        var x = EXTRACTOR.explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), InputFormat.TEXT);
        assertTrue(x.spamJudgements().stream().anyMatch(j -> j.text().equals(spam)
                && j.evidence().getOrDefault("shape.repeatedRuns", 0.0) == 1.0), x.spamJudgements().toString());
    }

    @Test
    void searchPhrasesInAnotherLanguageSaidAgainAreFlaggedWhateverTheModelSays() throws Exception {
        // Polish search phrases between bars, several said two or three times, between two paragraphs of an English
        // story (kept as body): no word list knows them, and the model, which learnt honest foreign prose and
        // headlines as negatives, weighs the other language against spam; but honest foreign text is sentences or
        // capitalized, distinct headlines, not lower-case search phrases said again
        String spam = "tabletki na odchudzanie apteka | sterydy sklep internetowy | kupię lajki na facebooku | prawo "
                + "jazdy bez egzaminu | tabletki na odchudzanie apteka | tanie zegarki repliki | chwilówki bez bik | "
                + "tanie zegarki repliki | tabletki na odchudzanie apteka | sterydy sklep internetowy | kupię lajki na "
                + "facebooku | pożyczka przez internet od ręki | szybka pożyczka na dowód | zakłady bukmacherskie bonus "
                + "| obserwujący na instagram tanio | prawo jazdy bez egzaminu | darmowe spiny za rejestrację";
        String page = longTextPage("").replace("The mayor said", spam + "\n\nThe mayor said");
        assertFlagged(extract(page, InputFormat.TEXT), "sterydy sklep", null,
                "phrases said again in another language or writing than the article's");
    }

    @Test
    void headlinesOfAnEditionInAnotherLanguageAreNotSearchPhrases() throws Exception {
        // a partner edition's headlines after the footer: another language, but capitalized and each said once
        assertClean(extract(longTextPage("Governo anuncia novo plano para a saúde pública\n"
                + "Seleção vence na estreia do campeonato\nChuvas fortes atingem o litoral do estado\n"
                + "Banco central mantém a taxa de juros\nFestival de cinema abre com filme brasileiro\n"
                + "Preço da gasolina sobe pela terceira semana"), InputFormat.TEXT));
    }

    @Test
    void hiddenWordsWithoutASentenceAgreeWithTheirVocabulary() throws Exception {
        // Italian search phrases in lines of a hidden block after the footer: their vocabulary (none of the
        // article's) says what they are, and so does the hiding of words that are neither a sentence nor the site's
        // links; the model alone weighs them under its threshold
        Article a = longAfterFooter("<div style=\"display:none\"><p><a href=\"https://vincivip.top/\">slot gratis "
                + "senza registrazione</a> tesi di laurea su commissione casinò online soldi veri comprare follower "
                + "veri</p><p>casinò online soldi veri slot gratis senza registrazione <a href=\"https://dieta.top/\">"
                + "dimagrire velocemente senza dieta</a></p><p>recensioni positive a pagamento prestiti senza busta paga "
                + "finanziamento immediato senza garanzie</p><p>guadagnare online da casa</p></div>");
        assertFlagged(a, "prestiti senza busta paga", null, "two components agree on what it is: script and markup");
    }

    @Test
    void aHiddenNoticeOrMenuIsNotSpam() throws Exception {
        // hidden tabs and menus: a notice in sentences, the site's own links
        assertClean(longAfterFooter("<div style=\"display:none\"><p>Sign up for our morning newsletter and get the "
                + "day's top stories from the town and the county delivered to your inbox before breakfast.</p><ul>"
                + "<li><a href=\"/news\">news</a></li><li><a href=\"/town\">town hall</a></li><li><a href=\"/sport\">"
                + "local sport</a></li><li><a href=\"/events\">what's on</a></li></ul></div>"));
    }

    @Test
    void twoSignsOfFormAgreeOnAFewWordsOverAndOver() throws Exception {
        // a few of the story's words over and over between two paragraphs, in a block of its own: a few words said
        // again and again, and lower-case words with hardly a function word, are two different signs of one form
        String stuffing = "library roof council library building roof council library roof building library council "
                + "roof library building council roof library council building roof library roof council library "
                + "building roof library council roof building library council roof library";
        Article a = extract(longPage("").replace("<p>Some councillors", "<div>" + stuffing + "</div><p>Some "
                + "councillors"), InputFormat.HTML);
        assertFlagged(a, "council roof library", null, "two components agree on what it is: shape and shape again");
    }

    @Test
    void theArticlesOwnWordsHiddenNeedLessOfTheGrammarTest() throws Exception {
        // forty of the story's words drawn at random: too few for its word pairs to judge, and their fit to the
        // order of the prose's frequent words lies 0.8 standard deviations above their shuffles, as a third of
        // random draws do. Shown after the footer that is not enough for the page's grammar; hidden from readers, it
        // is. Shown, the language's own word order (session 18) finds them at chance all the same
        String words = "building architect that year ask falling number for architect which lightly who century idea "
                + "the after heating demolished said council library lightly that opened officer said would than not "
                + "council been other meeting tuesday the would keep plan falling that";
        assertFlagged(longAfterFooter("<div style=\"display:none\"><p>" + words + "</p></div>"), "heating demolished",
                SpamFamily.KEYWORD_STUFFING, "nor its grammar");
        assertFlagged(longAfterFooter("<div><p>" + words + "</p></div>"), "heating demolished",
                SpamFamily.KEYWORD_STUFFING, "language's own word order");
    }

    @Test
    void plantedPhrasesRunIntoTheSiteMenuOfAFlattenedPageAreJudgedAlone() throws Exception {
        // Italian search phrases, one to a bulleted line at the top of a flattened page, run into one list with the
        // site's menu: judged with the menu's capitalized names they are a minority of its phrases; the run of
        // lines that read as search phrases is judged alone
        String spam = "  • dimagrire velocemente senza dieta\n  • prestiti senza busta paga\n"
                + "  • trading automatico guadagni sicuri\n  • mi piace facebook economici\n  • guadagnare online da casa\n"
                + "  • recensioni positive a pagamento\n  • scommesse online bonus senza deposito\n"
                + "  • recensioni positive a pagamento\n  • mi piace facebook economici\n  • comprare follower veri\n";
        String menu = "Skip to main content\nSubscribe\nSearch\nHome\nNews\nBusiness\nEntertainment\nSport\nOpinion\n"
                + "Slideshows\nSocial Media\nTwitter\nFacebook\nNewsletters\nEvents\nPodcasts\nPuzzles\nObituaries\n"
                + "Classifieds\nAbout Us\nContact\n";
        Article a = extract(spam + menu + longTextPage("").replace("Home / Town / News\n", ""), InputFormat.TEXT);
        assertFlagged(a, "prestiti senza busta paga", null, null);
        assertTrue(a.injectedSpam().stream().noneMatch(f -> f.text().contains("Subscribe")), a.injectedSpam().toString());
    }

    @Test
    void aMenuInLowerCaseAmongTheSiteLinesOfAFlattenedPageIsNotSpam() throws Exception {
        String menu = "Skip to main content\nSubscribe\nhome\nlocal news\ntown hall\nlocal sport\nwhat's on\n"
                + "letters to the editor\nfamily notices\nSearch\nAbout Us\nContact\nNewsletters\nEvents\n";
        assertClean(extract(menu + longTextPage("").replace("Home / Town / News\n", ""), InputFormat.TEXT));
    }

    @Test
    void aListOfDistinctItemsOrOnePhraseSaidAgainIsNotKeywordPhrases() {
        // a list of services names each thing once; social links say one phrase again with different names; a
        // title written twice is one long phrase: none is a bank of keyword phrases drawn again
        assertFalse(ShapeScore.Runs.of("opening hours room hire local history family research reading groups "
                + "computer classes book club study space").keyPhrases());
        assertFalse(ShapeScore.Runs.of("facebook link, opens new window instagram link, opens new window linkedin "
                + "link, opens new window").keyPhrases());
        assertFalse(ShapeScore.Runs.of("library to close after one hundred years of service to the town library to "
                + "close after one hundred years of service to the town").keyPhrases());
        assertFalse(ShapeScore.Runs.of("switch to the International edition switch to the UK edition switch to the "
                + "US edition switch to the Australia edition").keyPhrases());
        assertTrue(ShapeScore.Runs.of("cheap room hire town centre council tax bill online cheap room hire town "
                + "centre buy old library books council tax bill online").keyPhrases());
    }

    @Test
    void listItemsSaidAgainAreKeywordPhrasesAndTemplatesAndMenusAreNot() {
        assertEquals(2, ShapeScore.itemsSaidAgain(List.of("cheap room hire", "council tax bill online",
                "old library books", "cheap room hire", "council tax bill online", "library opening hours")));
        // one phrase with different names, a menu written twice (names, single words), distinct items
        assertEquals(0, ShapeScore.itemsSaidAgain(List.of("switch to the International edition",
                "switch to the UK edition", "switch to the US edition", "switch to the Australia edition")));
        assertEquals(0, ShapeScore.itemsSaidAgain(List.of("Home", "News", "Sport", "Weather", "Home", "News",
                "Sport", "Weather")));
        assertEquals(0, ShapeScore.itemsSaidAgain(List.of("news", "sport", "weather", "news", "sport", "weather")));
    }

    @Test
    void shareButtonsAndEditionLinksOfFlattenedTextAreNotPhrasesSaidAgain() throws Exception {
        String page = longTextPage("").replace("Home / Town / News\n", "Click to share on Bluesky (Opens in new window) "
                + "Bluesky\nClick to share on Mastodon (Opens in new window) Mastodon\nClick to share on Threads "
                + "(Opens in new window) Threads\nswitch to the International edition\nswitch to the UK edition\n"
                + "switch to the US edition\nswitch to the Australia edition\n");
        var x = EXTRACTOR.explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), InputFormat.TEXT);
        assertTrue(x.spamJudgements().stream().noneMatch(j -> j.evidence().containsKey("shape.repeatedRuns")),
                x.spamJudgements().toString());
        assertClean(x.article());
    }

    /** {@link #longTextPage} with the site's menu as flattened short lines before the story, {@code line} among them. */
    private static String menuTextPage(String line) {
        return longTextPage("").replace("Home / Town / News\n", "Home\nTown\nNews\nSport\nWeather\n" + line
                + "\nOpinion\nPodcasts\nPuzzles\n");
    }

    @Test
    void lineInAnotherWritingAmongTheMenuLinesOfFlattenedTextIsWeighedAlone() throws Exception {
        // judged with the menu lines its Thai is a minority and says nothing; alone it is a line of phrases in a
        // writing system the page does not use, and the model weighs it as such (whether it is flagged is the
        // model's call: at the top of a page such a line is)
        String spam = "สล็อตแตกง่าย หวยออนไลน์ บาคาร่าออนไลน์ แจกเครดิตฟรีไม่ต้องฝาก ฝาก 10 รับ 100 คาสิโนออนไลน์";
        var x = EXTRACTOR.explain(RawPage.of("test", menuTextPage(spam).getBytes(StandardCharsets.UTF_8), null),
                InputFormat.TEXT);
        assertTrue(x.spamJudgements().stream().anyMatch(j -> j.text().equals(spam)
                && j.evidence().getOrDefault("script.foreignWriting", 0.0) == 1.0), x.spamJudgements().toString());
        assertTrue(x.article().injectedSpam().stream().noneMatch(f -> f.text().contains("Weather")));
    }

    @Test
    void menuLineNamingAnEditionInAnotherWritingIsNotSpam() throws Exception {
        assertClean(extract(menuTextPage("Русская служба"), InputFormat.TEXT));
    }

    @Test
    void editionsInTheirOwnWritingsAmongTheMenuLinesAreNotSpam() throws Exception {
        // a site's editions, each named in its own writing: a line of one of them stands out from the rest too
        assertClean(extract(menuTextPage("Русская служба новостей и аналитики\nالأخبار العربية والتحليلات\n"
                + "Ελληνικές ειδήσεις και αναλύσεις"), InputFormat.TEXT));
    }

    @Test
    void siteMenuInFlattenedTextIsNotSpam() throws Exception {
        // the site's own menu on one line: hardly a word of the article's, but names, not phrases
        assertClean(extract(longTextPage("About Contact Advertising Sustainability Subscribe RSS Member Services "
                + "Terms of Use Privacy Cookie Policy Ad Choices Example Institution Air & Space Magazine Example Store "
                + "Example Journeys Example Channel Example Books"), InputFormat.TEXT));
    }

    @Test
    void alphabeticalTagIndexInFlattenedTextIsNotSpam() throws Exception {
        // a site's tag index in lower case: none of the article's words, but sorted as no spammer sorts
        assertClean(extract(longTextPage("adote um amigo agua alerta ambiente amizade atendimento atirador bem-estar "
                + "biblioteca caminhada campanha carnaval civil comunicado concreto concurso conselheiros conselho "
                + "cultura curso cursos dança defesa edital educacao empossados encerra esporte evento feira festa "
                + "governo inscrições"), InputFormat.TEXT));
    }

    @Test
    void damagedLanguageSwitcherIsNotSpam() throws Exception {
        Article text = extract("Global EditionASIA 中文雙語Fran?ais\n\n" + textPage("Privacy Policy"), InputFormat.TEXT);
        assertClean(text);
        Article page = html("<ul><li><a href=\"/en\" hreflang=\"en\">English</a></li><li><a href=\"/zh\" "
                + "hreflang=\"zh\">中文雙語</a></li><li><a href=\"/fr\" hreflang=\"fr\">Fran?ais</a></li></ul>");
        assertClean(page);
    }

    @Test
    void chineseNewsParagraphIsNotSpam() throws Exception {
        assertClean(html("<p>受冷空气影响，未来三天我省大部分地区将出现明显降温，部分山区有小到中雪，请市民注意防寒保暖。"
                + "气象部门提醒，出行前请关注最新天气预报，并做好防范准备。</p>"));
        String chinese = "<html lang=\"zh\"><body><article><h1>出版社推进数字化转型</h1>"
                + "<p>这家成立于上世纪九十年代的出版社，近年来不断尝试数字化转型，推出了多款有声读物和电子书。</p>"
                + "<p>公安部近日部署开展“扫黄打非”专项行动，重点打击网络色情和非法赌博活动。据介绍，今年以来已关停违法网站一千余个。</p>"
                + "<p>记者调查发现，一些被入侵的政府网站被植入了“无码”“一区二区三区”等色情关键词，用于把搜索流量引向境外网站。</p>"
                + "</article><footer>关于我们｜联系我们｜网站地图｜京ICP备12345678号</footer></body></html>";
        assertClean(extract(chinese, InputFormat.HTML));
    }

    @Test
    void proseAboutGamblingRegulationIsNotSpam() throws Exception {
        assertClean(html("<p>The Gambling Commission fined an online casino operator £2.4m for failing to carry out "
                + "adequate checks on customers who lost large sums, and ordered it to review its free spins "
                + "promotions.</p><p>Prosecutors said the gang advertised \"kamagra\", \"phentermine\" and other pills "
                + "with \"no prescription\" needed, shipping thousands of parcels before the site was taken down.</p>"));
    }

    @Test
    void relatedStoriesAndCookieBannerAreNotSpam() throws Exception {
        assertClean(html("<aside><h2>Related stories</h2><ul><li><a href=\"/a\">Lottery winner claims record "
                + "jackpot</a></li><li><a href=\"/b\">Online pharmacy shut down after selling fake Viagra</a></li>"
                + "<li><a href=\"/c\">Regulator targets 'free spins' offers aimed at young people</a></li>"
                + "<li><a href=\"/d\">Storm leaves thousands without power</a></li></ul></aside>"
                + "<div class=\"cookie-banner\" style=\"display:none\"><p>We use cookies to improve your experience. "
                + "<a href=\"https://www.example.org/privacy\">Privacy policy</a> <a href=\"/settings\">Cookie "
                + "settings</a></p></div>"));
    }

    @Test
    void seedPageFlagsTheSpamLineAndNotTheLanguageSwitcher() throws Exception {
        Path seed = Path.of("../../shared/seed/000_a28ed3d70ae9afd0.txt");
        Assumptions.assumeTrue(Files.exists(seed), "the shared seed page is beside the clone");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Article a = extract(text, InputFormat.TEXT);

        assertTrue(a.compromised());
        List<SpamFinding> findings = a.injectedSpam();
        assertEquals(1, findings.size(), findings.toString());
        SpamFinding f = findings.get(0);
        assertEquals("block", f.location());
        assertEquals(SpamFamily.CHINESE_PORN, f.family());
        assertTrue(f.text().startsWith("亚洲 欧美 中文 在线 视频|"), f.text());
        assertTrue(f.text().endsWith("制服在线无码专区|"), f.text());
        assertEquals(0, f.start());
        assertEquals(f.text().length(), f.end());
        assertTrue(f.reasons().contains("after the page footer"), f.reasons().toString());
        assertTrue(f.reasons().stream().anyMatch(r -> r.contains("short phrases joined by separators")));
        assertTrue(f.reasons().stream().anyMatch(r -> r.startsWith("chinese text in a page written in latin")));

        RemovedBlock first = a.removed().get(0);
        assertEquals("Global EditionASIA 中文雙語Fran?ais", first.text());
        assertTrue(first.kind() != Boilerplate.INJECTED_SPAM);
        assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("encoding-damage")
                && w.message().contains("Fran?ais")), a.warnings().toString());
        assertFalse(a.text().contains("无码"));
    }
}
