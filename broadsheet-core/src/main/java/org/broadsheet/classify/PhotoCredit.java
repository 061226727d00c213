package org.broadsheet.classify;

import java.util.regex.Pattern;

/**
 * A photo's credit standing as a line of the body, alone or glued to its caption: "Jane Roe/Agency Name", "Jane
 * Roe/Agency NameFans wait outside the stadium on Sunday." The credit is a name, a slash with no space around it, and
 * the agency or paper, all in capitalized words, with nothing after it on the line or a caption glued on without a
 * space; story prose does not open so. Read as prose, the photographer reads as a person of the story and the
 * caption's numbers as figures.
 */
final class PhotoCredit {

    /** A caption with its credit is a line or two; a longer block is prose that happens to open with a slash. */
    static final int MAX_CHARS = 320;

    /** A capitalized word of a name ("Bennett", "France-Presse") or an agency's letters ("AFP"). */
    private static final String WORD = "(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{2,})";
    /**
     * Two to four capitalized words, a slash, one to four more: the photographer (or agency) and the agency; then the
     * end of the line, or the caption glued on without a space, as pages that set credit and caption in two boxes read
     * when flattened. A space after the credit would leave it unsure where the credit ends ("Printed Receipts/Travel
     * Details (for the hotel)" is a list line), so that form is not taken.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "^" + WORD + "(?: " + WORD + "){1,3}/" + WORD + "(?: " + WORD + "){0,3}(?:$|(?=\\p{Lu}\\p{Ll}))");

    private PhotoCredit() {
    }

    /** True when {@code text} is a photo's credit alone, or a short caption glued to the credit it opens with. */
    static boolean opens(String text) {
        String t = text.strip();
        return t.length() <= MAX_CHARS && CREDIT.matcher(t).find();
    }
}
