package org.broadsheet.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Credit lines at a story's end, in the forms wire services and newspapers use, are credits; sentences of a story
 * that open or close with the same words are not. The names are invented.
 */
class BylineLineTest {

    @Test
    void wireContributionCreditsAreCredits() {
        assertTrue(BylineLine.matches("Reporting by Ana Lisboa; additional reporting by Tom Reyes, Mia Kowalski and"
                + " Ravi Menon; Editing by Paul Hart and Jo Lind"));
        assertTrue(BylineLine.matches("(Reporting by Ana Lisboa, Tom Reyes, with reporting by Mia Kowalski, editing by Jo Lind.)"));
        assertTrue(BylineLine.matches("Writing by Ana Lisboa; Editing by Jo Lind"));
        assertTrue(BylineLine.matches("Associated Press writers Ana Lisboa, Tom Reyes, Mia Kowalski, Ravi Menon, Paul Hart"
                + " and Jo Lind contributed to this report."));
        assertTrue(BylineLine.matches("Daily Courier’s Ana Lisboa contributed to this report."));
        assertTrue(BylineLine.matches("Tom Reyes contributed reporting from Hong Kong."));
        assertTrue(BylineLine.matches("Contributing: Ana Lisboa, Daily Courier; The Associated Press"));
    }

    @Test
    void creditsThatNamePlacesParticlesOrThePieceAreCredits() {
        assertTrue(BylineLine.matches("(Reporting by Ana Lisboa in Basra and Omar Haddad in Mosul; Writing by Layla"
                + " al-Rawi; Editing by Jo Lind)"));
        assertTrue(BylineLine.matches("Associated Press writers Ana Lisboa in Dayton, Ohio, and Tom Reyes in Tulsa, Okla.,"
                + " contributed to this report."));
        assertTrue(BylineLine.matches("This article was edited by Mia Kowalski and Ravi Menon."));
    }

    @Test
    void sentencesAboutEditingAndPlacesAreNotCredits() {
        assertFalse(BylineLine.matches("This article was edited by the council before it was sent to residents in March."));
        assertFalse(BylineLine.matches("Volunteers in the valley and farmers in the hills contributed to this report."));
        assertFalse(BylineLine.matches("Writing by al-fresco candlelight is how she drafted the first chapter, Lisboa said."));
    }

    @Test
    void sentencesThatSoundLikeCreditsAreNot() {
        assertFalse(BylineLine.matches("Reporting by the Courier showed that the council had spent the fund twice."));
        assertFalse(BylineLine.matches("Editing by hand took the team three weeks, Lisboa said."));
        assertFalse(BylineLine.matches("The rise in prices contributed to the report's gloomy forecast."));
        assertFalse(BylineLine.matches("Farmers in the valley, who lost most of their crop to the floods, contributed to this report."));
    }

    @Test
    void aLineSayingWhereTheReporterFiledFromIsACredit() {
        assertTrue(BylineLine.matches("Marsh reported from Riverton."));
        assertTrue(BylineLine.matches("Ana Lisboa reported from Ramallah, West Bank."));
        assertFalse(BylineLine.matches("Police reported from the scene that two men were hurt."));
        assertFalse(BylineLine.matches("The mayor reported from her trip to Ottawa that the talks went well."));
    }
}
