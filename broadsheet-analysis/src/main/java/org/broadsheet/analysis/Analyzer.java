package org.broadsheet.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.broadsheet.article.Article;
import org.broadsheet.article.PageDate;
import org.broadsheet.article.Warning;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The knowledge layer: reads an article's body and says who is named, who said what (direct quotes and
 * reported speech), with which figures and dates, and which meetings and exchanges took place.
 *
 * <pre>{@code
 * Analyzer analyzer = new Analyzer();               // loads the models: 10-30 s, about 1.5 GB of heap
 * Analysis a = analyzer.analyze(article, null);      // thread-safe; share one analyzer per process
 * }</pre>
 *
 * <p>The language pipeline is Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner without fine-grained
 * classes, depparse); everything above it (entity grouping, quotes, reported speech, figures, events) is
 * rules in this package. The models come from the {@code stanford-corenlp} models jar on the class path;
 * nothing is downloaded.
 *
 * <p>Work per article is bounded: the body is cut at {@link #MAX_CHARS} characters, and paragraphs that
 * are tables of numbers, all capitals, or one enormous sentence are left out; each of these gives a warning.
 */
public final class Analyzer {

    /** Bodies longer than this are analysed up to here only (about 9,000 words, some seconds of CPU). */
    public static final int MAX_CHARS = 60_000;
    /** A paragraph with a "sentence" of more words than this is left out (the parser's cost grows with it). */
    static final int MAX_SENTENCE_WORDS = 150;

    private final BiFunction<String, String, Annotation> annotator;
    private final int maxChars;
    private final ReportedSpeechFinder.Judge judge;
    private final Consumer<RoleCandidates.Candidate> roleCandidates;
    private final QuoteSpeakerModel speakers = QuoteSpeakerModel.bundled();
    private final QuoteSpeakerModel reportedSpeakers = QuoteSpeakerModel.reported();

    /** Builds the pipeline: slow (10-30 s), so build one per process and share it. */
    public Analyzer() {
        this(MAX_CHARS);
    }

    /**
     * Builds the pipeline with another bound on the work per article.
     *
     * @param maxChars bodies longer than this are analysed up to here only, with a warning
     */
    public Analyzer(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
        this.judge = ReportedSpeechModel.judge();
        this.roleCandidates = null;
        StanfordCoreNLP pipeline = pipeline();
        this.annotator = (text, date) -> {
            Annotation doc = new Annotation(text);
            if (date != null) {
                doc.set(CoreAnnotations.DocDateAnnotation.class, date);
            }
            pipeline.annotate(doc);
            return doc;
        };
    }

    /**
     * An analyser over another annotator (a cache of annotated bodies, when the same articles are analysed
     * again and again during development).
     *
     * @param annotator annotates a body (text, document date or null) as {@link #pipeline()} would
     */
    Analyzer(BiFunction<String, String, Annotation> annotator, int maxChars) {
        this(annotator, maxChars, ReportedSpeechModel.judge());
    }

    /**
     * As {@link #Analyzer(BiFunction, int)}, with another judge of reported speech (null: the rules alone; or one
     * that records the candidates for training).
     */
    Analyzer(BiFunction<String, String, Annotation> annotator, int maxChars, ReportedSpeechFinder.Judge judge) {
        this(annotator, maxChars, judge, null);
    }

    /**
     * As {@link #Analyzer(BiFunction, int, ReportedSpeechFinder.Judge)}, handing every role candidate weighed to
     * {@code roleCandidates} (a training dump, {@code RoleBench}).
     */
    Analyzer(BiFunction<String, String, Annotation> annotator, int maxChars, ReportedSpeechFinder.Judge judge,
            Consumer<RoleCandidates.Candidate> roleCandidates) {
        this.annotator = annotator;
        this.maxChars = maxChars;
        this.judge = judge;
        this.roleCandidates = roleCandidates;
    }

    /** The CoreNLP pipeline the analyser runs: slow to build, thread-safe to use. */
    static StanfordCoreNLP pipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("tokenize.language", "en");
        return new StanfordCoreNLP(p);
    }

    /**
     * Analyses the body of {@code article}.
     *
     * @param article the extracted article; only English bodies are analysed
     * @param fallbackDate the date to resolve relative dates against when the article has neither a
     *        publication nor a modification date; may be {@code null}
     * @return the analysis; never {@code null}
     */
    public Analysis analyze(Article article, LocalDate fallbackDate) {
        LocalDate anchor = anchor(article, fallbackDate);
        String anchorText = anchor == null ? null : anchor.toString();
        String code = article.language() == null ? null : article.language().code();
        if (code != null && !code.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Analysis.skipped(anchorText, new Warning("not-english",
                    "the article is in '" + code + "'; the knowledge layer reads English only, so nothing was analysed"));
        }
        String text = article.text();
        if (text.isBlank()) {
            return Analysis.skipped(anchorText, new Warning("empty-body", "the article has no body text to analyse"));
        }
        List<Warning> warnings = new ArrayList<>();
        if (anchor == null) {
            warnings.add(new Warning("no-date", "the article has no date and none was given: relative dates "
                    + "(\"Wednesday\", \"last year\") are left out"));
        }
        String screened = BodyScreen.screen(article, warnings, maxChars);
        Annotation doc = annotator.apply(screened, anchorText);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (!cm.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) {
                sentences.add(new Sentence(text, cm, sentences.size()));
            }
        }
        List<int[]> quoted = QuoteFinder.quotedStretches(screened);
        Entities entities = new Entities(text, sentences, quoted, article.authors(), article.publisher(), roleCandidates);
        QuoteFinder quoteFinder = new QuoteFinder(screened, sentences, entities);
        List<Quote> quotes = quoteFinder.find();
        List<ReportedSpeech> reported = new ReportedSpeechFinder(sentences, entities, quoteFinder, judge).find();
        // a quote takes its speaker from the narrative's statements, not from those reported inside others'
        quotes = quoteFinder.settle(quotes, reported.stream().filter(r -> !r.embedded()).toList());
        QuoteSpeakerCandidates speakerCandidates = new QuoteSpeakerCandidates(screened, sentences, entities, quoted);
        if (speakers.learned()) {
            quotes = speakers.choose(quotes, speakerCandidates);
        }
        if (reportedSpeakers.learned()) {
            reported = reportedSpeakers.chooseReported(reported, speakerCandidates);
        }
        List<DateMention> dates = SpeakersDay.settle(DateFinder.find(text, sentences, anchor), quoted, sentences, anchor);
        List<Figure> figures = FigureFinder.find(sentences, dates);
        List<Event> events = EventFinder.find(sentences, entities, dates, quotes, reported);
        List<Person> people = entities.people();
        List<Relation> relations = new RelationFinder(sentences, entities).find(people);
        return new Analysis(Analysis.Status.ANALYSED, anchorText, people, entities.organizations(),
                entities.places(), quotes, reported, figures, dates, events, relations, warnings);
    }

    /** The article's own date (published, else modified), else {@code fallback}. */
    static LocalDate anchor(Article article, LocalDate fallback) {
        for (PageDate d : new PageDate[] {article.published(), article.modified()}) {
            if (d != null && d.value() != null && d.value().length() >= 10) {
                try {
                    return LocalDate.parse(d.value().substring(0, 10));
                } catch (DateTimeParseException e) {
                    // not a calendar date: try the next
                }
            }
        }
        return fallback;
    }
}
