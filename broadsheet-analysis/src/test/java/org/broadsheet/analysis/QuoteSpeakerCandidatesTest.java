package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The speaker candidates a learned choice of speakers weighs ({@link QuoteSpeakerCandidates}, for
 * {@code bench/train_speakers.py}): who they are and the features that tell them apart, on invented paragraphs.
 */
class QuoteSpeakerCandidatesTest {

    private static QuoteSpeakerBench.Settled settled;

    @BeforeAll
    static void analyse() {
        StanfordCoreNLP pipeline = Analyzer.pipeline();
        List<String> paragraphs = List.of(
                "Ansel Marsh knocked on the door of the depot on Tuesday morning.",
                "\u201cThe depot closed for good last month,\u201d said the caretaker, Dora Pell.",
                "\u201cNobody told the drivers, and nobody has paid them since the spring came round.\u201d",
                "Marsh told the Harbour Gazette that he would write to the council about the drivers.",
                "Pell said the Tarn Valley Bus Company had not answered the drivers' letters.");
        settled = QuoteSpeakerBench.settled(Articles.of(paragraphs, "2026-11-10", "en", List.of(), null), (text, date) -> {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            return doc;
        });
    }

    private static int quote(String words) {
        for (int k = 0; k < settled.quotes().size(); k++) {
            if (settled.quotes().get(k).text().contains(words)) {
                return k;
            }
        }
        throw new AssertionError("no quote with: " + words);
    }

    private static QuoteSpeakerCandidates.Candidate candidate(int quote, String name) {
        return settled.candidates().candidates(settled.quotes(), quote).stream()
                .filter(c -> c.speaker().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + name));
    }

    private static double feature(QuoteSpeakerCandidates.Candidate c, String name) {
        return c.features()[QuoteSpeakerCandidates.NAMES.indexOf(name)];
    }

    @Test
    void theSubjectOfTheCueAfterTheQuoteIsTheRulesChoiceAndMarkedSo() {
        QuoteSpeakerCandidates.Candidate pell = candidate(quote("depot closed"), "Dora Pell");
        assertTrue(pell.byRules());
        assertEquals(1, feature(pell, "subj_cue_sentence"));
        assertEquals(1, feature(pell, "after_in_sentence"));
        assertEquals(1, feature(pell, "rules_cue"));
        QuoteSpeakerCandidates.Candidate marsh = candidate(quote("depot closed"), "Ansel Marsh");
        assertEquals(1, feature(marsh, "para_before"));
        assertEquals(0, feature(marsh, "subj_cue_sentence"));
    }

    @Test
    void everyQuoteMayHaveNoSpeaker() {
        assertTrue(settled.candidates().candidates(settled.quotes(), quote("depot closed")).stream()
                .anyMatch(c -> c.speaker().kind() == Speaker.Kind.UNATTRIBUTED && feature(c, "none") == 1));
    }

    @Test
    void aQuoteParagraphWithNoCueContinuesTheSpeakerBefore() {
        QuoteSpeakerCandidates.Candidate pell = candidate(quote("Nobody told the drivers"), "Dora Pell");
        assertEquals(1, feature(pell, "prev_cont"));
        assertEquals(1, feature(pell, "continuation_last_para"));
    }

    @Test
    void theListenerOfACueIsMarkedAsSuch() {
        QuoteSpeakerCandidates.Candidate gazette = candidate(quote("Nobody told the drivers"), "Harbour Gazette");
        assertEquals(1, feature(gazette, "cue_object"));
        assertEquals(1, feature(gazette, "para_after"));
    }

    private static int statement(String words) {
        for (int k = 0; k < settled.reported().size(); k++) {
            if (settled.reported().get(k).content().text().contains(words)) {
                return k;
            }
        }
        throw new AssertionError("no reported statement with: " + words);
    }

    private static List<QuoteSpeakerCandidates.Candidate> statementCandidates(String words) {
        return settled.candidates().candidatesOf(settled.stretches(true), statement(words));
    }

    @Test
    void aNameOnlyInsideWhatWasReportedIsMarkedSo() {
        QuoteSpeakerCandidates.Candidate company = statementCandidates("had not answered").stream()
                .filter(c -> c.speaker().name().contains("Bus Company")).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate for the bus company"));
        assertEquals(1, feature(company, "in_statement"));
        assertEquals(0, feature(company, "subj_cue_sentence"));
        QuoteSpeakerCandidates.Candidate pell = statementCandidates("had not answered").stream()
                .filter(c -> c.speaker().name().equals("Dora Pell")).findFirst().orElseThrow();
        assertTrue(pell.byRules());
        assertEquals(0, feature(pell, "in_statement"));
    }

    @Test
    void aReportedStatementsSpeakerIsOverriddenOnlyByMoreThanTheMargin() throws IOException {
        String favoursNone = "bias 0\nfeature none 0 1 5\n";
        List<ReportedSpeech> kept = QuoteSpeakerModel.read(new BufferedReader(new StringReader(favoursNone
                + "threshold-margin 10\n")), "test").chooseReported(settled.reported(), settled.candidates());
        assertEquals("Dora Pell", kept.get(statement("had not answered")).speaker().name());
        List<ReportedSpeech> overridden = QuoteSpeakerModel.read(new BufferedReader(new StringReader(favoursNone
                + "threshold-margin 1\n")), "test").chooseReported(settled.reported(), settled.candidates());
        ReportedSpeech r = overridden.get(statement("had not answered"));
        assertEquals(Speaker.Kind.UNATTRIBUTED, r.speaker().kind());
        assertEquals(settled.reported().get(statement("had not answered")).content(), r.content());
    }

    @Test
    void aRankerOverridesTheRulesOnlyByMoreThanItsMargin() throws IOException {
        String favoursNone = "bias 0\nfeature none 0 1 5\n";
        List<Quote> kept = QuoteSpeakerModel.read(new BufferedReader(new StringReader(favoursNone + "threshold-margin 10\n")),
                "test").choose(settled.quotes(), settled.candidates());
        assertEquals("Dora Pell", kept.get(quote("depot closed")).speaker().name());
        List<Quote> overridden = QuoteSpeakerModel.read(new BufferedReader(new StringReader(favoursNone + "threshold-margin 1\n")),
                "test").choose(settled.quotes(), settled.candidates());
        assertEquals(Speaker.Kind.UNATTRIBUTED, overridden.get(quote("depot closed")).speaker().kind());
    }
}
