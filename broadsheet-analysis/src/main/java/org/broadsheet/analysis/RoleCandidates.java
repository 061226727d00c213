package org.broadsheet.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The decision whether a candidate role of a person is one: every construction that proposes a role (a title before
 * the name, an apposition, a predicate noun, a description referring back ...) hands its words here, the features are
 * computed in {@link #features} (the one place, used both for the training dump and for the decision), and a
 * logistic model trained on the labelled tuning articles ({@code bench/train_roles.py}, weights in
 * {@code role-model.txt}) keeps those scoring at or above its threshold.
 */
final class RoleCandidates {

    /** The construction that proposed a role. */
    enum Kind {
        /** Capitalized or common words right before the name ("Finance Minister", "Wild coach"). */
        TITLE,
        /** An honorific split from a title ("Dr" of "Additional Director Dr Azizur Rahman"). */
        HONORIFIC,
        /** A post the parser joined to the name by a conjunction ("Aled Voss, Research and Advocacy Director"). */
        JOINED_POST,
        /** An apposition after the name, by the parse, by word order or after a dash. */
        APPOSITION,
        /** A role noun the name depends on, before it ("his Russian counterpart Vladimir Putin"). */
        BEFORE_NAME,
        /** An "as" phrase of the verb the person is subject or object of. */
        AS,
        /** A predicate noun after a copula ("Hege is the CEO"). */
        PREDICATE,
        /** An "as" phrase or predicate noun of a pronoun that stands for the person. */
        PRONOUN,
        /** A "who is/was" clause. */
        RELATIVE,
        /** "one of the study authors, X". */
        ONE_OF,
        /** The post one is named or appointed to, becomes or remains. */
        NAMED,
        /** "media figures such as X". */
        SUCH_AS,
        /** A plural title before coordinated names, each one's. */
        PLURAL_TITLE,
        /** A description that refers back to a person named before ("the veteran winger"). */
        DESCRIPTION,
        /** As {@link #DESCRIPTION}, for a noun of the broad lexicon ({@link RoleNouns}) only. */
        DESCRIPTION_BROAD,
        /** Lower-case role nouns right before the name, by word order ("biochemist Soraya Shirazi-Beechey"). */
        NOUN_BEFORE,
        /** A noun phrase headed by a role noun after the name and its comma, by word order ("X, Tottenham's manager,"). */
        APPOSITION_ANY,
        /** A post-nominal credential in the commas after the name ("Jane Holt, R.N., said", "X, PhD, MSc, lecturer"). */
        CREDENTIAL,
        /** A plural role noun whose members are listed ("Study co-authors include A, B and C"), each one's. */
        MEMBERS
    }

    /** A candidate role of a person, scored: what a training dump receives ({@code RoleBench}, through {@link Entities}). */
    record Candidate(String person, String stated, int start, int end, Kind kind, double[] features, double score,
            boolean kept) {
    }

    /** Names of the features, in order (the dump's columns and the weights' keys). */
    static final String[] FEATURES = names();

    /** The role decision (resource {@code role-model.txt}); without it, every candidate is kept. */
    private static final Optional<LogisticModel> MODEL = LogisticModel.resource("role-model.txt");

    private RoleCandidates() {
    }

    private static String[] names() {
        String[] base = {"head_lexicon", "head_trade", "any_lexicon", "head_capitalized", "head_plural", "no_noun",
            "tokens", "one_token", "digit", "person_name", "all_named", "org_or_place", "verb", "possessive",
            "preposition", "quoted", "first_lower", "honorific_only", "determiner_inside", "first_adjective",
            "head_proper_only", "punctuation"};
        String[] out = new String[Kind.values().length + base.length];
        for (Kind k : Kind.values()) {
            out[k.ordinal()] = "kind_" + k.name().toLowerCase(Locale.ROOT);
        }
        System.arraycopy(base, 0, out, Kind.values().length, base.length);
        return out;
    }

    /**
     * The features of the words {@code from..to} of {@code s} proposed as a role by {@code kind}.
     *
     * @param ref what each token refers to (by token index): a person, an organization, a place, or {@code null}
     * @param quoted whether the words lie inside quotation marks
     */
    static double[] features(Sentence s, int from, int to, Kind kind, IntFunction<Speaker.Kind> ref, boolean quoted) {
        double[] f = new double[FEATURES.length];
        int b = Kind.values().length;
        f[kind.ordinal()] = 1;
        int head = headNoun(s, from, to);
        boolean noNoun = head == 0;
        if (noNoun) {
            head = to;
        }
        String headWord = s.word(head);
        boolean headRole = RoleNouns.isRoleNoun(headWord) || RoleNouns.isRoleNoun(s.lemma(head))
                || head > from && RoleNouns.isRoleCompound(s.word(head - 1), headWord);
        f[b] = headRole ? 1 : 0;
        f[b + 1] = headWord.toLowerCase(Locale.ROOT).matches("[a-z]{3,}(er|or|ist|ian|ant|ent)s?") ? 1 : 0;
        boolean any = false;
        boolean digit = false;
        boolean person = false;
        boolean allNamed = true;
        boolean named = false;
        boolean verb = false;
        boolean possessive = false;
        boolean preposition = false;
        boolean determiner = false;
        boolean punctuation = false;
        for (int k = from; k <= to; k++) {
            String w = s.word(k);
            String tag = s.tag(k);
            any |= RoleNouns.isRoleNoun(w) && tag.startsWith("NN");
            digit |= w.chars().anyMatch(Character::isDigit);
            Speaker.Kind r = ref.apply(k);
            person |= r == Speaker.Kind.PERSON;
            named |= r != null && r != Speaker.Kind.PERSON;
            allNamed &= r != null || tag.matches("IN|TO|DT|POS|,|HYPH");
            verb |= tag.matches("VB[DPZ]?") || tag.equals("MD");
            possessive |= tag.equals("POS") || tag.equals("PRP$");
            preposition |= tag.matches("IN|TO");
            determiner |= k > from && tag.equals("DT");
            punctuation |= tag.matches("[,.:]|``|''|-LRB-|-RRB-");
        }
        int n = to - from + 1;
        f[b + 2] = any ? 1 : 0;
        f[b + 3] = Character.isUpperCase(headWord.charAt(0)) ? 1 : 0;
        f[b + 4] = s.tag(head).matches("NNP?S") ? 1 : 0;
        f[b + 5] = noNoun ? 1 : 0;
        f[b + 6] = Math.min(n, 15) / 10.0;
        f[b + 7] = n == 1 ? 1 : 0;
        f[b + 8] = digit ? 1 : 0;
        f[b + 9] = person ? 1 : 0;
        f[b + 10] = allNamed ? 1 : 0;
        f[b + 11] = named ? 1 : 0;
        f[b + 12] = verb ? 1 : 0;
        f[b + 13] = possessive ? 1 : 0;
        f[b + 14] = preposition ? 1 : 0;
        f[b + 15] = quoted ? 1 : 0;
        f[b + 16] = Character.isLowerCase(s.word(from).charAt(0)) ? 1 : 0;
        f[b + 17] = n <= 2 && s.word(to).toLowerCase(Locale.ROOT).replace(".", "").matches("dr|mr|mrs|ms|miss|sir|dame") ? 1 : 0;
        f[b + 18] = determiner ? 1 : 0;
        f[b + 19] = s.tag(from).startsWith("JJ") ? 1 : 0;
        f[b + 20] = s.tag(head).startsWith("NNP") && !headRole ? 1 : 0;
        f[b + 21] = punctuation ? 1 : 0;
        return f;
    }

    /** The head noun of the words {@code from..to}: the last noun before a preposition ("director of ..."), or 0. */
    static int headNoun(Sentence s, int from, int to) {
        int head = 0;
        for (int k = from; k <= to; k++) {
            if (s.tag(k).matches("IN|TO") && head > 0) {
                break;
            }
            if (s.tag(k).startsWith("NN")) {
                head = k;
            }
        }
        return head;
    }

    /** The model's probability that a candidate with features {@code f} is a role (1 without a model). */
    static double score(double[] f) {
        if (MODEL.isEmpty()) {
            return 1;
        }
        double z = MODEL.get().bias();
        for (int k = 0; k < f.length; k++) {
            z += MODEL.get().term(FEATURES[k], f[k]);
        }
        return LogisticModel.probability(z);
    }

    /** True when a candidate scoring {@code score} is kept as a role. */
    static boolean keep(double score) {
        return score >= MODEL.map(m -> m.threshold("threshold", 0.5)).orElse(0.0);
    }
}
