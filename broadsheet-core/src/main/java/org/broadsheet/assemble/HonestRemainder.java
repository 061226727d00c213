package org.broadsheet.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.SpamFinding;
import org.broadsheet.block.Block;
import org.broadsheet.classify.Decision;

/**
 * Keeps in the body what is left of a paragraph the spam detector flagged only in part: planted phrases
 * appended to a sentence of the story, or a hidden run inside it, should cost the reader the planted text,
 * not the story's sentence. The planted part is still left out, as a block of its own.
 */
public final class HonestRemainder {

    /** Less than this, trimmed, is a scrap ("Read more", a dash), not a sentence worth keeping. */
    private static final int MIN_KEPT_CHARS = 40;

    private HonestRemainder() {
    }

    /**
     * The decisions with every block that was body before the spam detector ran and is flagged only in part
     * split in two: the text around the flagged span as body, then the flagged span as removed, with the
     * detector's reason. Such a block then has two decisions, both with its index.
     *
     * @param classified one decision per block, as the classifier left them
     * @param judged the same after the spam detector (flagged blocks removed as injected spam)
     * @param findings what the detector flagged
     */
    public static List<Decision> keep(List<Decision> classified, List<Decision> judged, List<SpamFinding> findings) {
        Map<Integer, SpamFinding> partial = new HashMap<>();
        for (SpamFinding f : findings) {
            int i = f.blockIndex();
            if ("block".equals(f.location()) && i >= 0 && i < judged.size() && i < classified.size()
                    && classified.get(i).isBody() && judged.get(i).kind() == Boilerplate.INJECTED_SPAM
                    && remainder(judged.get(i).block().text(), f).length() >= MIN_KEPT_CHARS) {
                partial.put(i, f);
            }
        }
        if (partial.isEmpty()) {
            return judged;
        }
        List<Decision> out = new ArrayList<>(judged.size() + partial.size());
        for (int i = 0; i < judged.size(); i++) {
            SpamFinding f = partial.get(i);
            if (f == null) {
                out.add(judged.get(i));
                continue;
            }
            Decision spam = judged.get(i);
            Block b = spam.block();
            String kept = remainder(b.text(), f);
            out.add(Decision.body(new Block(b.index(), kept, b.type(), b.element(),
                    Math.max(0, b.linkChars() - f.text().length()), b.hidden()),
                    classified.get(i).reason() + "; planted text cut out of it"));
            out.add(Decision.removed(new Block(b.index(), f.text(), b.type(), b.element(),
                    Math.min(b.linkChars(), f.text().length()), b.hidden()), spam.kind(), spam.reason()));
        }
        return out;
    }

    /** The block's text without the flagged span; empty when the span is the whole text or out of range. */
    private static String remainder(String text, SpamFinding f) {
        if (f.start() < 0 || f.end() > text.length() || f.start() >= f.end()
                || !text.substring(f.start(), f.end()).equals(f.text())) {
            return "";
        }
        String before = text.substring(0, f.start()).stripTrailing();
        String after = text.substring(f.end()).stripLeading();
        // a separator the planter put between the sentence and the run ("… said. | buy …") goes with the run
        before = before.replaceAll("[\\s|·•,;:–—-]+$", "");
        String kept = before.isEmpty() || after.isEmpty() ? before + after : before + " " + after;
        return kept.strip();
    }
}
