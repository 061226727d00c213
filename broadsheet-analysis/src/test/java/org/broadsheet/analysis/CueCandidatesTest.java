package org.broadsheet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The broad reading of cues that proposes reported-speech candidates to the model, on invented sentences: a clause
 * after "told reporters that", a statement standing before "the treasurer said", an infinitive after "vowed", and no
 * reading where no word could be a cue. And what the analyser proposes and keeps for a sentence a user would check.
 * A statement after "says" that the parser does not hang on the cue as a clause (its opening words read as the cue's
 * object, the cue made a parenthesis of the sentence) is proposed by word order ({@link CueCandidates.Form#LOOSE}) and
 * kept by the shipped judge; words after a cue that state nothing, and an unnamed crowd's belief, are not statements.
 */
class CueCandidatesTest {

    private static StanfordCoreNLP pipeline;

    @BeforeAll
    static void load() {
        pipeline = Analyzer.pipeline();
    }

    private static Sentence parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        CoreMap first = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        return new Sentence(text, first, 0);
    }

    private static int token(Sentence s, String word) {
        for (int i = 1; i <= s.size(); i++) {
            if (s.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s.text(1, s.size()));
    }

    private static String content(Sentence s, CueCandidates.Reading r) {
        return r.form() == CueCandidates.Form.NONE ? null : s.text(r.from(), r.to());
    }

    @Test
    void aClauseAfterTheCueIsWhatItReports() {
        Sentence s = parse("The mayor told reporters that the bridge would reopen in May.");
        CueCandidates.Reading r = CueCandidates.read(s, token(s, "told"));
        assertEquals("the bridge would reopen in May", content(s, r));
        assertEquals("mayor", s.word(r.subject()));
    }

    @Test
    void aStatementBeforeItsCueIsReadUpToTheSpeaker() {
        Sentence s = parse("The ferry fund is nearly empty, the treasurer said.");
        CueCandidates.Reading r = CueCandidates.read(s, token(s, "said"));
        assertEquals("The ferry fund is nearly empty", content(s, r));
        assertEquals(CueCandidates.Form.TRAILING, r.form());
        assertEquals("treasurer", s.word(r.subject()));
    }

    @Test
    void anInfinitiveAfterAVowIsWhatWasVowed() {
        Sentence s = parse("The union vowed to strike until the pay deal is signed.");
        CueCandidates.Reading r = CueCandidates.read(s, token(s, "vowed"));
        assertEquals(CueCandidates.Form.INFINITIVE, r.form());
        assertEquals("strike until the pay deal is signed", content(s, r));
    }

    @Test
    void aSentenceWithNoCueHasNoReading() {
        Sentence s = parse("The council bought a new ferry for the island route last spring.");
        for (int i = 1; i <= s.size(); i++) {
            assertEquals(CueCandidates.Form.NONE, CueCandidates.read(s, i).form(), s.word(i));
        }
    }

    @Test
    void theAnalyserProposesAndKeepsTheMayorsStatement() {
        List<SpeechCandidate> seen = new ArrayList<>();
        Analyzer analyzer = new Analyzer((text, date) -> {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            return doc;
        }, Analyzer.MAX_CHARS, candidates -> {
            seen.addAll(candidates);
            return ReportedSpeechModel.bundled().choose(candidates);
        });
        Analysis a = analyzer.analyze(Articles.of(List.of(
                "Mayor Edith Carrow spoke at the quayside on Monday.",
                "The mayor told reporters that the bridge would reopen in May.",
                "The council bought a new ferry for the island route last spring."), "2026-03-10", "en", List.of(), null), null);
        ReportedSpeech r = Attributions.foundStatement(a, "bridge would reopen");
        assertEquals("the bridge would reopen in May", r.content().text());
        assertEquals("Edith Carrow", r.speaker().name());
        assertTrue(a.reportedSpeech().stream().noneMatch(x -> x.content().text().contains("ferry")), a.reportedSpeech()::toString);
        SpeechCandidate c = seen.stream().filter(x -> x.statement().content().text().contains("bridge")).findFirst().orElse(null);
        assertNotNull(c, seen::toString);
        assertEquals(SpeechFeatures.NAMES.size(), c.features().length);
        assertEquals(1.0, c.features()[SpeechFeatures.NAMES.indexOf("speaker.person")]);
        assertTrue(seen.stream().noneMatch(x -> x.statement().content().text().contains("ferry")), seen::toString);
    }

    private static Analysis analyze(String... paragraphs) {
        // the shipped judge, as a user runs the analyser
        Analyzer analyzer = new Analyzer((text, date) -> {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            return doc;
        }, Analyzer.MAX_CHARS);
        return analyzer.analyze(Articles.of(List.of(paragraphs), "2026-03-10", "en", List.of(), null), null);
    }

    private static final String DATELINED = "OSLO, Norway \u2013 Norwegian Fisheries Minister Ingrid Dahl says all trawlers"
            + " that fish in the fjord by night will be inspected at the harbour of Bergen.";

    @Test
    void aClauseTheParserHangsBesideItsCueIsReadByWordOrder() {
        // the parser makes "says" a parenthesis of "will be inspected" and "all trawlers" its object
        Sentence s = parse(DATELINED);
        CueCandidates.Reading r = CueCandidates.read(s, token(s, "says"));
        assertEquals(CueCandidates.Form.LOOSE, r.form());
        assertEquals("all trawlers that fish in the fjord by night will be inspected at the harbour of Bergen", s.text(r.from(), r.to()));
    }

    @Test
    void theAnalyserKeepsTheStatementTheParseDidNotHangOnItsCue() {
        Analysis a = analyze(DATELINED, "The harbour board met on Tuesday.");
        ReportedSpeech r = Attributions.foundStatement(a, "will be inspected");
        assertEquals("all trawlers that fish in the fjord by night will be inspected at the harbour of Bergen", r.content().text());
        assertEquals("Ingrid Dahl", r.speaker().name());
    }

    @Test
    void wordsAfterACueThatStateNothingAreNotAStatement() {
        Analysis a = analyze("The harbour master said goodbye to his crew before the ferry sailed.",
                "Many residents think the ferry will never return.",
                "The harbour board met on Tuesday.");
        assertTrue(a.reportedSpeech().stream().noneMatch(x -> x.content().text().contains("goodbye")
                || x.content().text().contains("never return")), a.reportedSpeech()::toString);
    }
}
