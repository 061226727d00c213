package org.broadsheet.meta;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One credited name, tidied as a byline shows it: handles, e-mail addresses and credentials removed, names
 * written in capitals brought to normal case, and things that are not names (admin accounts, genre labels,
 * sentences) rejected.
 */
public final class PersonName {

    private static final Set<String> NOT_CREDITS = Set.of("admin", "administrator", "administrador", "editorial",
            "opinion", "analysis", "guest", "гость", "anonymous", "anonim", "unknown", "webmaster", "root", "user",
            "author", "autor", "автор", "editor", "redaktion", "staff", "by", "posted", "written", "share", "follow",
            "comments", "comment", "more", "read more", "view all posts", "email", "twitter", "facebook", "about",
            "contributor", "columnist", "guest author", "guest post", "sponsored", "advertisement", "home", "news");
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "van",
            "von", "der", "den", "ter", "la", "le", "du", "al", "el", "bin", "ibn", "y", "e", "st.", "mc", "mac");
    /** First words of links and buttons that sit next to bylines ("About Jane Doe", "View all posts"). */
    private static final Set<String> UI_WORDS = Set.of("about", "view", "more", "read", "follow", "email", "contact",
            "see", "show", "all", "get", "subscribe", "share", "click", "posts", "articles", "stories", "latest",
            "search", "sign", "log", "login", "comments", "comment", "reply", "leave", "related", "tags", "tag",
            "category", "categories", "filed", "photo", "photos", "image", "video", "listen", "watch", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "posted", "published", "updated", "by");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "^(?:ph\\.?d\\.?|m\\.?d\\.?|ms|ma|mba|mph|rd|rdn|cdn|ldn|rn|cpt|np|dr|jr\\.?|sr\\.?|iii|ii|esq\\.?|cfa"
                    + "|cpa|msc|bsc|ba|bs|facs|faan|lcsw|psyd|dds|dvm|pharmd|od|do|cscs|cpt)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ADMIN = Pattern.compile(".*\\badmin\\b.*");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<!\\S)@\\w+");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\p{P}\\p{S}\\s]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\p{P}\\p{S}&&[^.)'’]]+$");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("\\s+(?:on|at|le|el|em|am|the)$");
    private static final Pattern SENTENCE_MARK = Pattern.compile(".*[!?:;\"“”#|/\\\\<>=].*");

    private PersonName() {
    }

    /** True when {@code name} is a placeholder or account rather than a credit ("admin", "jdadmin", "Editorial"). */
    public static boolean isNotCredit(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return NOT_CREDITS.contains(n) || n.endsWith("admin") || ADMIN.matcher(n).matches();
    }

    /** True when {@code token} is an academic or professional credential such as "MS" or "PhD". */
    public static boolean isCredential(String token) {
        return CREDENTIAL.matcher(token.trim()).matches();
    }

    /**
     * {@code raw} as a name: trimmed of punctuation, in normal case when written all in capitals; null when it is
     * not shaped like a name (too long, a sentence, a URL, digits only, a placeholder).
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = EMAIL.matcher(raw).replaceAll(" ");
        s = SPACES.matcher(LINK.matcher(HANDLE.matcher(s).replaceAll(" ")).replaceAll(" ")).replaceAll(" ").trim();
        s = LEADING_MARKS.matcher(s).replaceAll("");
        s = TRAILING_PREPOSITION.matcher(TRAILING_MARKS.matcher(s).replaceAll("")).replaceAll("").trim();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        if (s.isEmpty() || s.length() > 60 || isNotCredit(s)) {
            return null;
        }
        String[] words = s.split(" ");
        if (words.length > 6 || UI_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int letters = (int) s.codePoints().filter(Character::isLetter).count();
        if (letters < 2 || (letters < 3 && s.chars().allMatch(c -> c < 128)) || SENTENCE_MARK.matcher(s).matches()) {
            return null;
        }
        if (isAllCaps(s) && letters > 3) {
            s = titleCase(s);
        }
        return s;
    }

    /** True when {@code name} looks like a person: two to five words, each capitalised except particles. */
    public static boolean looksPersonal(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5 || words[0].equalsIgnoreCase("the")) {
            return false;
        }
        for (String w : words) {
            if (PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = w.codePointAt(0);
            if (Character.isLowerCase(first) || Character.isDigit(first)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String s) {
        boolean anyUpper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            anyUpper |= Character.isUpperCase(c);
        }
        return anyUpper;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            // Capitalise after spaces, hyphens and apostrophes: "O'NEIL-SMITH" -> "O'Neil-Smith".
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
