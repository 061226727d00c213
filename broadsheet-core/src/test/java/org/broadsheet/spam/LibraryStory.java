package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.broadsheet.Extractor;
import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.RawPage;

/** The honest story the spam tests plant text into: a town council closing its library, four paragraphs. */
final class LibraryStory {

    static final String PARAGRAPHS = """
            <p>The town council voted on Tuesday to close the old library on the hill after more than a century,
            citing the cost of repairing its roof and the falling number of visitors.</p>
            <p>Residents who packed the meeting said the building was the heart of the neighbourhood and asked the
            council to look for a buyer who would keep it open to the public.</p>
            <p>The mayor said the decision had not been taken lightly and that the books would be moved to the new
            community centre by the end of the year.</p>
            <p>A campaign group said it would ask the county to list the building, which was designed by a local
            architect and opened in 1921, so that it cannot be demolished.</p>
            """;

    /** The story with two more paragraphs: enough prose to compare a text's vocabulary with (150 words or more). */
    static final String LONGER = PARAGRAPHS + """
            <p>Some councillors had proposed keeping the library open three days a week with volunteers, but the
            council's finance officer said the heating bill alone would exceed the branch's budget for the year.</p>
            <p>Readers who still borrow books there, many of them pensioners and parents with young children, said
            the new centre was two bus rides away and that they feared they would simply stop going at all.</p>
            """;

    private static final Extractor EXTRACTOR = new Extractor();

    /** {@code phrases} (text, link or null) as cells of a table, three to a row, in a box of class {@code box} with {@code style}. */
    static String plantedTable(String[][] phrases, String style) {
        StringBuilder t = new StringBuilder("<div class=\"box\"" + (style.isEmpty() ? "" : " style=\"" + style + "\"")
                + "><table>");
        for (int i = 0; i < phrases.length; i += 3) {
            t.append("<tr>");
            for (int k = i; k < Math.min(i + 3, phrases.length); k++) {
                String[] p = phrases[k];
                t.append("<td>").append(p[1] == null ? p[0] : "<a href=\"" + p[1] + "\">" + p[0] + "</a>")
                        .append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</table></div>").toString();
    }

    /** The story's page extracted, with {@code head} in its head and {@code afterFooter} after its footer. */
    static Article withHeadAndTail(String head, String afterFooter) throws Exception {
        String html = "<html lang=\"en\"><head><title>Library to close</title>" + head + "</head>"
                + "<body><main><article><h1>Library to close after 100 years</h1>" + PARAGRAPHS
                + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + afterFooter + "</body></html>";
        return extract(html, InputFormat.HTML);
    }

    /** Every phrase was removed as injected spam and none reached the body, which still holds the story. */
    static void assertAllFlagged(Article a, String[][] phrases, String how) {
        assertTrue(a.compromised(), () -> "the page should look compromised: " + how);
        for (String[] p : phrases) {
            assertFalse(a.text().contains(p[0]), "spam reached the body: " + p[0]);
            assertTrue(a.removed().stream().anyMatch(r -> r.kind() == Boilerplate.INJECTED_SPAM
                    && r.text().contains(p[0])), () -> "not flagged: " + p[0] + " (" + how + ") in "
                            + a.injectedSpam());
        }
        assertTrue(a.text().contains("The mayor said"), a::text);
    }

    private LibraryStory() {
    }

    /**
     * The story's page, with {@code paragraphs} (the story's, perhaps more) as its article and {@code between} planted
     * after the second of them, a copyright footer after the article.
     */
    static String page(String paragraphs, String between) {
        String[] p = paragraphs.split("</p>", 3);
        return "<html lang=\"en\"><head><title>Library to close</title></head><body><main><article>"
                + "<h1>Library to close after 100 years</h1>" + p[0] + "</p>" + p[1] + "</p>" + between + p[2]
                + "</article></main><footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"
                + "</body></html>";
    }

    /**
     * The story's page flattened to text: {@code paragraphs} (the story's, perhaps more) one a line, {@code between} as
     * a line of its own after the second of them, a copyright line at the end.
     */
    static String text(String paragraphs, String between) {
        StringBuilder text = new StringBuilder("Home / Town / News\n\nLibrary to close after 100 years\n\n");
        String[] p = paragraphs.split("</p>");
        for (int i = 0; i < p.length; i++) {
            String line = p[i].replaceAll("</?p>", "").strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                text.append(line).append("\n\n");
            }
            if (i == 1) {
                text.append(between).append("\n\n");
            }
        }
        return text.append("© 2024 The Daily Example. All rights reserved.\n").toString();
    }

    /** The article the extractor makes of {@code page}, read as {@code format}. */
    static Article extract(String page, InputFormat format) throws Exception {
        return EXTRACTOR.explain(RawPage.of("test", page.getBytes(StandardCharsets.UTF_8), null), format).article();
    }
}
