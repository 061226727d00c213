package org.broadsheet.spam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.broadsheet.article.SpamFamily;

/**
 * The spam vocabularies bundled in {@code org/broadsheet/spam/*.tsv}, loaded once into an immutable list and
 * matched on {@link MatchText#folded() folded} text: CJK terms as substrings, Latin terms on word boundaries
 * (so that "cialis" is not found in "socialist"). Terms inside quotation marks are reported as quoted: prose that
 * quotes spam words ("stuffed with “slot gacor”") is not spam. Thread-safe.
 */
final class Lexicon {

    /** How telling a term is. */
    enum Strength {
        /** Almost never in legitimate news prose. */
        STRONG,
        /** Suspicious. */
        MEDIUM,
        /** Common in legitimate text; counts only in combination. */
        WEAK
    }

    /** One term. */
    record Term(String folded, SpamFamily family, Strength strength, boolean latin) {
    }

    /** One occurrence of a term in a folded text. */
    record Hit(Term term, int start, int end, boolean quoted) {
    }

    private static final String OPEN_QUOTES = "\"'“‘「『«„‚";
    private static final String CLOSE_QUOTES = "\"'”’」』»“‘";

    private final List<Term> terms;

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** The bundled vocabularies. */
    static Lexicon bundled() {
        List<Term> terms = new ArrayList<>();
        load(terms, "zh_spam_terms.tsv", "zh");
        load(terms, "ja_spam_terms.tsv", "ja");
        load(terms, "id_judol_terms.tsv", "id");
        load(terms, "en_spam_terms.tsv", "en");
        // longest first, so that a longer term covers the shorter terms inside it
        terms.sort(Comparator.comparingInt((Term t) -> t.folded().length()).reversed());
        return new Lexicon(terms);
    }

    /** The lines of a bundled resource, without comments and the header line. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void load(List<Term> terms, String resource, String lang) {
        for (String[] row : rows(resource)) {
            if (row.length < 3) {
                continue;
            }
            String folded = MatchText.of(row[0].strip()).folded();
            if (folded.isEmpty()) {
                continue;
            }
            Strength strength = switch (row[2].strip()) {
                case "strong" -> Strength.STRONG;
                case "medium" -> Strength.MEDIUM;
                default -> Strength.WEAK;
            };
            boolean latin = folded.chars().allMatch(c -> c < 0x250);
            terms.add(new Term(folded, family(lang, row[1].strip()), strength, latin));
        }
    }

    private static SpamFamily family(String lang, String family) {
        return switch (lang) {
            case "zh" -> family.equals("gambling") ? SpamFamily.CHINESE_GAMBLING : SpamFamily.CHINESE_PORN;
            case "ja" -> SpamFamily.JAPANESE_KEYWORD_HACK;
            case "id" -> SpamFamily.INDONESIAN_GAMBLING;
            default -> SpamFamily.PHARMA_CASINO;
        };
    }

    /** Every occurrence of a term in {@code folded}, a longer term hiding the shorter ones it contains. */
    List<Hit> find(String folded) {
        List<Hit> hits = new ArrayList<>();
        boolean[] covered = new boolean[folded.length()];
        for (Term t : terms) {
            String f = t.folded();
            for (int at = folded.indexOf(f); at >= 0; at = folded.indexOf(f, at + 1)) {
                int end = at + f.length();
                if (t.latin() && !(boundary(folded, at - 1) && boundary(folded, end))) {
                    continue;
                }
                if (covered[at] || covered[end - 1]) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    covered[k] = true;
                }
                boolean quoted = at > 0 && OPEN_QUOTES.indexOf(folded.charAt(at - 1)) >= 0 && end < folded.length()
                        && CLOSE_QUOTES.indexOf(folded.charAt(end)) >= 0;
                hits.add(new Hit(t, at, end, quoted));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** True when the character at {@code i} (or the text's edge) cannot continue a Latin word. */
    private static boolean boundary(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        if (c < 0x80) {
            return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9');
        }
        return !(c < 0x250 && Character.isLetterOrDigit(c));
    }
}
