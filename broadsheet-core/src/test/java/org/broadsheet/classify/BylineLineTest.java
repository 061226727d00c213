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
    void sentencesThatSoundLikeCreditsAreNot() {
        assertFalse(BylineLine.matches("Reporting by the Courier showed that the council had spent the fund twice."));
        assertFalse(BylineLine.matches("Editing by hand took the team three weeks, Lisboa said."));
        assertFalse(BylineLine.matches("The rise in prices contributed to the report's gloomy forecast."));
        assertFalse(BylineLine.matches("Farmers in the valley, who lost most of their crop to the floods, contributed to this report."));
    }
}
