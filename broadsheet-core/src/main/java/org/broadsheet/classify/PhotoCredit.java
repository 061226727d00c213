package org.broadsheet.classify;

import java.util.regex.Pattern;

/**
 * A photo's credit standing as a line of the body, alone or glued to its caption: "Jane Roe/Agency Name", "Jane
 * Roe/Agency NameFans wait outside the stadium on Sunday." The credit is a name, a slash with no space around it, and the
 * agency or paper, all in capitalized words; story prose does not open so. Read as prose, the photographer reads as a
 * person of the story and the caption's numbers as figures.
 */
final class PhotoCredit {

    /** A caption with its credit is a line or two; a longer block is prose that happens to open with a slash. */
    static final int MAX_CHARS = 320;

    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
    /** Two to four capitalized words, a slash, one to four more: the photographer (or agency) and the agency. */
    private static final Pattern CREDIT = Pattern.compile(
            "^" + WORD + "(?: " + WORD + "){1,3}/" + WORD + "(?: " + WORD + "){0,3}(?:$|\\p{Lu}|\\s)");

    private PhotoCredit() {
    }

    /** True when {@code text} is a photo's credit, or a short caption that opens with one. */
    static boolean opens(String text) {
        String t = text.strip();
        return t.length() <= MAX_CHARS && CREDIT.matcher(t).find();
    }
}
