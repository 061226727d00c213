package org.broadsheet.spam;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * A piece of a page under suspicion, measured once for every scoring component: a run of blocks (one list, one
 * hidden container, else one block), or a field the reader never sees in the body (title, description, keywords,
 * {@code <noscript>}).
 *
 * @param location {@code "block"}, {@code "title"}, {@code "description"}, {@code "keywords"}, {@code "noscript"},
 *        or a place of the markup no block holds ({@code "template"}, {@code "dialog"}, {@code "select"},
 *        {@code "svg"}, {@code "formula"}, {@code "input"}, {@code "frame"}, {@code "fallback"}, {@code "textarea"}, {@code "script"}, {@code "alt"})
 * @param from the first block of the run, or -1 for a field
 * @param to the last block of the run, or -1 for a field
 * @param text the text judged
 * @param folded {@code text} folded for matching
 * @param profile its letters by writing system
 * @param hits the word-list terms found in it
 * @param inBody whether a block of the run was kept as article body
 * @param root the element that holds the run (HTML), or null
 * @param hiding how the markup hides it from readers, or null
 * @param linkReader reads how its links look (HTML) when first asked, or null
 */
record SpamSuspect(String location, int from, int to, String text, MatchText folded, ScriptMismatch.Profile profile,
        List<Lexicon.Hit> hits, boolean inBody, Element root, String hiding, HiddenLinks.Lazy linkReader) {

    /** How its links look (HTML), or null. */
    HiddenLinks.Links links() {
        return linkReader == null ? null : linkReader.get();
    }

    /** Whether this is a field rather than blocks of the page. */
    boolean field() {
        return from < 0;
    }
}
