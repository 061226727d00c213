package org.broadsheet.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Chooses the speaker of each direct quote among its {@link QuoteSpeakerCandidates}: a ranker trained by
 * {@code bench/train_speakers.py} on the read parts of the attribution set and shipped as the resource
 * {@code quote-speaker-model.txt} ({@link LogisticModel}'s text format). A candidate's score is the sum of its
 * features' terms; the best candidate replaces the rules' choice only when it scores more than the model's
 * {@code threshold-margin} above it, so the rules decide whenever the model is unsure, and whenever their choice is
 * the only candidate. Without the resource the rules decide alone. The same kind of ranker, trained the same way on
 * reported statements and shipped as {@code reported-speaker-model.txt}, chooses the speakers of reported speech
 * ({@link #reported()}). Immutable and thread-safe.
 */
final class QuoteSpeakerModel {

    private static final String RESOURCE = "quote-speaker-model.txt";
    private static final String REPORTED_RESOURCE = "reported-speaker-model.txt";

    /** The rules alone: every quote keeps the speaker they settled. (Before {@link #BUNDLED}, which falls back on it.) */
    static final QuoteSpeakerModel RULES = new QuoteSpeakerModel(null);

    private static final QuoteSpeakerModel BUNDLED = loadBundled(RESOURCE);
    private static final QuoteSpeakerModel REPORTED = loadBundled(REPORTED_RESOURCE);

    private final LogisticModel weights;
    private final double margin;

    private QuoteSpeakerModel(LogisticModel weights) {
        this.weights = weights;
        this.margin = weights == null ? 0 : weights.threshold("threshold-margin", 0);
    }

    /** The shipped model of quotes' speakers, or {@link #RULES} when none is shipped. */
    static QuoteSpeakerModel bundled() {
        return BUNDLED;
    }

    /** The shipped model of reported statements' speakers, or {@link #RULES} when none is shipped. */
    static QuoteSpeakerModel reported() {
        return REPORTED;
    }

    private static QuoteSpeakerModel loadBundled(String resource) {
        try (InputStream in = QuoteSpeakerModel.class.getResourceAsStream(resource)) {
            return in == null ? RULES : read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a ranker in the shipped format; a feature {@link QuoteSpeakerCandidates} does not compute is an error
     * naming {@code source}, not a silent zero.
     */
    static QuoteSpeakerModel read(BufferedReader reader, String source) throws IOException {
        return new QuoteSpeakerModel(LogisticModel.read(reader, source, QuoteSpeakerCandidates.NAMES));
    }

    /** True when this is a learned ranker, not the rules alone. */
    boolean learned() {
        return weights != null;
    }

    /** The candidate's score: the sum of its features' terms (higher is likelier the speaker). */
    double score(QuoteSpeakerCandidates.Candidate candidate) {
        double score = 0;
        double[] x = candidate.features();
        for (int f = 0; f < x.length; f++) {
            score += weights.term(QuoteSpeakerCandidates.NAMES.get(f), x[f]);
        }
        return score;
    }

    /**
     * The quotes with the speaker this model ranks first among each quote's candidates, where it beats the rules'
     * choice by more than the margin; such a quote loses the rules' cue, which named another speaker. The rules'
     * speakers of the quotes before are the features' "quote before", as in training.
     *
     * @param quotes the rules' settled quotes, one quoted stretch each ({@link QuoteFinder#settle})
     * @param candidates the candidates' finder over the same body
     */
    List<Quote> choose(List<Quote> quotes, QuoteSpeakerCandidates candidates) {
        return chooseAll(quotes, QuoteSpeakerCandidates.Attributed::of,
                (q, better) -> new Quote(q.text(), q.parts(), better, null, null), candidates);
    }

    /**
     * The reported statements with the speaker this model ranks first among each statement's candidates, where it
     * beats the rules' choice by more than the margin; the statement, its cue and its bounds are kept. The rules'
     * speakers of the statements before are the features' "statement before", as in training.
     *
     * @param statements the rules' reported statements, in the order {@link ReportedSpeechFinder#find} gives them
     * @param candidates the candidates' finder over the same body
     */
    List<ReportedSpeech> chooseReported(List<ReportedSpeech> statements, QuoteSpeakerCandidates candidates) {
        return chooseAll(statements, QuoteSpeakerCandidates.Attributed::of,
                (r, better) -> new ReportedSpeech(better, r.cue(), r.content(), r.sentence(), r.embedded()), candidates);
    }

    /** Each item as it is, or with the speaker this model ranks above the rules' by more than the margin. */
    private <T> List<T> chooseAll(List<T> items, Function<T, QuoteSpeakerCandidates.Attributed> stretch,
            BiFunction<T, Speaker, T> withSpeaker, QuoteSpeakerCandidates candidates) {
        if (weights == null) {
            return items;
        }
        List<QuoteSpeakerCandidates.Attributed> stretches = items.stream().map(stretch).toList();
        List<T> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            Speaker better = better(candidates.candidatesOf(stretches, k));
            out.add(better != null ? withSpeaker.apply(items.get(k), better) : items.get(k));
        }
        return out;
    }

    /** The candidate ranked first, when it is not the rules' choice and beats it by more than the margin; else null. */
    private Speaker better(List<QuoteSpeakerCandidates.Candidate> candidates) {
        QuoteSpeakerCandidates.Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double rulesScore = Double.NEGATIVE_INFINITY;
        for (QuoteSpeakerCandidates.Candidate c : candidates) {
            double score = score(c);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
            if (c.byRules()) {
                rulesScore = score;
            }
        }
        return best != null && !best.byRules() && bestScore - rulesScore > margin ? best.speaker() : null;
    }
}
