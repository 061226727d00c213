package org.broadsheet.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the speaker of each direct quote among its {@link QuoteSpeakerCandidates}: a ranker trained by
 * {@code bench/train_speakers.py} on the read parts of the attribution set and shipped as the resource
 * {@code quote-speaker-model.txt} ({@link LogisticModel}'s text format). A candidate's score is the sum of its
 * features' terms; the best candidate replaces the rules' choice only when it scores more than the model's
 * {@code threshold-margin} above it, so the rules decide whenever the model is unsure, and whenever their choice is
 * the only candidate. Without the resource the rules decide alone. Immutable and thread-safe.
 */
final class QuoteSpeakerModel {

    private static final String RESOURCE = "quote-speaker-model.txt";

    /** The rules alone: every quote keeps the speaker they settled. (Before {@link #BUNDLED}, which falls back on it.) */
    static final QuoteSpeakerModel RULES = new QuoteSpeakerModel(null);

    private static final QuoteSpeakerModel BUNDLED = loadBundled();

    private final LogisticModel weights;
    private final double margin;

    private QuoteSpeakerModel(LogisticModel weights) {
        this.weights = weights;
        this.margin = weights == null ? 0 : weights.threshold("threshold-margin", 0);
    }

    /** The shipped model, or {@link #RULES} when none is shipped. */
    static QuoteSpeakerModel bundled() {
        return BUNDLED;
    }

    private static QuoteSpeakerModel loadBundled() {
        try (InputStream in = QuoteSpeakerModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? RULES : read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
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
        if (weights == null) {
            return quotes;
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (int k = 0; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            QuoteSpeakerCandidates.Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            double rulesScore = Double.NEGATIVE_INFINITY;
            for (QuoteSpeakerCandidates.Candidate c : candidates.candidates(quotes, k)) {
                double score = score(c);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
                if (c.byRules()) {
                    rulesScore = score;
                }
            }
            boolean over = best != null && !best.byRules() && bestScore - rulesScore > margin;
            out.add(over ? new Quote(q.text(), q.parts(), best.speaker(), null, null) : q);
        }
        return out;
    }
}
