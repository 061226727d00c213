package org.broadsheet.spam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.InputFormat;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Phrases in a writing system without letter case (Hangul) planted in a page written in another: no word of them is
 * capitalized or lower case, so neither "search phrase" nor "name" can be told by capitals; phrases said again can.
 */
class CaselessPhrasesTest {

    private static Article page(String between, InputFormat format) throws Exception {
        if (format == InputFormat.TEXT) {
            return LibraryStory.extract(LibraryStory.text(LibraryStory.PARAGRAPHS, between), format);
        }
        return LibraryStory.extract(LibraryStory.page(LibraryStory.PARAGRAPHS, between), format);
    }

    /** Short Korean phrases of a used-car and moving trade, four of them said twice, between dots. */
    private static final String PHRASES = "중고차 매입 · 당일 견적 · 무료 상담 · 중고차 매입 · 이사 견적 · 당일 견적 · "
            + "포장 이사 · 무료 상담 · 이사 견적 · 폐차 보상";

    @Test
    void shortPhrasesWithoutCaseSaidAgainAreFlagged() throws Exception {
        for (InputFormat format : new InputFormat[] {InputFormat.HTML, InputFormat.TEXT}) {
            Article a = page(format == InputFormat.HTML ? "<div>" + PHRASES + "</div>" : PHRASES, format);
            assertTrue(a.compromised(), () -> format + ": not flagged: " + a.injectedSpam());
            assertTrue(a.injectedSpam().stream().anyMatch(f -> f.text().contains("중고차 매입")
                    && f.reasons().stream().anyMatch(r -> r.contains("said again"))), () -> format + ": "
                    + a.injectedSpam());
            assertTrue(a.text().contains("The mayor said"), () -> format + ": the article lost its paragraph: " + a.text());
        }
    }

    @Test
    void headlinesInAnotherWritingStayClean() throws Exception {
        // another edition's headlines: Korean too, but each a clause of its own, none said again
        String headlines = "시의회, 오래된 도서관 폐쇄 결정 · 주민들 \"동네의 중심을 지켜 달라\" 호소 · "
                + "시장 \"책은 연말까지 새 주민센터로 옮긴다\" · 시민단체, 건물 문화재 지정 신청 예정 · "
                + "지붕 수리비 부담에 방문객 감소까지 겹쳐";
        for (InputFormat format : new InputFormat[] {InputFormat.HTML, InputFormat.TEXT}) {
            Article a = page(format == InputFormat.HTML ? "<div>" + headlines + "</div>" : headlines, format);
            assertFalse(a.compromised(), () -> format + ": " + a.injectedSpam());
        }
    }
}
