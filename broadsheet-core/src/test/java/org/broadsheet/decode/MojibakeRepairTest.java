package org.broadsheet.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.broadsheet.article.Warning;
import org.broadsheet.decode.DecodedPage.CharsetSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Repair of UTF-8 read as windows-1252, and sound text in many languages left alone. */
class MojibakeRepairTest {

    /**
     * What a wrong decoding upstream makes of {@code s}: its UTF-8 bytes read as windows-1252, the five bytes
     * windows-1252 leaves undefined read as Latin-1 (as most converters do).
     */
    private static String damage(String s) {
        StringBuilder out = new StringBuilder();
        Charset cp1252 = Charset.forName("windows-1252");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            boolean undefined = v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
            out.append(undefined ? String.valueOf((char) v) : new String(new byte[] {b}, cp1252));
        }
        return out.toString();
    }

    @Test
    void repairsLatinLettersAndPunctuation() {
        assertEquals("Français", MojibakeRepair.repair("FranÃ§ais").text());
        assertEquals("It’s “here” — now", MojibakeRepair.repair("Itâ€™s â€œhereâ€\u009D â€” now").text());
        assertEquals("São Paulo, Zürich, Kraków, Żółw", MojibakeRepair.repair(damage("São Paulo, Zürich, Kraków, Żółw")).text());
    }

    @Test
    void repairsChineseAndCyrillicRuns() {
        assertEquals("皇冠娱乐官网", MojibakeRepair.repair(damage("皇冠娱乐官网")).text());
        assertEquals("Новости дня", MojibakeRepair.repair(damage("Новости дня")).text());
    }

    @Test
    void reportsCountAndFirstPosition() {
        String damaged = "Global Edition | FranÃ§ais | EspaÃ±ol";
        MojibakeRepair.Result r = MojibakeRepair.repair(damaged);
        assertEquals("Global Edition | Français | Español", r.text());
        assertEquals(2, r.repaired());
        assertEquals(damaged.indexOf('Ã'), r.firstPosition());
        DecodedPage page = MojibakeRepair.repair(new DecodedPage("<p>FranÃ§ais</p>", "UTF-8",
                CharsetSource.VALID_UTF8, List.of(new Warning("encoding-damage", "1 signs"))));
        assertEquals("<p>Français</p>", page.text());
        assertTrue(page.warnings().stream().anyMatch(w -> w.code().equals("encoding-repaired")
                && w.message().startsWith("1 sequences") && w.message().contains("character 7")), page.warnings().toString());
        assertTrue(page.warnings().stream().noneMatch(w -> w.code().equals("encoding-damage")), "nothing left to report");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le président a déclaré « nous sommes prêts » à la presse française, où l’été fut chaud.",
        "Die Bürger in Köln äußerten Kritik an der Straßenbahn; „Das ist zu teuer“, sagte sie.",
        "O governo português anunciou ações para as regiões; a decisão não é definitiva. MAÇÃ» fim",
        "El año pasado, España recibió más turistas que nunca: «¡Increíble!», dijo el ministro.",
        "Przewodniczący złożył wniosek o zmianę ustawy; żółć, źdźbło, Łódź.",
        "Předseda vlády řekl, že příští týden přijde ještě více dešťů. Čeština.",
        "Türkiye'de seçimler için hazırlıklar sürüyor; Başbakan açıklama yaptı. Çok güzel, ğüşıöç.",
        "Thủ tướng Chính phủ đã phát biểu tại hội nghị về kinh tế Việt Nam năm nay.",
        "Президент заявил, что «новые меры» вступят в силу с 1 января.",
        "Ο πρωθυπουργός δήλωσε ότι η κυβέρνηση θα λάβει νέα μέτρα.",
        "受冷空气影响，未来三天我省大部分地区将出现明显降温。",
        "市は来月から、高齢者を対象にした無料の健康相談会を開催する。",
        "Price: 20 € — 15 °C, © 2024, ½ cup, café… «Ça va»",
    })
    void leavesSoundTextAlone(String text) {
        MojibakeRepair.Result r = MojibakeRepair.repair(text);
        assertSame(text, r.text());
        assertEquals(0, r.repaired());
    }

    @Test
    void reportsLettersLostToQuestionMarksWithoutChangingThem() {
        String text = "Global EditionASIA 中文雙語Fran?ais\nA long line of prose asks what? and where?is it, "
                + "and a link to /index.php?page=2 that is not damage at all, in a long paragraph of text.";
        DecodedPage page = MojibakeRepair.repair(new DecodedPage(text, "UTF-8", CharsetSource.VALID_UTF8, List.of()));
        assertSame(text, page.text());
        Warning w = page.warnings().stream().filter(x -> x.code().equals("encoding-damage")).findFirst().orElseThrow();
        assertTrue(w.message().startsWith("1 letters lost"), w.message());
        assertTrue(w.message().contains("character " + text.indexOf("Fran?ais")), w.message());
    }
}
