package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.article.SpamFamily;
import org.broadsheet.article.SpamFinding;
import org.broadsheet.block.Block;
import org.broadsheet.block.Visibility;
import org.broadsheet.classify.Decision;
import org.broadsheet.spam.ScriptMismatch.Writing;
import org.jsoup.nodes.Element;

/**
 * Finds text that a third party planted in an otherwise legitimate page: keyword link farms, Japanese keyword
 * hacks, pharmacy and casino links, gambling spam, hidden link blocks, keyword-stuffed gibberish. It decides by
 * form, with word lists only as support: many short phrases and no sentences, a writing system the article does
 * not use, a place after the footer, links to many foreign sites, styles that hide the text, tricks that dodge
 * filters. Language switchers, bilingual text, genuine foreign-language prose and prose about spam are protected
 * by guards. Every finding carries its span, family, score and reasons.
 *
 * <p>Runs over every block of a page, kept or removed, hidden or not; consecutive blocks of one list or one hidden
 * container are judged together. Work per page is bounded. Thread-safe: configure once, share.
 */
public final class InjectedSpam {

    /** Points at which a block is spam. */
    public static final double THRESHOLD = 5.0;

    private static final int MAX_UNIT_BLOCKS = 300;
    private static final int MAX_UNIT_CHARS = 30_000;
    private static final int MAX_BLOCKS = 20_000;

    private final Lexicon lexicon = Lexicon.bundled();
    private final LanguageSwitcher switchers = LanguageSwitcher.bundled();
    private final List<String> footerMarkers;

    /** A detector with the bundled word lists. */
    public InjectedSpam() {
        List<String> markers = new ArrayList<>();
        for (String[] row : Lexicon.rows("footer_markers.tsv")) {
            if (!row[0].isBlank()) {
                markers.add(row[0].strip());
            }
        }
        footerMarkers = List.copyOf(markers);
    }

    /**
     * What the detector made of a page.
     *
     * @param decisions the page's decisions, with every flagged block turned into a removed
     *        {@link Boilerplate#INJECTED_SPAM} block
     * @param findings what was flagged, in page order
     */
    public record Result(List<Decision> decisions, List<SpamFinding> findings) {

        /** Copies the lists, so that the value cannot change. */
        public Result {
            decisions = List.copyOf(decisions);
            findings = List.copyOf(findings);
        }

        /** True when the page looks compromised: something was flagged. */
        public boolean compromised() {
            return !findings.isEmpty();
        }
    }

    /**
     * Inspects a page.
     *
     * @param parsed the page: its blocks' markup, its visibility judge and head fields
     * @param decisions one per block of {@code parsed}, in reading order, as the classifier left them
     * @param title the page's title, or null
     * @param description the page's own summary, or null
     */
    public Result inspect(org.broadsheet.block.Page parsed, List<Decision> decisions, String title,
            String description) {
        int n = Math.min(decisions.size(), MAX_BLOCKS);
        Page page = new Page(parsed, decisions.subList(0, n));
        List<SpamFinding> findings = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String[] field : headFields(page, title, description)) {
            if (field[1] != null && seen.add(field[1])) {
                findings.addAll(headField(field[0], field[1], page));
            }
        }

        Map<Integer, SpamFinding> byBlock = new java.util.TreeMap<>();
        for (int[] unit : units(page)) {
            Verdict v = judge(page, unit[0], unit[1]);
            if (v.score() >= THRESHOLD && v.content()) {
                int lo = unit[0];
                int hi = unit[1];
                if (hi > lo) {
                    // a list flagged as a whole keeps its edges when they look like site furniture
                    while (lo < hi && !spamLike(page, page.block(lo).text())) {
                        lo++;
                    }
                    while (hi > lo && !spamLike(page, page.block(hi).text())) {
                        hi--;
                    }
                    if (lo == hi && !spamLike(page, page.block(lo).text())) {
                        lo = unit[0];
                        hi = unit[1];
                    }
                }
                for (int i = lo; i <= hi; i++) {
                    byBlock.put(i, finding(page, i, v, unit[0] == unit[1]));
                }
            }
        }
        extend(page, byBlock);
        findings.addAll(byBlock.values());

