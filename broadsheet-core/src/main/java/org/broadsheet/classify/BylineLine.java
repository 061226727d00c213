package org.broadsheet.classify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.broadsheet.meta.DateText;

/**
 * Recognizes the credit and dateline lines that publishers put above or below a story ("By Jane Doe
 * and John Roe", "Posted by Jane Doe on November 19, 2019", "Nov. 19, 2019, 8:41 AM UTC"), by their
 * shape: short, no sentence, names or a date; and the wire services' contribution credits at a story's end
 * ("Reporting by Jane Doe; Editing by John Roe", "Associated Press writers Jane Doe and John Roe contributed to
 * this report.", "Contributing: Jane Doe", "Roe reported from Berlin."), whose names are the newsroom's, not people of
 * the story.
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

    /** "Reporting by ...; Editing by ...", with the words such a credit is made of and nothing else. */
    private static final Pattern DUTY_CREDIT = Pattern.compile(
            "^(?i:(additional |with )?(reporting|writing|editing|research|compiled|graphics|production)( and \\p{L}+ing)? by)\\s.+");
    private static final Set<String> DUTY_WORDS = Set.of("by", "and", "additional", "with", "reporting",
            "writing", "editing", "research", "compiled", "graphics", "production", "in", "from", "de", "van", "von", "der",
            "da", "di", "la", "le", "el", "bin", "al");
    /** "<names> contributed to this report.", "... contributed reporting from Hong Kong." */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "^(?<who>.{3,240}?)\\s+(also\\s+)?contributed\\s+(to\\s+(this|the)\\s+(report|story|article)|(additional\\s+)?reporting|research)"
                    + "(\\s+(from|in)\\s+\\p{Lu}[^.;:!?]{0,60})?\\.?$");
    /** "Jane Doe reported from Berlin.", "Roe reported from Ramallah, West Bank.": where a named reporter filed from. */
    private static final Pattern REPORTED_FROM = Pattern.compile(
            "^(?<who>.{3,120}?)\\s+(also\\s+)?reported\\s+(this\\s+(report|story|article)\\s+)?from\\s+\\p{Lu}[^.;:!?]{0,60}\\.?$");
    /** "This article was edited by Jane Doe and John Roe.": a credit written as a sentence about the piece. */
    private static final Pattern EDITED_BY = Pattern.compile(
            "^(?i:this (article|story|report|guide|review|piece) (was|has been) (additionally )?"
                    + "(edited|reported|written|updated|fact-checked|produced)( and \\p{L}+ed)? by)\\s+(?<who>.{3,240}?)\\.?$");
    private static final Set<String> NAME_JOINERS = Set.of("and", "&", "in", "from");
    /** "Contributing: Jane Doe, John Roe", "Contributing writers: ..." */
    private static final Pattern CONTRIBUTING = Pattern.compile(
            "^(?i:contributing|contributors?)( (?i:writers?|reporters?|editors?))?:\\s+(?<who>.{3,240})$");
    private static final int MAX_CREDIT_LENGTH = 300;
    private static final int MAX_CREDIT_WORDS = 30;

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");

    private static final Pattern DATE_LEAD = Pattern.compile(
            "^(?i:published|updated|last updated|posted|posted on|first published|modified|date)\\b.*");

    /** Dates in the many languages and forms that metadata reading knows; stateless, so shared. */
    private static final DateText DATES = new DateText();

    private BylineLine() {
    }

    /** True when {@code text} is a credit or dateline line rather than part of the story. */
    public static boolean matches(String text) {
        if (contributionCredit(text)) {
            return true;
        }
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

    /**
     * A wire service's credit of the people who reported, wrote or edited the story: a duty and "by" with names,
     * names that "contributed to this report" or "reported from" a place, or "Contributing:" and names. Prose that
     * merely opens so ("Reporting by the Guardian showed ...") has words of another kind, or too few capitals.
     */
    static boolean contributionCredit(String text) {
        String t = text.strip();
        if (t.length() > MAX_CREDIT_LENGTH) {
            return false;
        }
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("(") && t.endsWith(").")) {
            t = t.substring(1, t.lastIndexOf(')')).strip();
        }
        if (DUTY_CREDIT.matcher(t).matches()) {
            for (String w : NAME_SEPARATORS.split(t.replaceAll("[;.]", " ").strip())) {
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !DUTY_WORDS.contains(w.toLowerCase(Locale.ROOT))
                        && !particleName(w)) {
                    return false;
                }
            }
            return true;
        }
        var edited = EDITED_BY.matcher(t);
        if (edited.matches()) {
            return mostlyNames(edited.group("who"));
        }
        var contributed = CONTRIBUTED.matcher(t);
        if (contributed.matches()) {
            return mostlyNames(contributed.group("who"));
        }
        var reportedFrom = REPORTED_FROM.matcher(t);
        if (reportedFrom.matches()) {
            return mostlyNames(reportedFrom.group("who"));
        }
        var contributing = CONTRIBUTING.matcher(t);
        return contributing.matches() && mostlyNames(contributing.group("who"));
    }

    /** A surname behind a lower-case particle: "al-Salhy", "el-Din", "bin-Talal". */
    private static boolean particleName(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && DUTY_WORDS.contains(word.substring(0, hyphen))
                && Character.isUpperCase(word.codePointAt(hyphen + 1));
    }

    /**
     * Up to {@link #MAX_CREDIT_WORDS} words, at least four in five capitalized, no sentence inside. "and", and "in"
     * or "from" before the place a name reported from ("Jane Doe in Kirkuk"), join names and count with them.
     */
    private static boolean mostlyNames(String s) {
        if (s.matches(".*[a-z]{2,}[.!?]\\s.*")) {
            return false;
        }
        String[] words = NAME_SEPARATORS.split(s.replace(';', ' ').strip());
        if (words.length > MAX_CREDIT_WORDS) {
            return false;
        }
        int capitalized = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || NAME_JOINERS.contains(w))) {
                capitalized++;
            }
        }
        return capitalized * 5 >= words.length * 4;
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
