package org.broadsheet.article;

import java.util.Map;

/**
 * How injected-spam detection judged one suspect of a page, flagged or not: for {@code --explain}-style audits
 * ("why was this not flagged?") and for training the detector's model.
 *
 * @param location {@code "block"}, {@code "title"}, {@code "description"}, {@code "keywords"}, {@code "noscript"},
 *        or a place of the markup no block holds ({@code "template"}, {@code "dialog"}, {@code "select"},
 *        {@code "svg"}, {@code "formula"}, {@code "input"}, {@code "frame"}, {@code "fallback"}, {@code "textarea"}, {@code "script"}, {@code "alt"})
 * @param firstBlock the first block of the run judged, or -1 for a field
 * @param lastBlock the last block of the run, or -1 for a field
 * @param text the text judged
 * @param probability the model's probability that the text was planted
 * @param flagged whether it was flagged
 * @param evidence the value of every piece of evidence found, by name ({@code shape.list}, {@code links.anchors})
 */
public record SpamJudgement(String location, int firstBlock, int lastBlock, String text, double probability,
        boolean flagged, Map<String, Double> evidence) {

    /** Copies the evidence, so that the value cannot change. */
    public SpamJudgement {
        evidence = Map.copyOf(evidence);
    }
}
