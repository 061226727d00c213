package org.broadsheet.classify;

import java.util.regex.Pattern;

import org.broadsheet.meta.DateText;

/**
 * Recognizes the credit and dateline lines that publishers put above or below a story ("By Jane Doe
 * and John Roe", "Posted by Jane Doe on November 19, 2019", "Nov. 19, 2019, 8:41 AM UTC"), by their
 * shape: short, no sentence, names or a date.
 */
public final class BylineLine {

    private static final int MAX_LENGTH = 120;

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,|]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CREDIT_LEAD = Pattern.compile(
            "^(?i:by|written by|posted by|reported by|words by|story by|text by|from|von|par|por|di|door|av|av:|автор:?)\\s+(?<names>.+)$");

    private static final String MONTH = "(?i:jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
            + "|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";

    private static final Pattern DATE = Pattern.compile(
            "\\b(" + MONTH + "\\s+\\d{1,2},?\\s+(19|20)\\d\\d|\\d{1,2}\\.?\\s+" + MONTH + "\\s+(19|20)\\d\\d"
                    + "|(19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](19|20)\\d\\d)");

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");

    private static final Pattern DATE_LEAD = Pattern.compile(
            "^(?i:published|updated|last updated|posted|posted on|first published|modified|date)\\b.*");

    /** Dates in the many languages and forms that metadata reading knows; stateless, so shared. */
    private static final DateText DATES = new DateText();

    private BylineLine() {
    }

    /** True when {@code text} is a credit or dateline line rather than part of the story. */
    public static boolean matches(String text) {
        // "— Jane Doe (@jane) November 4, 2019" closes a quoted post; it is not the article's credit
        if (text.length() > MAX_LENGTH || text.startsWith("—") || text.startsWith("-") || text.startsWith("–")) {
            return false;
        }
        if (WEB_ADDRESS.matcher(text).matches()) {
            // a dated web address is a source link, not a dateline
            return false;
        }
        var credit = CREDIT_LEAD.matcher(text);
        if (credit.matches() && looksLikeNames(credit.group("names"))) {
            return true;
        }
        boolean dated = DATE.matcher(text).find() || !DATES.find(text, false, null).isEmpty();
        if (dated && (DATE_LEAD.matcher(text).matches() || wordCount(text) <= 8)) {
            return true;
        }
        return false;
    }

    /** Mostly capitalized words, few of them, and no full stop at the end: a list of names. */
    private static boolean looksLikeNames(String s) {
        String[] words = NAME_SEPARATORS.split(s.trim());
        if (words.length == 0 || words.length > 12) {
            return false;
        }
        int capitalized = 0;
        int counted = 0;
        for (String w : words) {
            if (w.isEmpty() || w.equalsIgnoreCase("and") || w.equals("&") || w.equalsIgnoreCase("und")
                    || w.equalsIgnoreCase("e") || w.equalsIgnoreCase("y") || w.equalsIgnoreCase("et")) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalized++;
            }
        }
        return counted > 0 && capitalized * 10 >= counted * 6 && !s.trim().endsWith(".");
    }

    private static int wordCount(String s) {
        int n = 0;
        for (String w : SPACES.split(s)) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }
}
