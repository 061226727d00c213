package org.broadsheet.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A broad lexicon of nouns for a person's post, title, trade or standing ("minister", "biochemist", "defenseman",
 * "Gov."), read from {@code role-nouns.txt}: written out by hand from general knowledge, not from labelled articles,
 * so that roles are recognised in articles nobody read.
 */
final class RoleNouns {

    private static final Set<String> NOUNS = load();
    /** Trade and agent endings ("pulmonologist", "statistician", "campaigner"), for nouns the list lacks. */
    private static final Pattern TRADE = Pattern.compile("[a-z]{3,}(ologist|ician|ist|eer)");

    private RoleNouns() {
    }

    /**
     * True when {@code word} (a word or lemma, any case, an abbreviation's dot or a plural allowed) is a noun for a
     * post, title, trade or standing: in the list, as a whole or its last part after a hyphen ("co-CEO"), or
     * ending like a trade.
     */
    static boolean isRoleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "").replace('\u2019', '\'');
        if (w.isEmpty()) {
            return false;
        }
        if (listed(w)) {
            return true;
        }
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1 && listed(w.substring(hyphen + 1))) {
            return true;
        }
        return TRADE.matcher(w).matches();
    }

    /** True when {@code words} ("running back", "general manager") is listed as one noun, hyphenated. */
    static boolean isRoleCompound(String first, String second) {
        return NOUNS.contains((first + "-" + second).toLowerCase(Locale.ROOT));
    }

    private static boolean listed(String w) {
        if (NOUNS.contains(w)) {
            return true;
        }
        // plurals: "senators", "freshmen", "attorneys", "coaches"
        return w.endsWith("men") && NOUNS.contains(w.substring(0, w.length() - 3) + "man")
                || w.endsWith("es") && NOUNS.contains(w.substring(0, w.length() - 2))
                || w.endsWith("s") && NOUNS.contains(w.substring(0, w.length() - 1));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RoleNouns.class.getResourceAsStream("role-nouns.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
