package org.broadsheet.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores the knowledge layer's output against articles labelled to {@code ../shared/notes/attribution-spec.md},
 * with the measures of its section 11: quotes matched by word-set Jaccard (0.6, reported speech 0.5), one to one
 * and best first, with speaker accuracy on matched pairs; people by name F1 and role recall; figures by value
 * (within 0.5 %) and unit family; dates by surface, with value accuracy and coverage.
 *
 * <p>Predictions and labels are both in the spec's shape (JSON objects with {@code text}/{@code content},
 * {@code speaker}, {@code people[].name/roles}, {@code figures[].value/unit}, {@code dates[].text/value}).
 * Counts add up over articles (micro-averages).
 */
final class AttributionScorer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep",
            "gov", "sir", "dame", "lord", "lady", "prof", "professor", "president", "judge", "justice", "cllr",
            "lt", "col", "gen", "capt", "sgt", "officer", "det", "insp", "rev", "fr", "jr", "sr");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("sen", "senator"),
            Map.entry("sens", "senators"), Map.entry("rep", "representative"), Map.entry("gov", "governor"),
            Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"), Map.entry("gen", "general"),
            Map.entry("dr", "doctor"), Map.entry("cllr", "councillor"), Map.entry("ceo", "chief executive officer"),
            Map.entry("coo", "chief operating officer"), Map.entry("prof", "professor"),
            Map.entry("supt", "superintendent"), Map.entry("sgt", "sergeant"), Map.entry("det", "detective"),
            Map.entry("atty", "attorney"), Map.entry("dl", "defensive lineman"));
    private static final Set<String> DURATIONS = Set.of("years", "months", "weeks", "days", "hours", "minutes",
            "seconds", "decades");
    /** The ISO 4217 codes: the spec's currency units; other capitals ("2.12 ERA", "UFC 161") are counts. */
    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** Matched, predicted and gold counts of one measure, plus a second rate (speaker or value) on the matches. */
    static final class Tally {
        int predicted;
        int gold;
        int matched;
        int secondRight;
        int secondTotal;

        void add(Tally o) {
            predicted += o.predicted;
            gold += o.gold;
            matched += o.matched;
            secondRight += o.secondRight;
            secondTotal += o.secondTotal;
        }

        double precision() {
            return predicted == 0 ? 1 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double second() {
            return secondTotal == 0 ? 1 : (double) secondRight / secondTotal;
        }

        String prf(String secondName) {
            return String.format(Locale.ROOT, "P %.2f (%d/%d)  R %.2f (%d/%d)  F1 %.2f  %s %.2f (%d/%d)", precision(),
                    matched, predicted, recall(), matched, gold, f1(), secondName, second(), secondRight, secondTotal);
        }
    }

    /** The tallies of one article or of a set of articles. */
    static final class Card {
        final Tally quotes = new Tally();
        final Tally reported = new Tally();
        final Tally people = new Tally();
        final Tally figures = new Tally();
        final Tally dates = new Tally();

        void add(Card o) {
            quotes.add(o.quotes);
            reported.add(o.reported);
            people.add(o.people);
            figures.add(o.figures);
            dates.add(o.dates);
        }

        /** Date value accuracy on paired surfaces. */
        double dateAccuracy() {
            return dates.second();
        }

        /** Share of labelled date surfaces that were found. */
        double dateCoverage() {
            return dates.recall();
        }

        String report() {
            return String.join("\n",
                    "  direct quotes    " + quotes.prf("speaker"),
                    "  reported speech  " + reported.prf("speaker"),
                    "  people (names)   " + people.prf("role recall"),
                    "  figures          " + figures.prf("-"),
                    String.format(Locale.ROOT, "  dates            accuracy %.2f (%d/%d)  coverage %.2f (%d/%d)",
                            dateAccuracy(), dates.secondRight, dates.secondTotal, dateCoverage(), dates.matched,
                            dates.gold));
        }
    }

    private AttributionScorer() {
    }

    /**
     * Scores one article.
     *
     * @param gold the labelled article
     * @param predicted the prediction in the same shape
     * @param log receives one line per miss and per extra (may ignore them)
     */
    static Card score(JsonNode gold, JsonNode predicted, Consumer<String> log) {
        Card c = new Card();
        statements(c.quotes, gold.path("direct_quotes"), predicted.path("direct_quotes"), "text", 0.6, "quote", log);
        statements(c.reported, gold.path("reported_speech"), predicted.path("reported_speech"), "content", 0.5,
                "reported", log);
        people(c.people, gold.path("people"), predicted.path("people"), log);
        figures(c.figures, gold.path("figures"), predicted.path("figures"), log);
        dates(c.dates, gold.path("dates"), predicted.path("dates"), log);
        return c;
    }

    private static void statements(Tally t, JsonNode gold, JsonNode pred, String field, double threshold, String what,
            Consumer<String> log) {
        List<Set<String>> g = new ArrayList<>();
        gold.forEach(n -> g.add(words(n.path(field).asText(""))));
        List<Set<String>> p = new ArrayList<>();
        pred.forEach(n -> p.add(words(n.path(field).asText(""))));
        int[] match = greedy(g.size(), p.size(), (i, j) -> {
            double s = jaccard(g.get(i), p.get(j));
            return s >= threshold ? s : -1;
        });
        t.gold += g.size();
        t.predicted += p.size();
        boolean[] used = new boolean[p.size()];
        for (int i = 0; i < g.size(); i++) {
            JsonNode gi = gold.get(i);
            if (match[i] < 0) {
                log.accept("missed " + what + ": [" + speakerText(gi) + "] " + gi.path(field).asText());
                continue;
            }
            used[match[i]] = true;
            t.matched++;
            t.secondTotal++;
            JsonNode pj = pred.get(match[i]);
            if (sameSpeaker(gi, pj.path("speaker"))) {
                t.secondRight++;
            } else {
                log.accept("speaker " + what + ": want [" + speakerText(gi) + "] got [" + pj.path("speaker").asText(null)
                        + " <" + pj.path("raw").asText() + ">] " + abbreviate(gi.path(field).asText()));
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (!used[j]) {
                log.accept("extra " + what + ": [" + pred.get(j).path("speaker").asText(null) + "] "
                        + pred.get(j).path(field).asText());
            }
        }
    }

    private static void people(Tally t, JsonNode gold, JsonNode pred, Consumer<String> log) {
        int[] match = greedy(gold.size(), pred.size(), (i, j) -> {
            String a = norm(gold.get(i).path("name").asText());
            String b = norm(pred.get(j).path("name").asText());
            if (a.equals(b)) {
                return 2;
            }
            return lastToken(a).equals(lastToken(b)) && !lastToken(a).isEmpty() ? 1 : -1;
        });
        t.gold += gold.size();
        t.predicted += pred.size();
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            JsonNode gi = gold.get(i);
            if (match[i] < 0) {
                log.accept("missed person: " + gi.path("name").asText() + " " + gi.path("roles"));
                // roles of a person not found are not recalled
                t.secondTotal += gi.path("roles").size();
                continue;
            }
            used[match[i]] = true;
            t.matched++;
            JsonNode pj = pred.get(match[i]);
            for (JsonNode role : gi.path("roles")) {
                t.secondTotal++;
                Set<String> want = roleWords(role.asText());
                boolean found = false;
                for (JsonNode pr : pj.path("roles")) {
                    Set<String> got = roleWords(pr.asText());
                    found |= jaccard(want, got) >= 0.5 || (!got.isEmpty() && (want.containsAll(got) || got.containsAll(want)));
                }
                if (found) {
                    t.secondRight++;
                } else {
                    log.accept("missed role: " + gi.path("name").asText() + " — " + role.asText() + " (got "
                            + pj.path("roles") + ")");
                }
            }
        }
        for (int j = 0; j < pred.size(); j++) {
            if (!used[j]) {
                log.accept("extra person: " + pred.get(j).path("name").asText());
            }
        }
    }

    private static void figures(Tally t, JsonNode gold, JsonNode pred, Consumer<String> log) {
        int[] match = greedy(gold.size(), pred.size(), (i, j) -> figureSimilarity(gold.get(i),
                pred.get(j).path("unit").asText(), pred.get(j).path("value").asDouble()));
        t.gold += gold.size();
        t.predicted += pred.size();
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            if (match[i] < 0) {
                JsonNode g = gold.get(i);
                log.accept("missed figure: " + g.path("value").asText() + " " + g.path("unit").asText() + " ("
                        + g.path("what").asText() + ")");
            } else {
                used[match[i]] = true;
                t.matched++;
            }
        }
        for (int j = 0; j < pred.size(); j++) {
            if (!used[j]) {
                JsonNode p = pred.get(j);
                log.accept("extra figure: " + p.path("value").asText() + " " + p.path("unit").asText() + " ("
                        + p.path("text").asText() + ")");
            }
        }
    }

    private static void dates(Tally t, JsonNode gold, JsonNode pred, Consumer<String> log) {
        int[] match = greedy(gold.size(), pred.size(), (i, j) -> {
            String a = norm(gold.get(i).path("text").asText());
            String b = norm(pred.get(j).path("text").asText());
            if (a.equals(b)) {
                return 2;
            }
            return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a)) ? 1 : -1;
        });
        t.gold += gold.size();
        t.predicted += pred.size();
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            if (match[i] < 0) {
                log.accept("missed date: " + g.path("text").asText() + " = " + g.path("value").asText());
                continue;
            }
            t.matched++;
            t.secondTotal++;
            String want = g.path("value").asText();
            String got = pred.get(match[i]).path("value").asText("");
            if (got.equals(want) || got.startsWith(want)) {
                t.secondRight++;
            } else {
                log.accept("wrong date: " + g.path("text").asText() + " want " + want + " got " + got);
            }
        }
    }

    /** The unit family of section 11: ISO 4217 currency code, percent, percentage points, each duration and physical unit, ordinal, times, else count. */
    static String unitFamily(String unit) {
        String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
        if (unit != null && CURRENCY_CODES.contains(unit.trim())) {
            return unit.trim();
        }
        if (u.equals("percent") || u.equals("%") || u.equals("per cent")) {
            return "percent";
        }
        if (u.startsWith("percentage point") || u.equals("percentage_points") || u.equals("points_pct")) {
            return "percentage_points";
        }
        if (u.equals("ordinal") || u.equals("times")) {
            return u;
        }
        String plural = u.endsWith("s") ? u : u + "s";
        if (DURATIONS.contains(plural)) {
            return plural;
        }
        return switch (u) {
            case "t", "tonnes", "tons", "metric tons", "metric_tons", "tonne", "ton" -> "t";
            case "kg", "kilograms", "kilogram" -> "kg";
            case "g", "grams", "gram" -> "g";
            // currencies are ISO codes in the spec, so a unit written "pounds" is a weight
            case "lb", "lbs", "pounds_weight", "pounds", "pound" -> "lb";
            case "m", "metres", "meters", "meter", "metre" -> "m";
            case "km", "kilometres", "kilometers" -> "km";
            case "miles", "mile", "mi" -> "miles";
            case "yards", "yard", "yd" -> "yards";
            case "feet", "foot", "ft" -> "feet";
            case "square_miles", "square miles" -> "square_miles";
            case "decimals", "decimal" -> "decimals";
            case "acres", "acre" -> "acres";
            case "magnitude" -> "magnitude";
            default -> "count";
        };
    }

    /**
     * How close a predicted figure ({@code unit}, {@code value}) is to a labelled one: {@code -1} unless the units are
     * of one family and the values within 0.5%, else higher the closer.
     */
    static double figureSimilarity(JsonNode gold, String unit, double value) {
        if (!unitFamily(gold.path("unit").asText()).equals(unitFamily(unit))) {
            return -1;
        }
        double e = gold.path("value").asDouble();
        double diff = Math.abs(value - e);
        return diff <= 0.005 * Math.abs(e) + 1e-9 ? 1 - diff / (Math.abs(e) + 1) : -1;
    }

    /** How alike a labelled item {@code gold} and a predicted item {@code predicted} are; negative when never paired. */
    interface Similarity {
        double of(int gold, int predicted);
    }

    /** For each predicted item, the labelled item {@link #greedy} paired it with, or {@code -1}. */
    static int[] partners(int[] match, int preds) {
        int[] partner = new int[preds];
        Arrays.fill(partner, -1);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                partner[match[i]] = i;
            }
        }
        return partner;
    }

    /** One-to-one matching, best pairs first; {@code -1} where a gold item has no partner. */
    static int[] greedy(int golds, int preds, Similarity sim) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < golds; i++) {
            for (int j = 0; j < preds; j++) {
                double s = sim.of(i, j);
                if (s >= 0) {
                    pairs.add(new double[] {s, i, j});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        int[] match = new int[golds];
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[preds];
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (match[i] < 0 && !taken[j]) {
                match[i] = j;
                taken[j] = true;
            }
        }
        return match;
    }

    /** Whether a predicted speaker is right for a labelled item: speaker, each of speakers, or an alternative. */
    static boolean sameSpeaker(JsonNode gold, JsonNode predicted) {
        String got = predicted == null || predicted.isNull() || predicted.isMissingNode() ? null : predicted.asText();
        boolean person = "person".equals(gold.path("speaker_kind").asText());
        List<String> accepted = new ArrayList<>();
        accepted.add(gold.path("speaker").isNull() || gold.path("speaker").isMissingNode() ? null
                : gold.path("speaker").asText());
        gold.path("speakers").forEach(n -> accepted.add(n.asText()));
        JsonNode alt = gold.path("speaker_alt");
        if (alt.isTextual()) {
            accepted.add(alt.asText()); // the spec's single alternative, as a string
        }
        alt.forEach(n -> accepted.add(n.isNull() ? null : n.asText()));
        for (String want : accepted) {
            if (want == null || got == null) {
                if (want == null && got == null) {
                    return true;
                }
                continue;
            }
            String a = norm(want);
            String b = norm(got);
            if (a.equals(b)) {
                return true;
            }
            int open = want.lastIndexOf('(');
            if (open > 0 && want.endsWith(")") && norm(want.substring(open + 1, want.length() - 1)).equals(b)) {
                return true;
            }
            if (person && !lastToken(a).isEmpty() && lastToken(a).equals(lastToken(b))) {
                return true;
            }
        }
        return false;
    }

    private static String speakerText(JsonNode gold) {
        String s = gold.path("speaker").isNull() ? "null" : gold.path("speaker").asText();
        return gold.has("speaker_alt") ? s + " / " + gold.path("speaker_alt") : s;
    }

    /** Lower case, without a leading "the", possessive 's, dots and surplus spaces. */
    static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replace(".", "")
                .replaceAll("\\s+", " ").trim();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static String lastToken(String normalized) {
        List<String> tokens = new ArrayList<>(Arrays.asList(normalized.split("[\\s,]+")));
        tokens.removeIf(t -> t.isEmpty() || HONORIFICS.contains(t));
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> roleWords(String role) {
        Set<String> out = new HashSet<>();
        for (String w : words(role.replace(".", ""))) {
            String full = ABBREVIATIONS.get(w);
            if (full == null) {
                out.add(w);
            } else {
                out.addAll(Arrays.asList(full.split(" ")));
            }
        }
        out.removeAll(Set.of("the", "a", "an", "of", "for", "and", "at", "in", "to"));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }
}
