package org.broadsheet.analysis;

/**
 * A statement that may be reported speech, before {@link ReportedSpeechModel} decides: one made by the rules of
 * {@link ReportedSpeechFinder}, or one read more broadly from the parse by {@link CueCandidates} (any verb or noun
 * that may be a cue of speech or belief and governs a clause or an object).
 *
 * @param statement the statement, with its speaker, cue and content
 * @param byRules true when the rules made it
 * @param features its features, in the order of {@link SpeechFeatures#NAMES}
 */
record SpeechCandidate(ReportedSpeech statement, boolean byRules, double[] features) {
}
