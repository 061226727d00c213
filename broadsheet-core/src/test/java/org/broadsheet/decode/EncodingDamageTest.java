package org.broadsheet.decode;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;

import org.broadsheet.article.Warning;
import org.broadsheet.article.RawPage;
import org.junit.jupiter.api.Test;

/** Mojibake and replacement characters are reported; sound accented text is not. */
class EncodingDamageTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** A news page in French, German and Portuguese, with typographic quotes, dashes and ellipses. */
    private static final String SOUND_PAGE = """
            <!doctype html><html lang="fr"><head><meta charset="utf-8">
            <title>Grève à Besançon : les cheminots déçus — « Ça suffit ! »</title></head><body><article>
            <h1>Grève à Besançon : les cheminots déçus</h1>
            <p>« Nous étions très déçus… », a déclaré Hélène Lefèvre, porte-parole du syndicat, à l’issue
            d’une réunion de près de quatre heures. L’été dernier, déjà, la SNCF avait dû renoncer à son projet.
            Où en est-on ? « Ça dépend », répond-elle. Prix : 12 € (ou 10,50 € réduit) ; température : 25 °C.</p>
            <p>Der Bürgermeister von Köln, Jürgen Müßig, äußerte sich am Dienstag: „Wir sind enttäuscht.“ Die
            Straßenbahn fährt über die Brücke; Grüße aus Düsseldorf – und ein Maß Bier für 9,80 €. ÄÖÜ sind Großbuchstaben.</p>
            <p>SÃO PAULO — O governador anunciou nesta terça-feira a ampliação da coleção de ações. A população
            não está satisfeita: “É uma situação difícil”, disse a ministra. IRMÃ, MÃE, AÇÃO, ÓRGÃO, CORAÇÃO.
            Açúcar, pão, órgão, você, três, após, à noite. «A MAÇÃ», escreveu ele.</p>
            <p>Español: el niño comió piñas en Año Nuevo; ¿qué pasó? ¡Olé! Dansk: Søren Ærø, Øresund, Åbo.
            Ελληνικά και русский текст, 中文新闻 и日本語のニュース.</p>
            </article></body></html>
            """;

    @Test
    void soundMultilingualPageDoesNotWarn() {
        DecodedPage page = new PageDecoder().decode(RawPage.of("fr.html", SOUND_PAGE.getBytes(UTF_8), null));
        assertEquals(SOUND_PAGE, page.text());
        assertEquals(List.of(), page.warnings());
    }

    @Test
    void soundLatin1PageDoesNotWarn() {
        String latin = SOUND_PAGE.replace("utf-8", "windows-1252").replaceAll("[^\\x00-\\xFF€’“”„…–—]", "");
        DecodedPage page = new PageDecoder().decode(RawPage.of("fr.html", latin.getBytes(CP1252), null));
        assertEquals(latin, page.text());
        assertEquals(List.of(), page.warnings());
    }

    @Test
    void utf8ReadAsLatin1IsReported() {
        String damaged = new String("Le café de l’été à Besançon".getBytes(UTF_8), CP1252);
        assertTrue(damaged.contains("Ã©") && damaged.contains("â€™") && damaged.contains("Ã§"), damaged);
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + damaged + "</p></body></html>";
        DecodedPage page = new PageDecoder().decode(RawPage.of("x.html", html.getBytes(UTF_8), null));
        Warning w = only(page.warnings());
        assertEquals("encoding-damage", w.code());
        assertTrue(w.message().startsWith("6 signs"), w.message());
        assertTrue(w.message().contains("character " + html.indexOf("Ã©")), w.message());
        assertEquals(html, page.text(), "the text is not repaired");
    }

    @Test
    void replacementCharactersAreReported() {
        String html = "<html><body><p>Caf\uFFFD au lait, \uFFFD\uFFFD</p></body></html>";
        Warning w = only(new PageDecoder().decode(RawPage.of("x.html", html.getBytes(UTF_8), null)).warnings());
        assertEquals("encoding-damage", w.code());
        assertTrue(w.message().contains("3 replacement characters"), w.message());
        assertTrue(w.message().contains("character " + html.indexOf('\uFFFD')), w.message());
    }

    @Test
    void cjkMojibakeIsReported() {
        String damaged = new String("中文新闻".getBytes(UTF_8), CP1252);
        EncodingDamage d = EncodingDamage.scan("<p>" + damaged + "</p>");
        assertTrue(d.utf8AsLatin1() >= 3, d.toString());
        assertEquals(3, d.firstPosition());
    }

    @Test
    void latin1ReadOfSoundTextIsNotDamage() {
        EncodingDamage d = EncodingDamage.scan(new String("Grüße, ação, déçus".getBytes(ISO_8859_1), ISO_8859_1));
        assertFalse(d.found(), d.toString());
    }

    private static Warning only(List<Warning> warnings) {
        assertEquals(1, warnings.size(), warnings.toString());
        return warnings.get(0);
    }
}
