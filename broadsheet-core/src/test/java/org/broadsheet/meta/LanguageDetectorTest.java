package org.broadsheet.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void german() {
        assertEquals("de", detector.detect("Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln "
                + "für den Klimaschutz ab dem kommenden Jahr gelten sollen. Kritiker sagen, das sei nicht genug, "
                + "und fordern von der Regierung mehr Tempo bei dem Ausbau der erneuerbaren Energien."));
    }

    @Test
    void russian() {
        assertEquals("ru", detector.detect("В среду правительство объявило, что новые правила вступят в силу уже в "
                + "следующем году. По словам министра, это было необходимо, потому что старые нормы не работали, "
                + "и люди жаловались на них уже много лет."));
    }

    @Test
    void russianWhoseCommonWordsAreAlsoBulgarian() {
        // "и", "в", "на", "по", "не", "от" are common in both: the letters ы and э settle it (was null)
        assertEquals("ru", detector.detect("В понедельник в Москве на встрече министров экономики и финансов обсуждали "
                + "вопросы торговли и инвестиций. На заседании присутствовали представители банков, но решения по "
                + "ставкам не приняли. Эксперты ждут новых данных от статистической службы в конце месяца, а рынок "
                + "реагирует спокойно и без резких движений."));
    }

    @Test
    void ukrainianIsNotRussian() {
        assertEquals("uk", detector.detect("У середу уряд оголосив, що нові правила набудуть чинності вже наступного "
                + "року. За словами міністра, це було потрібно, тому що старі норми не працювали, і люди скаржилися "
                + "на них вже багато років, але також вимагали змін."));
    }

    @Test
    void japaneseByKana() {
        assertEquals("ja", detector.detect("政府は水曜日、新しい規則を来年から施行すると発表した。大臣によると、古い基準は"
                + "うまく機能しておらず、多くの人々が長年にわたって不満を訴えていたという。"));
    }

    @Test
    void koreanAndChineseByScript() {
        assertEquals("ko", detector.detect("정부는 수요일 새로운 규칙을 내년부터 시행한다고 발표했다. 장관에 따르면 오래된 기준은 "
                + "제대로 작동하지 않았고 많은 사람들이 수년 동안 불만을 제기해 왔다."));
        assertEquals("zh", detector.detect("政府周三宣布新规定将从明年开始实施。据部长说，旧的标准没有发挥作用，许多人多年来"
                + "一直在抱怨这些规定，因此需要进行改革。"));
    }

    @Test
    void englishAndPortuguese() {
        assertEquals("en", detector.detect("The government said on Wednesday that the new rules would take effect "
                + "next year, and that they were needed because the old ones had not worked for many years."));
        assertEquals("pt", detector.detect("O governo disse na quarta-feira que as novas regras vão entrar em vigor "
                + "no próximo ano, e que elas são necessárias porque as antigas não funcionaram para a população."));
    }

    @Test
    void tooShortIsUnknown() {
        assertNull(detector.detect("Hello world"));
        assertNull(detector.detect(null));
    }
}