        List<Decision> out = new ArrayList<>(decisions);
        for (SpamFinding f : byBlock.values()) {
            Decision d = decisions.get(f.blockIndex());
            out.set(f.blockIndex(), Decision.removed(d.block(), Boilerplate.INJECTED_SPAM,
                    "injected " + JsonName.of(f.family()) + " (score " + String.format(Locale.ROOT, "%.1f", f.score())
                            + "): " + String.join("; ", f.reasons())));
        }
        return new Result(out, findings);
    }

    /** Facts about the page that every block is judged against. */
    private final class Page {
        final List<Decision> decisions;
        final Set<Writing> nativeWritings;
        final Visibility markup;
        final List<org.broadsheet.block.Page.HeadField> headFields;
        final String address;
        final int firstBody;
        final int lastBody;
        final int footer;
        final boolean html;

        Page(org.broadsheet.block.Page parsed, List<Decision> decisions) {
            this.decisions = decisions;
            List<String> body = new ArrayList<>();
            int first = -1;
            int last = -1;
            for (int i = 0; i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                if (d.isBody()) {
                    body.add(d.block().text());
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (body.size() < 3) {
                body.clear();
                decisions.forEach(d -> body.add(d.block().text()));
            }
            this.nativeWritings = ScriptMismatch.nativeWritings(body);
            this.firstBody = first;
            this.lastBody = last;
            this.html = parsed.isHtml();
            this.headFields = parsed.headFields();
            this.address = parsed.location();
            this.markup = parsed.visibility();
            int foot = decisions.size();
            for (int i = Math.max(0, last + 1); i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                if (d.kind() == Boilerplate.FOOTER || footerMarker(d.block().text()) >= 0) {
                    foot = i;
                    break;
                }
            }
            this.footer = foot;
        }

        Block block(int i) {
            return decisions.get(i).block();
        }
    }

    /** Offset of the first footer marker in {@code text}, or -1. */
    private int footerMarker(String text) {
        int best = -1;
        for (String m : footerMarkers) {
            int at = text.indexOf(m);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** Runs of consecutive blocks that belong together: one list, one hidden container, else one block. */
    private List<int[]> units(Page page) {
        List<int[]> units = new ArrayList<>();
        Object previous = null;
        int start = 0;
        for (int i = 0; i < page.decisions.size(); i++) {
            Object key = unitKey(page, i);
            boolean join = i > 0 && key != null && key == previous && i - start < MAX_UNIT_BLOCKS;
            if (!join && i > 0) {
                units.add(new int[] {start, i - 1});
                start = i;
            }
            previous = key;
        }
        if (!page.decisions.isEmpty()) {
            units.add(new int[] {start, page.decisions.size() - 1});
        }
        return units;
    }

    private static final Object TEXT_LIST = new Object();
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?](?:\\s|$)|[。！？]");

    private Object unitKey(Page page, int i) {
        Block b = page.block(i);
        Element el = b.element();
        if (el == null) {
            // flattened text: a run of short lines without sentences is one list (a flattened <ul>)
            String t = b.text();
            boolean shortLine = t.length() <= (b.type() == BlockType.LIST_ITEM ? 200 : 100);
            return shortLine && !SENTENCE_END.matcher(t).find() && footerMarker(t) < 0 ? TEXT_LIST : null;
        }
        Element hider = page.markup.hidingElement(el);
        if (hider != null) {
            return hider;
        }
        String tag = el.normalName();
        if ((tag.equals("li") || tag.equals("dd") || tag.equals("dt")) && el.parent() != null) {
            return el.parent();
        }
        return null;
    }

    /** The evidence about one run of blocks. */
    private record Verdict(double score, boolean content, SpamFamily family, List<String> reasons) {
    }

    private Verdict judge(Page page, int from, int to) {
        StringBuilder sb = new StringBuilder();
        boolean body = false;
        for (int i = from; i <= to && sb.length() < MAX_UNIT_CHARS; i++) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(page.block(i).text());
            body |= page.decisions.get(i).isBody();
        }
        String text = sb.length() > MAX_UNIT_CHARS ? sb.substring(0, MAX_UNIT_CHARS) : sb.toString();
        Evidence e = new Evidence();
        MatchText folded = MatchText.of(text);
        ScriptMismatch.Profile profile = ScriptMismatch.profile(text);
        List<Lexicon.Hit> hits = lexicon.find(folded.folded());

        // words
        Map<Lexicon.Strength, java.util.Set<String>> distinct = new EnumMap<>(Lexicon.Strength.class);
        Map<SpamFamily, Double> votes = new EnumMap<>(SpamFamily.class);
        int quoted = 0;
        for (Lexicon.Hit h : hits) {
            if (h.quoted()) {
                quoted++;
                continue;
            }
            distinct.computeIfAbsent(h.term().strength(), k -> new java.util.HashSet<>()).add(h.term().folded());
            votes.merge(h.term().family(), switch (h.term().strength()) {
                case STRONG -> 3.0;
                case MEDIUM -> 2.0;
                case WEAK -> 0.5;
            }, Double::sum);
        }
        int strong = distinct.getOrDefault(Lexicon.Strength.STRONG, Set.of()).size();
        int medium = distinct.getOrDefault(Lexicon.Strength.MEDIUM, Set.of()).size();
        int weak = distinct.getOrDefault(Lexicon.Strength.WEAK, Set.of()).size();
        if (strong == 0 && medium < 3 && !foreignWriting(page, profile) && lostToQuestionMarks(text) < 20
                && KeywordFarm.obfuscations(text) < 3 && KeywordFarm.brandDigits(folded.folded()) < 3) {
            // nothing here could make a verdict stick (see Evidence.content): most blocks end here, unmeasured
            return NOT_SPAM;
        }
        KeywordFarm.Shape shape = KeywordFarm.measure(text, folded);
        if (strong >= 3) {
            e.add(4, true, strong + " distinct strong spam terms");
        } else if (strong == 2) {
            e.add(2.5, true, "2 distinct strong spam terms");
        } else if (strong == 1) {
            e.add(1.5, true, "1 strong spam term");
        }
        if (medium >= 3) {
            e.add(1.5, true, medium + " distinct medium spam terms");
        } else if (medium > 0) {
            e.add(0.5 * medium, false, medium + " medium spam terms");
        }
        if (weak >= 4 && shape.isList()) {
            e.add(1, false, weak + " weak spam terms in a list");
        }
        int termHits = (int) hits.stream().filter(h -> !h.quoted() && h.term().strength() != Lexicon.Strength.WEAK).count();
        boolean dense = termHits >= 4 && strong + medium >= 4
                && termHits * 100.0 / Math.max(1, shape.letters()) >= 1.5;
        if (dense) {
            e.add(2, true, termHits + " spam terms in " + shape.letters() + " letters");
        }

        // form
        if (shape.isList()) {
            e.add(2, false, shape.segments() + " short phrases joined by separators");
        }
        if (shape.noSentences()) {
            e.add(1, false, "no sentences in " + shape.letters() + " letters");
        }
        boolean cjk = profile.han() + profile.kana() > profile.total() / 2;
        boolean lowFunction = shape.letters() >= 40 && (cjk
                ? (profile.kana() * 10 >= profile.han() ? shape.hiraganaShare() < 0.2 : shape.functionWordRate() < 0.01)
                : shape.latinWords() >= 8 && shape.functionWordRate() < 0.08);
        if (lowFunction) {
            e.add(1, false, "hardly any function words");
        }
        if (shape.spacedHan() >= 3) {
            e.add(0.5, false, "Chinese words spaced apart");
        }
        if (shape.repetition() >= 0.35) {
            e.add(1, false, String.format(Locale.ROOT, "repeats itself (%.0f%%)", 100 * shape.repetition()));
        }
        if (shape.brandDigits() >= 3) {
            e.add(1.5, true, shape.brandDigits() + " brand names with digits");
        } else if (shape.brandDigits() >= 1 && shape.isList()) {
            e.add(0.5, false, "brand name with digits");
        }
        if (shape.obfuscations() >= 3) {
            e.add(2, true, "filter-dodging characters (mathematical or full-width letters, joiners inside words, "
                    + "spaced letters)");
        }
        if (shape.emoji() >= 3 && (shape.isList() || shape.noSentences())) {
            e.add(0.5, false, shape.emoji() + " emoji");
        }

        // writing system
        Writing writing = profile.dominant(0.6);
        boolean mismatch = foreignWriting(page, profile);
        if (mismatch) {
            e.add(2.5, true, writing.name().toLowerCase(Locale.ROOT) + " text in a page written in "
                    + page.nativeWritings.stream().map(w -> w.name().toLowerCase(Locale.ROOT))
                            .collect(java.util.stream.Collectors.joining(" and ")));
        }
        int lost = lostToQuestionMarks(text);
        if (lost >= 20 && lost >= 2 * shape.letters()) {
            mismatch = true;
            e.add(2.5, true, lost + " characters lost to '?' (text in another writing system, damaged)");
        }

        // place
        if (from >= page.footer && page.footer < page.decisions.size()) {
            e.add(1.5, false, "after the page footer");
        } else if (page.firstBody >= 0 && to < page.firstBody && from <= 1) {
            e.add(1, false, "at the very top of the page");
        } else if (page.lastBody >= 0 && from > page.lastBody && to >= page.decisions.size() - 2) {
            e.add(1, false, "at the very end of the page");
        }

        // markup
        String hiding = null;
        HiddenLinks.Links links = null;
        Element root = null;
        if (page.html) {
            Element el = page.block(from).element();
            Element hider = page.markup.hidingElement(el);
            hiding = page.markup.hiding(el);
            root = hider != null ? hider : from == to ? el : el.parent();
            links = root == null ? null : HiddenLinks.links(root, page.address);
            if (root != null && (root.normalName().equals("body") || root.normalName().equals("html"))) {
                links = null;
            }
        }
        boolean farm = links != null && links.farm();
        if (farm) {
            e.add(2, false, links.anchors() + " links to " + links.externalHosts() + " other sites");
        }
        if (hiding != null) {
            boolean words = strong >= 1 || medium >= 2;
            if (farm || words || mismatch || shape.obfuscations() >= 3) {
                e.add(2.5, false, "hidden from readers: " + hiding);
            } else {
                e.reasons.add("hidden from readers: " + hiding);
            }
        }

        // guards
        boolean prose = !shape.isList() && shape.sentenceEnds() >= 1 && (cjk
                ? (profile.kana() * 10 >= profile.han() ? shape.hiraganaShare() >= 0.3 : shape.functionWordRate() >= 0.03)
                : shape.latinWords() >= 6 && shape.functionWordRate() >= 0.18);
        if (prose && !dense) {
            e.add(-3, false, "reads as prose");
        }
        boolean switcher = switchers.matches(text) || links != null && links.hreflang();
        if (switcher) {
            e.add(-6, false, "a language or edition switcher");
        }
        List<String> segments = KeywordFarm.segments(text);
        long furniture = segments.stream().filter(s -> footerMarker(s) >= 0).count();
        if (segments.size() >= 3 && furniture * 5 >= segments.size() * 2 && strong == 0) {
            e.add(-3, false, "site links (about, contact, copyright)");
        }
        if (body && hiding == null) {
            e.add(-1, false, "inside the article body");
        }
        if (links != null && links.social()) {
            e.add(-2, false, "share links");
        }
        if (prose && !(dense || strong >= 3 && (mismatch || hiding != null))) {
            e.content = false; // prose is only removed when it is stuffed with spam terms
        }

        SpamFamily family;
        if (hiding != null && links != null && links.anchors() >= 1 && links.anchors() <= 10) {
            family = SpamFamily.HIDDEN_LINKS;
        } else if (prose || shape.sentenceEnds() >= 2 && !cjk && dense) {
            family = SpamFamily.KEYWORD_GIBBERISH;
        } else {
            family = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(SpamFamily.KEYWORD_LIST);
        }
        return new Verdict(e.score, e.content, family, List.copyOf(e.reasons));
    }

    private static final Verdict NOT_SPAM = new Verdict(0, false, SpamFamily.KEYWORD_LIST, List.of());

    /** How many characters of {@code text} are in runs of two or more '?' (letters a charset could not hold). */
    private static int lostToQuestionMarks(String text) {
        int lost = 0;
        for (int q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q)) {
            int end = q;
            while (end < text.length() && text.charAt(end) == '?') {
                end++;
            }
            if (end - q >= 2) {
                lost += end - q;
            }
            q = end;
        }
        return lost;
    }

    /** Whether {@code profile} is mostly in a writing system the page's body does not use. */
    private static boolean foreignWriting(Page page, ScriptMismatch.Profile profile) {
        Writing writing = profile.dominant(0.6);
        int foreignLetters = writing == null ? 0 : profile.count(writing);
        return writing != null && !page.nativeWritings.contains(writing)
                && foreignLetters >= (writing == Writing.CHINESE || writing == Writing.JAPANESE ? 10 : 20);
    }

    /** Points and reasons, added up. */
    private static final class Evidence {
        double score;
        boolean content;
        final List<String> reasons = new ArrayList<>();

        void add(double points, boolean isContent, String reason) {
            score += points;
            content |= isContent;
            reasons.add(reason);
        }
    }

    /**
     * The finding for block {@code i} of a flagged unit. A single block that starts with the site's footer
     * ("© 2024 Foo News | 亚洲…") is flagged from the first phrase that looks like spam.
     */
    private SpamFinding finding(Page page, int i, Verdict v, boolean single) {
        String text = page.block(i).text();
        int start = 0;
        if (single) {
            int marker = footerMarker(text);
            if (marker >= 0) {
                int spam = firstSpamPhrase(page, text, marker);
                if (spam > marker) {
                    start = spam;
                }
            }
        }
        return new SpamFinding("block", i, start, text.length(), text.substring(start), v.family(), v.score(),
                v.reasons());
    }

    private static final Pattern PHRASE_START = Pattern.compile("(?:^|[|｜丨¦│·•●/、，,;；]|\\s[-–—]\\s|\\s{2,})\\s*");

    /** Offset of the first phrase after {@code after} that looks like spam, or -1. */
    private int firstSpamPhrase(Page page, String text, int after) {
        Matcher m = PHRASE_START.matcher(text);
        int from = after;
        while (m.find(from)) {
            int start = m.end();
            if (start >= text.length()) {
                return -1;
            }
            Matcher next = PHRASE_START.matcher(text);
            int end = next.find(Math.min(text.length(), start + 1)) ? next.start() : text.length();
            if (end <= start) {
                end = text.length();
            }
            String phrase = text.substring(start, end);
            if (spamLike(page, phrase)) {
                // include the separator before the phrase
                return m.start() > after ? m.start() : start;
            }
            from = Math.max(end, start + 1);
            if (from >= text.length()) {
                return -1;
            }
        }
        return -1;
    }

    /** True when a short piece of text has a spam term, a brand with digits or a foreign writing system. */
    private boolean spamLike(Page page, String phrase) {
        MatchText f = MatchText.of(phrase);
        for (Lexicon.Hit h : lexicon.find(f.folded())) {
            if (!h.quoted() && h.term().strength() != Lexicon.Strength.WEAK) {
                return true;
            }
        }
        ScriptMismatch.Profile p = ScriptMismatch.profile(phrase);
        Writing w = p.dominant(0.6);
        return w != null && !page.nativeWritings.contains(w) && p.count(w) >= 2 && !switchers.matches(phrase);
    }

    /**
     * Blocks right next to a flagged run that look like spam themselves (the first item of a list that a flattener
     * did not mark as one) join it.
     */
    private void extend(Page page, Map<Integer, SpamFinding> byBlock) {
        for (SpamFinding f : List.copyOf(byBlock.values())) {
            for (int dir = -1; dir <= 1; dir += 2) {
                for (int i = f.blockIndex() + dir, steps = 0; i >= 0 && i < page.decisions.size() && steps < 3;
                        i += dir, steps++) {
                    if (byBlock.containsKey(i)) {
                        continue;
                    }
                    String text = page.block(i).text();
                    if (text.length() > 300 || switchers.matches(text) || footerMarker(text) >= 0
                            || !spamLike(page, text)) {
                        break;
                    }
                    List<String> reasons = new ArrayList<>(List.of("next to a flagged block and looks like it"));
                    reasons.addAll(f.reasons());
                    byBlock.put(i, new SpamFinding("block", i, 0, text.length(), text, f.family(), f.score(), reasons));
                }
            }
        }
    }

    /**
     * The page's own title and summary, and for HTML pages also what the markup says beside them: the
     * {@code <title>}, {@code <meta name=description|keywords>} and {@code <noscript>} text (which a keyword hack
     * rewrites or fills, and the metadata reader may have passed over for {@code og:title}).
     */
    private static List<String[]> headFields(Page page, String title, String description) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"title", title});
        fields.add(new String[] {"description", description});
        for (org.broadsheet.block.Page.HeadField f : page.headFields) {
            fields.add(new String[] {f.name(), f.text()});
        }
        return fields;
    }

    private static final Pattern TITLE_PART = Pattern.compile("\\s+[|｜–—－➤-]\\s+|\\s*[|｜]\\s*");

    /** Findings on the page's title or description, which a keyword hack rewrites. */
    private List<SpamFinding> headField(String location, String value, Page page) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String text = value.length() > 2000 ? value.substring(0, 2000) : value;
        MatchText folded = MatchText.of(text);
        int strong = 0;
        int medium = 0;
        Map<SpamFamily, Integer> votes = new EnumMap<>(SpamFamily.class);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Lexicon.Hit h : lexicon.find(folded.folded())) {
            if (h.quoted() || !seen.add(h.term().folded())) {
                continue;
            }
            if (h.term().strength() == Lexicon.Strength.STRONG) {
                strong++;
            } else if (h.term().strength() == Lexicon.Strength.MEDIUM) {
                medium++;
            }
            votes.merge(h.term().family(), 1, Integer::sum);
        }
        ScriptMismatch.Profile profile = ScriptMismatch.profile(text);
        Writing w = profile.dominant(0.6);
        boolean mismatch = w != null && !page.nativeWritings.contains(w) && profile.count(w) >= 6;
        if (strong + medium == 0 && !mismatch) {
            return List.of(); // whatever its shape, a field without spam words in the page's own writing stays
        }
        KeywordFarm.Shape shape = KeywordFarm.measure(text, folded);
        List<String> reasons = new ArrayList<>();
        double score = 0;
        if (strong + medium >= 1) {
            score += strong * 2 + medium;
            reasons.add((strong + medium) + " spam terms in the page's " + location);
        }
        if (mismatch) {
            score += 2;
            reasons.add(w.name().toLowerCase(Locale.ROOT) + " " + location + " on a page whose body is not");
        }
        if (shape.brandDigits() >= 1) {
            score += 1.5;
            reasons.add("brand names with digits");
        }
        if (shape.obfuscations() >= 3) {
            score += 2;
            reasons.add("filter-dodging characters");
        }
        if (shape.isList() || shape.noSentences()) {
            score += 1;
            reasons.add("a keyword list rather than a title");
        }
        if (location.equals("noscript")) {
            score += 1;
            reasons.add("inside <noscript>, which browsers do not show");
        }
        if (score < THRESHOLD || strong + medium == 0 && !mismatch) {
            return List.of();
        }
        SpamFamily family = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(SpamFamily.KEYWORD_LIST);
        // a keyword hack often puts its phrases before the real title: flag only the spam-like parts
        int start = -1;
        int end = -1;
        Matcher m = TITLE_PART.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            boolean found = m.find();
            int partEnd = found ? m.start() : text.length();
            String part = text.substring(from, partEnd);
            if (!part.isBlank() && spamLike(page, part)) {
                start = start < 0 ? from : start;
                end = partEnd;
            }
            if (!found) {
                break;
            }
            from = m.end();
        }
        if (start < 0) {
            start = 0;
            end = text.length();
        }
        return List.of(new SpamFinding(location, -1, start, end, text.substring(start, end), family, score, reasons));
    }

    /** Lower-case, hyphenated enum names, as the JSON form writes them. */
    private static final class JsonName {
        static String of(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
