package org.broadsheet.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.RawPage;
import org.broadsheet.article.RemovedBlock;
import org.broadsheet.article.SpamFamily;
import org.broadsheet.article.SpamFinding;
import org.broadsheet.block.Block;
import org.broadsheet.classify.Decision;
import org.junit.jupiter.api.Test;

class HonestRemainderTest {

    private static final String STORY = """
            <p>The harbour board agreed on Monday to dredge the eastern channel before the winter storms, after
            two fishing boats ran aground there in the space of a month.</p>
            <p>Skippers told the board that the sandbank had grown since the spring and that the marker buoys no
            longer showed where the deep water was.</p>
            <p>The work will take six weeks and cost about £400,000, which the board will borrow against the
            rents it charges for the quay.</p>
            """;

    private static final String SENTENCE = "The board's chairman said the channel would stay open to small boats "
            + "while the dredger works, but only in daylight.";

    private static final String PLANTED = "buy cheap viagra no prescription | tramadol overnight delivery | "
            + "canadian pharmacy kamagra | cialis online discount";

    private static Article extract(String page, InputFormat format) throws Exception {
        return new Extractor().explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), format)
                .article();
    }

    @Test
    void aParagraphWithPlantedPhrasesAppendedKeepsItsSentenceInTheBody() throws Exception {
        String page = "<html lang=\"en\"><head><title>Channel to be dredged</title></head><body><main><article>"
                + "<h1>Channel to be dredged before winter</h1>" + STORY + "<p>" + SENTENCE + " " + PLANTED + "</p>"
                + "</article></main><footer><p>© 2024 The Harbour Gazette</p></footer></body></html>";
        Article a = extract(page, InputFormat.HTML);

        assertTrue(a.compromised(), "the planted run is found: " + a.injectedSpam());
        assertTrue(a.text().contains(SENTENCE), "the story's sentence stays in the body: " + a.text());
        assertFalse(a.text().contains("canadian pharmacy"), "the planted run is not in the body");
        RemovedBlock planted = a.removed().stream().filter(r -> r.kind() == Boilerplate.INJECTED_SPAM).findFirst()
                .orElseThrow();
        assertTrue(planted.text().contains("canadian pharmacy"), planted.text());
        assertFalse(planted.text().contains("dredger"), "the removed block is the planted text alone: " + planted.text());
    }

    @Test
    void aParagraphFlaggedAsAWholeIsRemovedWhole() {
        Block block = new Block(3, "Read more | " + PLANTED, BlockType.PARAGRAPH, null, 0, false);
        List<Decision> classified = List.of(Decision.body(block, "prose"));
        List<Decision> judged = List.of(Decision.removed(block, Boilerplate.INJECTED_SPAM, "injected"));
        SpamFinding run = new SpamFinding("block", 0, 12, block.text().length(), PLANTED, SpamFamily.PHARMA_CASINO, 9.0,
                List.of("pharma words"));

        // what would be left ("Read more") is a scrap, not a sentence of the story
        assertEquals(judged, HonestRemainder.keep(classified, judged, List.of(run)));
    }

    @Test
    void aBlockThatWasNotBodyBeforeTheSpamIsNotBroughtBack() {
        Block block = new Block(0, SENTENCE + " " + PLANTED, BlockType.PARAGRAPH, null, 0, false);
        List<Decision> classified = List.of(Decision.removed(block, Boilerplate.FOOTER, "footer"));
        List<Decision> judged = List.of(Decision.removed(block, Boilerplate.INJECTED_SPAM, "injected"));
        SpamFinding run = new SpamFinding("block", 0, SENTENCE.length() + 1, block.text().length(), PLANTED,
                SpamFamily.PHARMA_CASINO, 9.0, List.of("pharma words"));

        assertEquals(judged, HonestRemainder.keep(classified, judged, List.of(run)));
    }
}
