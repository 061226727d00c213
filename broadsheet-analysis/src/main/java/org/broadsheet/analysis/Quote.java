package org.broadsheet.analysis;

import java.util.List;

/**
 * A direct quote: words inside quotation marks that someone said. A quote interrupted by its
 * attribution ({@code "A," he said, "B."}) is one quote with two parts.
 *
 * @param text the quoted words, the parts joined by a space, without the quotation marks
 * @param parts each stretch between quotation marks, exactly as written, with offsets
 * @param speaker who said it, or {@link Speaker#UNATTRIBUTED}
 * @param cue the attribution words ("he said", "Xi added"), or {@code null} when none is in the sentence
 * @param cueVerb the verb of the attribution, as written ("said"), or {@code null}
 */
public record Quote(String text, List<Span> parts, Speaker speaker, String cue, String cueVerb) {

    /** Copies the list, so that the value cannot change. */
    public Quote {
        parts = List.copyOf(parts);
    }

    /** Offset of the first quoted character in {@code article.text()}. */
    public int start() {
        return parts.get(0).start();
    }

    /** Offset after the last quoted character. */
    public int end() {
        return parts.get(parts.size() - 1).end();
    }
}
