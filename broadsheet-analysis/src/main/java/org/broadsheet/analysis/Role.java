package org.broadsheet.analysis;

/**
 * A role or title of a person as the article states it ("President", "China's ambassador to Russia",
 * "his Russian counterpart"), with what it means when it can be worked out.
 *
 * @param stated the words of the article
 * @param meaning the role spelled out ("President of Russia" for "his Russian counterpart" of a president),
 *        or the stated words when there is nothing to spell out
 * @param start offset of the stated words in {@code article.text()}
 * @param end offset after them
 */
public record Role(String stated, String meaning, int start, int end) {
}
