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
import org.broadsheet.article.SpamJudgement;
import org.broadsheet.block.Block;
import org.broadsheet.classify.Decision;
import org.broadsheet.spam.ScriptMismatch.Writing;
import org.broadsheet.block.Page;
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

    /** The score at which a text is spam: a finding's score is this plus the model's log-odds above its threshold. */
    public static final double THRESHOLD = 5.0;
    /** Distinct strong word-list terms that mark a known spam family whatever the model says. */
    private static final int KNOWN_FAMILY_TERMS = 3;
    /** How many pieces of evidence a finding names. */
    private static final int MAX_REASONS = 5;

    private static final int MAX_UNIT_BLOCKS = 300;
    private static final int MAX_UNIT_CHARS = 30_000;
    private static final int MAX_BLOCKS = 20_000;

    private final Lexicon lexicon = Lexicon.bundled();
    private final LanguageSwitcher switchers = LanguageSwitcher.bundled();
    private final List<String> footerMarkers;
    private final SpamModel model = SpamModel.bundled();
    private final UncluedJudge uncluedJudge = UncluedJudge.bundled();

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
     * @param judgements every suspect weighed, flagged or not
     */
    public record Result(List<Decision> decisions, List<SpamFinding> findings, List<SpamJudgement> judgements) {

        /** Copies the lists, so that the value cannot change. */
        public Result {
            decisions = List.copyOf(decisions);
            findings = List.copyOf(findings);
            judgements = List.copyOf(judgements);
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
    public Result inspect(Page parsed, List<Decision> decisions, String title, String description) {
        int n = Math.min(decisions.size(), MAX_BLOCKS);
        SpamPage page = new SpamPage(parsed, decisions.subList(0, n), this::footerMarker);
        List<SpamFinding> findings = new ArrayList<>();
        List<SpamJudgement> judgements = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Field field : fields(page, title, description)) {
            if (field.text() != null && !field.text().isBlank() && seen.add(field.text())) {
                findings.addAll(field(field, page, judgements));
            }
        }

        Map<Integer, SpamFinding> byBlock = new java.util.TreeMap<>();
        List<int[]> units = units(page);
        for (int[] unit : units) {
            Verdict v = judge(page, unit[0], unit[1]);
            boolean flagged = v.spam();
            if (v.evidence() != null) {
                judgements.add(new SpamJudgement("block", unit[0], unit[1], v.text(), v.probability(), flagged,
                        v.evidence()));
            }
            if (!flagged && unit[1] > unit[0]) {
                items(page, unit, judgements, byBlock);
                if (!page.html) {
                    phraseRuns(page, unit, judgements, byBlock);
                }
            }
            if (!flagged && page.html) {
                for (int i = unit[0]; i <= unit[1]; i++) {
                    if (!byBlock.containsKey(i)) {
                        hiddenPart(page, i, judgements, byBlock);
                    }
                }
            }
            // a single block may be a line of the page's own with planted text appended: judge that part alone,
            // and when it is flagged, flag only it
            boolean tailFlagged = unit[0] == unit[1] && (byBlock.containsKey(unit[0])
                    || tail(page, unit[0], flagged, judgements, byBlock));
            if (flagged && !tailFlagged) {
                int lo = unit[0];
                int hi = unit[1];
                boolean hidden = page.html && page.blockHider(lo) != null;
                if (hi > lo && !hidden) { // a hidden container was planted whole: flag all of it
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
        if (!page.html) {
            runsAcrossUnits(page, units, judgements, byBlock);
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
        return new Result(out, findings, judgements);
    }

    /**
     * Judges alone the item of a list that was not flagged as a whole when it is the list's only item in a writing
     * system the page does not use (a line of planted phrases put into a site's menu): judged with the menu, its
     * script is a minority and says nothing. Several such items (headlines of another edition) are a list of
     * their own, judged as a whole.
     */
    private void items(SpamPage page, int[] unit, List<SpamJudgement> judgements, Map<Integer, SpamFinding> byBlock) {
        ScriptMismatch.Profile[] profiles = new ScriptMismatch.Profile[unit[1] - unit[0] + 1];
        boolean anyForeign = false;
        Map<Writing, Integer> itemsIn = new EnumMap<>(Writing.class);
        for (int i = unit[0]; i <= unit[1]; i++) {
            ScriptMismatch.Profile p = ScriptMismatch.profile(page.block(i).text());
            profiles[i - unit[0]] = p;
            anyForeign |= ScriptScore.foreignWriting(page, p);
            Writing w = p.dominant(0.6);
            if (w != null) {
                itemsIn.merge(w, 1, Integer::sum);
            }
        }
        if (!anyForeign) {
            return; // most lists: every item in the page's own writing
        }
        for (int i = unit[0]; i <= unit[1]; i++) {
            ScriptMismatch.Profile item = profiles[i - unit[0]];
            if (!ScriptScore.foreignWriting(page, item)) {
                continue;
            }
            if (itemsIn.get(item.dominant(0.6)) > 1) {
                continue; // not the list's only item in that writing: a list of them is judged as a whole
            }
            Verdict v = judge(page, i, i);
            if (v.evidence() != null) {
                judgements.add(new SpamJudgement("block", i, i, v.text(), v.probability(), v.spam(), v.evidence()));
            }
            if (v.spam()) {
                byBlock.put(i, finding(page, i, v, true));
            }
        }
    }

    /**
     * Judges alone a hidden part of a block that is shown (a span hidden inside a paragraph, a list item or a
     * footer line): planted text put inside a line of the page's own, whose visible words would otherwise vouch
     * for it. The part is weighed as hidden text of its own, and when it is flagged, only it is.
     */
    private boolean hiddenPart(SpamPage page, int i, List<SpamJudgement> judgements,
            Map<Integer, SpamFinding> byBlock) {
        Block b = page.block(i);
        Element el = b.element();
        String text = b.text();
        if (el == null || text.length() < 60 || text.length() > MAX_UNIT_CHARS || page.blockHider(i) != null) {
            return false;
        }
        Element part = page.firstHiddenPart(el);
        if (part == null) {
            return false;
        }
        int[] span = locate(text, part.text());
        if (span == null || letters(text, 0, span[0]) + letters(text, span[1], text.length()) == 0) {
            return false; // the whole block; one that is nearly all hidden is judged whole, as hidden (blockHider)
        }
        String hidden = text.substring(span[0], span[1]);
        HiddenLinks.Lazy links = new HiddenLinks.Lazy(part, page::site);
        int letters = letters(hidden, 0, hidden.length());
        if (letters < MIN_APPENDED_LETTERS && (letters < MIN_LINKED_PART_LETTERS || !offSiteLinks(links, hidden))) {
            return false; // a few hidden words (a label for screen readers), unless they link to another site
        }
        List<Clue> where = List.of(Clue.sign("place.hiddenPart", false, "a hidden part of a line that is shown"));
        SpamSuspect s = suspect("block", i, i, hidden, false, part, page.hiding(part), links);
        Verdict v = judge(s, page, where);
        if (v.evidence() != null) {
            judgements.add(new SpamJudgement("block", i, i, hidden, v.probability(), v.spam(), v.evidence()));
        }
        if (v.spam()) {
            byBlock.put(i, new SpamFinding("block", i, span[0], span[1], hidden, v.family(), v.score(),
                    v.reasons()));
        }
        return v.spam();
    }

    /** Fewest letters of a hidden part whose text is links to another site. */
    private static final int MIN_LINKED_PART_LETTERS = 10;

    /** Whether most of {@code text} is the text of links to another site than the page's own. */
    private static boolean offSiteLinks(HiddenLinks.Lazy reader, String text) {
        HiddenLinks.Links links = reader.get();
        return links != null && links.externalHosts() >= 1 && !links.social()
                && links.anchorChars() * 2 >= text.strip().length();
    }

    /**
     * Where {@code part} (an element's text) lies in {@code text} (its block's), whitespace aside: [start, end), or
     * null. Both are the page's text, but a block may space its inline elements apart differently.
     */
    private static int[] locate(String text, String part) {
        String p = part.strip();
        if (p.isEmpty()) {
            return null;
        }
        int exact = text.indexOf(p);
        if (exact >= 0) {
            return new int[] {exact, exact + p.length()};
        }
        int first = p.codePointAt(0);
        for (int from = text.indexOf(first); from >= 0; from = text.indexOf(first, from + 1)) {
            int a = from;
            int b = 0;
            while (a < text.length() && b < p.length()) {
                if (Character.isWhitespace(p.charAt(b))) {
                    b++;
                } else if (Character.isWhitespace(text.charAt(a))) {
                    a++;
                } else if (text.charAt(a) == p.charAt(b)) {
                    a++;
                    b++;
                } else {
                    break;
                }
            }
            if (b == p.length()) {
                return new int[] {from, a};
            }
        }
        return null;
    }

    /** Fewest lines in a run of phrases that is judged apart from the list it was flattened into. */
    private static final int MIN_RUN_LINES = 4;

    /** Signs that a run of lines is planted phrases, not another edition's headlines or a site's menu. */
    private static final List<String> RUN_FORMS = List.of("shape.queries", "shape.repeatedRuns", "words.strong",
            ShapeScore.PROSE_CUT, ShapeScore.ITEMS_SAID_AGAIN);

    /**
     * Judges alone, in a flattened page, a run of lines inside a longer list that each read as a search phrase (two
     * to seven words, none capitalized) or are in a writing system the page does not use: planted lines at the top
     * or end of a page, or beside a sidebar, that the flattener ran into one list with the site's menu, whose
     * capitalized names then outnumber them. Flagged only when the run has a form no menu or headline list has
     * (search phrases, phrases said again) or a spam term.
     */
    private void phraseRuns(SpamPage page, int[] unit, List<SpamJudgement> judgements,
            Map<Integer, SpamFinding> byBlock) {
        for (int i = unit[0]; i <= unit[1]; i++) {
            if (byBlock.containsKey(i) || !FlatLines.phraseLine(page, page.block(i).text())) {
                continue;
            }
            int last = i;
            while (last < unit[1] && !byBlock.containsKey(last + 1)
                    && FlatLines.continues(page, page.block(last).text(), page.block(last + 1).text())) {
                last++;
            }
            last = lastPhraseLine(page, i, last);
            if (last - i + 1 >= MIN_RUN_LINES && (i > unit[0] || last < unit[1])
                    && FlatLines.enoughLetters(page, i, last)) {
                phraseRun(page, i, last, judgements, byBlock);
            }
            i = last;
        }
    }

    /**
     * Judges alone, in a flattened page, a run of lines that each read as a search phrase or are in a writing system
     * the page does not use (see {@link #phraseRuns}) when the cutting into lists put its lines in different units:
     * a line that ends on a question mark ("Q: cheap loans today?") stops a list as a sentence does, so a list of
     * questions and answers is cut into lines each judged alone, too short to say what they are.
     */
    private void runsAcrossUnits(SpamPage page, List<int[]> units, List<SpamJudgement> judgements,
            Map<Integer, SpamFinding> byBlock) {
        int n = page.decisions.size();
        int[] unitOf = new int[n];
        for (int u = 0; u < units.size(); u++) {
            for (int i = units.get(u)[0]; i <= units.get(u)[1]; i++) {
                unitOf[i] = u;
            }
        }
        for (int i = 0; i < n; i++) {
            if (byBlock.containsKey(i) || !FlatLines.phraseLine(page, page.block(i).text())) {
                continue;
            }
            int last = i;
            while (last + 1 < n && !byBlock.containsKey(last + 1)
                    && FlatLines.continues(page, page.block(last).text(), page.block(last + 1).text())) {
                last++;
            }
            last = lastPhraseLine(page, i, last);
            if (unitOf[i] != unitOf[last] && last - i + 1 >= MIN_RUN_LINES && FlatLines.enoughLetters(page, i, last)) {
                phraseRun(page, i, last, judgements, byBlock);
            }
            i = last;
        }
    }

    /**
     * The last line of the run {@code from} to {@code to} that is a phrase line: lines that only wear the run's
     * decoration continue it between phrase lines, never end it.
     */
    private static int lastPhraseLine(SpamPage page, int from, int to) {
        int last = to;
        while (last > from && !FlatLines.phraseLine(page, page.block(last).text())) {
            last--;
        }
        int phrases = 0;
        for (int k = from; k <= last; k++) {
            phrases += FlatLines.phraseLine(page, page.block(k).text()) ? 1 : 0;
        }
        // most of a run's lines read as phrases: a ranked list of headlines with two search-like lines is no run
        return phrases * 2 >= last - from + 1 ? last : from;
    }

    /**
     * Judges the run of phrase lines {@code from} to {@code to} and flags it when it has a form no menu or headline
     * list has ({@link #RUN_FORMS}).
     */
    private void phraseRun(SpamPage page, int from, int to, List<SpamJudgement> judgements,
            Map<Integer, SpamFinding> byBlock) {
        Verdict v = judge(page, from, to);
        boolean spam = v.spam() && RUN_FORMS.stream().anyMatch(f -> v.evidence().getOrDefault(f, 0.0) > 0);
        if (v.evidence() != null) {
            judgements.add(new SpamJudgement("block", from, to, v.text(), v.probability(), spam, v.evidence()));
        }
        if (spam) {
            for (int k = from; k <= to; k++) {
                byBlock.put(k, finding(page, k, v, false));
            }
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
    private List<int[]> units(SpamPage page) {
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
    static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?](?:\\s|$)|[。！？]");

    private Object unitKey(SpamPage page, int i) {
        Block b = page.block(i);
        Element el = b.element();
        if (el == null) {
            // flattened text: a run of short lines without sentences is one list (a flattened <ul>)
            String t = b.text();
            boolean shortLine = t.length() <= (b.type() == BlockType.LIST_ITEM ? 200 : 100);
            return shortLine && !SENTENCE_END.matcher(t).find() && footerMarker(t) < 0 ? TEXT_LIST : null;
        }
        Element hider = page.blockHider(i);
        if (hider != null) {
            return hider;
        }
        String tag = el.normalName();
        if ((tag.equals("li") || tag.equals("dd") || tag.equals("dt")) && el.parent() != null) {
            return el.parent();
        }
        return null;
    }

    /**
     * What the model made of one suspect.
     *
     * @param spam whether it is flagged: the model says so and a clue is about what the text is
     * @param score {@link #THRESHOLD} plus the model's log-odds above its threshold
     * @param evidence every clue's value by feature, or null when the suspect was not worth measuring
     */
    private record Verdict(boolean spam, double score, double probability, SpamFamily family, List<String> reasons,
            boolean wordsOrScript, String text, Map<String, Double> evidence) {
    }

    private Verdict notSpam(String text) {
        return new Verdict(false, 0, 0, SpamFamily.KEYWORD_LIST, List.of(), false, text, null);
    }

    private Verdict judge(SpamPage page, int from, int to) {
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
        String hiding = null;
        HiddenLinks.Lazy links = null;
        Element root = null;
        if (page.html) {
            Element el = page.block(from).element();
            Element hider = page.blockHider(from);
            hiding = page.blockHiding(from);
            root = hider != null ? hider : from == to ? el : el.parent();
            // the links of the whole page say nothing about one block
            boolean whole = root != null && (root.normalName().equals("body") || root.normalName().equals("html"));
            links = root == null || whole ? null : new HiddenLinks.Lazy(root, page::site);
        }
        List<Clue> extra = from == to && searchLine(page, from) ? List.of(Clue.sign(SEARCH_LINE, true,
                "a line of its own of lower-case words without a sentence, in a vocabulary the article hardly uses "
                        + "(search phrases run together)")) : List.of();
        return judge(suspect("block", from, to, text, body, root, hiding, links), page, extra);
    }

    /** The sign of {@link #searchLine}. */
    private static final String SEARCH_LINE = "shape.searchLine";
    /** Fewest words of a {@link #searchLine}: fewer are a caption or a menu's few words as often as phrases. */
    private static final int MIN_LINE_WORDS = 8;
    private static final int MAX_LINE_CHARS = 600;
    /** The largest share of a {@link #searchLine}'s longer words that the article's prose may use too. */
    private static final double MAX_LINE_KNOWN = 0.1;

    /**
     * Whether block {@code i}, a unit of its own, is a line of search phrases run together: eight words or more, not
     * one of them capitalized, no sentence end, no brackets, quotes or colons, words only, not sorted, not a list
     * item, items of a phrase's length when separators split it, in a vocabulary the article's prose hardly shares
     * and with hardly any of its frequent (function) words, and not the keywords of a line next to it. A planted link line flattened, or a
     * paragraph of planted phrases, is that; honest lines without a capital are captions and image texts, which
     * name the headline beside them with its words, or list items, which are judged with their list.
     */
    private static boolean searchLine(SpamPage page, int i) {
        Block b = page.block(i);
        String text = b.text().strip();
        if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return false; // a bullet or a number: a list's item
        }
        Element el = b.element();
        if (el == null ? b.type() == BlockType.LIST_ITEM
                : el.normalName().equals("li") || el.normalName().equals("dd") || el.normalName().equals("dt")) {
            return false;
        }
        return searchLine(page, i, text, page.order());
    }

    /**
     * Whether {@code text}, a line of block {@code i} or the run appended to it, is search phrases run together (see
     * {@link #searchLine(SpamPage, int)}), whatever kind of block holds it, against the article's {@code prose}.
     */
    private static boolean searchLine(SpamPage page, int i, String text, WordOrder prose) {
        if (text.length() > MAX_LINE_CHARS || text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return false;
        }
        if (SENTENCE_END.matcher(text).find() || CLAUSE_MARKS.matcher(text).find()
                || !ShapeScore.lowerCaseOnly(text, MIN_LINE_WORDS) || !ScriptScore.wordsOnly(text)
                || ShapeScore.alphabetical(text) || !phraseItems(text)) {
            return false;
        }
        double known = prose.knownShare(text);
        if (known < 0 || known > MAX_LINE_KNOWN) {
            return false;
        }
        double function = prose.frequentShare(text);
        if (function < 0 || function > MAX_LINE_KNOWN) {
            return false; // the article's own small words (to, of, or, with): a clause of its language
        }
        return !namesANeighbour(page, i, text);
    }

    /** The tests of {@link #searchLine} that ask nothing of the page: most runs end here. */
    private static boolean cheapLine(String text) {
        return text.length() <= MAX_LINE_CHARS && !text.isEmpty() && Character.isLetter(text.codePointAt(0))
                && !SENTENCE_END.matcher(text).find() && !CLAUSE_MARKS.matcher(text).find()
                && ShapeScore.lowerCaseOnly(text, MIN_LINE_WORDS);
    }

    /**
     * Whether a block next to a flagged one is a line of lower-case words without a sentence or a clause mark, words
     * only and not sorted: the next line of the same planted phrases (a line of its own may use a word or two of
     * the article's, which keeps it from being a {@link #searchLine} alone).
     */
    private static boolean phraseLineBeside(String text) {
        String t = text.strip();
        return cheapLine(t) && ScriptScore.wordsOnly(t) && !ShapeScore.alphabetical(t) && phraseItems(t);
    }

    /** Marks of clauses and notes (brackets, quotes, a colon or semicolon), which search phrases do not have. */
    private static final Pattern CLAUSE_MARKS = Pattern.compile("[()\\[\\]{}\"“”«»;:]");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,|·•/;]|\\s[-–—]\\s");
    /** Most words in an item of a search line, and in one of its words. */
    private static final int MAX_ITEM_WORDS = 7;
    private static final int MAX_WORD_LETTERS = 24;

    /**
     * Whether the items of a line, when separators split it, are each a search phrase's length (seven words at most),
     * and its words a word's: a list of longer items is of clauses, and words run into each other are names glued by
     * a flattener.
     */
    private static boolean phraseItems(String text) {
        for (String item : ITEM_SEPARATOR.split(text)) {
            if (item.isBlank()) {
                continue;
            }
            String[] words = item.strip().split("\\s+");
            if (words.length > MAX_ITEM_WORDS && ITEM_SEPARATOR.matcher(text).find()) {
                return false;
            }
            for (String w : words) {
                if (w.codePointCount(0, w.length()) > MAX_WORD_LETTERS) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a line shares its words with a block within two of it (two words of four letters or more, and a
     * sixth of its words): an image's text or a caption beside the headline it names. A neighbour that is itself
     * lower-case words without a sentence names nothing: planted lines next to each other share their phrases.
     */
    private static boolean namesANeighbour(SpamPage page, int i, String text) {
        java.util.Set<String> near = new java.util.HashSet<>();
        for (int j = Math.max(0, i - 2); j <= Math.min(page.decisions.size() - 1, i + 2); j++) {
            String other = page.block(j).text().strip();
            if (j != i && !cheapLine(other)) {
                near.addAll(WordOrder.words(other));
            }
        }
        int longer = 0;
        int shared = 0;
        for (String w : WordOrder.words(text)) {
            int n = w.codePointCount(0, w.length());
            longer += n >= 3 ? 1 : 0;
            shared += n >= 4 && near.contains(w) ? 1 : 0;
        }
        return shared >= 2 && shared * 6 >= longer;
    }

    /** Where a line's own text may end and an appended run begin: after a sentence, or at a separator. */
    private static final Pattern TAIL_START = Pattern.compile(
            "(?<=[.!?。！？…][\"”’»)]?)\\s+|\\s+[|｜¦·•–—-]\\s+|(?<=[。！？])");
    private static final int MIN_TAIL_LETTERS = 20;
    /**
     * A sentence end, also when a closing quote or bracket is next to the stop ({@code growth.” | }): a paragraph
     * whose last sentence is a quotation ends there, and what follows it was appended.
     */
    private static final Pattern CLOSED_SENTENCE_END = Pattern.compile(
            "\\p{L}[)\\]\"”’»]?[.!?][\"”’»)]?(?:\\s|$)|[。！？]");
    /** Fewest letters an appended run needs to be judged alone: a few planted phrases, not a line's last words. */
    private static final int MIN_APPENDED_LETTERS = 40;

    /**
     * Judges the end of block {@code i} on its own when the block's text stops reading as sentences there (planted
     * text appended to a footer line or to a paragraph of the article): the longest run after a sentence end or a
     * separator that has no sentence of its own.
     */
    private boolean tail(SpamPage page, int i, boolean whole, List<SpamJudgement> judgements,
            Map<Integer, SpamFinding> byBlock) {
        String text = page.block(i).text();
        Element el = page.block(i).element();
        if (text.length() < 60 || text.length() > MAX_UNIT_CHARS || page.html && page.blockHider(i) != null) {
            return false; // a hidden block is judged whole
        }
        // an appended run has no sentence end: most paragraphs end with one, and so have nothing to judge alone
        Matcher last = CLOSED_SENTENCE_END.matcher(text);
        int lastEnd = -1;
        while (last.find()) {
            lastEnd = last.start();
        }
        if (lastEnd >= 0 && letters(text, lastEnd, text.length()) < MIN_APPENDED_LETTERS) {
            return false;
        }
        Matcher m = TAIL_START.matcher(text);
        int start = -1;
        while (m.find()) {
            int at = m.end();
            if (at >= text.length() || letters(text, 0, m.start()) < MIN_TAIL_LETTERS) {
                continue;
            }
            if (letters(text, at, text.length()) < MIN_APPENDED_LETTERS) {
                break;
            }
            if (!CLOSED_SENTENCE_END.matcher(text).region(at, text.length()).find()) {
                start = at;
                break;
            }
        }
        if (start < 0) {
            return false;
        }
        String head = text.substring(0, start).strip();
        if (!SENTENCE_END.matcher(head).find() && footerMarker(head) < 0) {
            return false; // only a line that ends a sentence, or the site's footer line, has something to append to
        }
        if (whole && footerMarker(head) < 0 && spamLike(page, head)) {
            return false; // flagged whole, and its start looks planted too
        }
        String tail = text.substring(start);
        HiddenLinks.Lazy links = null;
        if (page.html && el != null && !el.normalName().equals("body") && !el.normalName().equals("html")) {
            links = new HiddenLinks.Lazy(el, page::site, tail::contains);
        }
        List<Clue> where = new ArrayList<>(List.of(Clue.sign("place.appended", false, "appended to a line of the "
                + "page's own (" + (head.length() > 40 ? "…" + head.substring(head.length() - 40) : head) + ")")));
        // the appended run read as a line of its own: search phrases run together after the line's last sentence
        String run = withoutLeadingMarks(tail);
        boolean line = cheapLine(run) && searchLine(page, i, run, page.orderWith(i, head));
        if (line) {
            where.add(Clue.sign(SEARCH_LINE, true, "appended lower-case words without a sentence, in a vocabulary the "
                    + "article hardly uses (search phrases run together)"));
        }
        SpamSuspect s = suspect("block", i, i, tail, false, null, page.html ? page.hiding(el) : null, links);
        Verdict v = judge(s, page, where);
        // the end of a line of the page's own is short: its word pairs alone (a post typed without full stops)
        // say too little, so a known word, another script, links to other sites or a form no sentence has (search
        // phrases run together, a few words or phrases over and over, words out of the grammar's order) must say it
        // too
        boolean spam = v.spam() && (line || v.wordsOrScript() || links != null && links.get() != null
                && links.get().externalHosts() >= 1 || FORMS_NO_SENTENCE_HAS.stream()
                        .anyMatch(f -> v.evidence().getOrDefault(f, 0.0) > 0));
        if (v.evidence() != null) {
            judgements.add(new SpamJudgement("block", i, i, tail, v.probability(), spam, v.evidence()));
        }
        if (spam) {
            int from = start + Math.max(0, tail.indexOf(run)); // from its first word: the separator was the line's
            // phrases of the same form before it, after a head too short to be judged apart from, were planted too
            from = AppendedRun.start(text, from, p -> spamLike(page, p), this::footerMarker);
            byBlock.put(i, new SpamFinding("block", i, from, text.length(), text.substring(from), v.family(),
                    v.score(), v.reasons()));
        }
        return spam;
    }

    /**
     * Signs of the shape component that no sentence, typed with or without full stops, shows: search phrases run
     * together, a few words or phrases over and over, brand names with digits, filter-dodging characters, and word
     * order at chance by the page's word pairs and by its grammar both (a post typed without full stops fails the
     * first only), or by the language's own word order.
     */
    private static final List<String> FORMS_NO_SENTENCE_HAS = List.of("shape.keywordRun", "shape.fewDistinctWords",
            "shape.brandDigits", "shape.obfuscated", "shape.repeatedRuns", "shape.grammarAtChance",
            ShapeScore.RANDOM_ORDER, ShapeScore.PROSE_CUT);

    /** Separators and bullets that lead an appended run in. */
    private static final String LEADING_MARKS = "|｜¦·•●–—-/,;";

    /** {@code text} without the spaces, separator or bullet that led it in. */
    private static String withoutLeadingMarks(String text) {
        int k = 0;
        while (k < text.length()
                && (Character.isWhitespace(text.charAt(k)) || LEADING_MARKS.indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        return text.substring(k).strip();
    }

    /** How many letters {@code text} holds in [from, to). */
    static int letters(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; ) {
            // by code point: a writing outside the basic plane (Adlam, Osage) is letters too, not surrogate halves
            int c = text.codePointAt(k);
            n += Character.isLetter(c) ? 1 : 0;
            k += Character.charCount(c);
        }
        return n;
    }

    private SpamSuspect suspect(String location, int from, int to, String text, boolean body, Element root,
            String hiding, HiddenLinks.Lazy links) {
        MatchText folded = MatchText.of(text);
        return new SpamSuspect(location, from, to, text, folded, ScriptMismatch.profile(text),
                lexicon.find(folded.folded()), body, root, hiding, links);
    }

    /**
     * Asks every scoring component about {@code s} and lets the model weigh their clues ({@code extra}: clues the
     * caller found, such as which field of the page it is).
     */
    private Verdict judge(SpamSuspect s, SpamPage page, List<Clue> extra) {
        Verdict v = judgeByForm(s, page, extra);
        if (v.spam() || s.field()) {
            return v;
        }
        // text that no test of form flags (prose, most of all) may be an advert with a number to call: hidden, or
        // shown and insisting on it
        Clue advert = s.hiding() == null ? ShownAdvert.of(s, page) : HiddenAdvert.of(s, page);
        return advert == null ? v : advert(s, page, extra, advert);
    }

    /** What the components and the model make of {@code s}: see {@link #judge(SpamSuspect, SpamPage, List)}. */
    private Verdict judgeByForm(SpamSuspect s, SpamPage page, List<Clue> extra) {
        boolean line = extra.stream().anyMatch(c -> c.feature().equals(SEARCH_LINE));
        if (!line && !worthMeasuring(s, page)) {
            return notSpam(s.text()); // nothing here could make a verdict stick: most blocks end here
        }
        if (!line && !WordsScore.mayTellWhatItIs(s) && s.hiding() == null && !ShapeScore.mayTellWhatItIs(s)
                && !ScriptScore.mayTellWhatItIs(s, page)) {
            // no component could give a clue about what the text is (markup only when hidden): the verdict is no
            return notSpam(s.text());
        }
        KeywordFarm.Shape shape = KeywordFarm.measure(s.text(), s.folded());
        WordsScore.Result words = WordsScore.score(s, shape);
        if (ShapeScore.prose(shape, s.profile()) && !words.dense() && words.strong() < 3) {
            return notSpam(s.text()); // prose not stuffed with spam terms is never content (below): most text ends here
        }
        ShapeScore.Result form = ShapeScore.score(s, shape, page);
        ScriptScore.Result script = ScriptScore.score(s, shape, page, form.prose());
        List<Clue> markup = MarkupScore.score(s);
        if (!line && !aboutWhatItIs(words.clues()) && !aboutWhatItIs(form.clues()) && !aboutWhatItIs(script.clues())
                && !aboutWhatItIs(markup)) {
            // no component names what the text is: the learned exit weighs what they measured
            return unclued(s, page, extra, shape, words, form, script, markup);
        }
        List<Clue> clues = clues(s, page, extra, shape, words, form, script, markup);

        boolean content = clues.stream().anyMatch(Clue::content);
        Map<String, Double> evidence = evidence(clues);
        if (form.prose() && !(words.dense() || words.strong() >= 3 && (script.foreign() || s.hiding() != null))) {
            content = false; // prose is only removed when it is stuffed with spam terms
        }
        evidence.put("gate.content", content ? 1.0 : 0.0);
        SpamModel.Judgement j = model.judge(clues);
        // three distinct strong terms of the word lists are a known family: that stands without the model
        boolean known = words.strong() >= KNOWN_FAMILY_TERMS;
        // what the text is, said by two components that look at different things (its form, its writing or
        // language, its words, how it is hidden with links to other sites): the model need only lean clearly to spam
        List<String> agreeing = content ? agreeing(clues, !s.field(), keywordFarm(s) || hiddenSpreadFarm(s, clues))
                : List.of();
        boolean corroborated = agreeing.size() >= 2 && j.probability() >= CORROBORATED_PROBABILITY;
        // search phrases, or phrases said again, in another language or writing than the article's: the model,
        // trained on honest foreign prose and headlines, weighs the language against spam, but neither has that form
        boolean foreignPhrases = content && !s.field() && (foreignPhrases(clues) || line && unguarded(clues));
        // real words in random order by the language's own word order (ShapeScore): no honest text without a sentence
        // measured has that form, and the model, which never saw it, weighs words drawn from other pages at 1-96%
        boolean randomOrder = content && !s.field() && !foreignPhrases
                && clues.stream().anyMatch(c -> c.feature().equals(ShapeScore.RANDOM_ORDER)) && unguarded(clues);
        // search phrases cut out of the article's own sentences (ShapeScore): the model never saw the form, and
        // weighs them by their words, which are the article's
        boolean proseCut = content && !s.field() && !foreignPhrases && !randomOrder
                && clues.stream().anyMatch(c -> c.feature().equals(ShapeScore.PROSE_CUT)) && unguarded(clues);
        // a few search phrases said again under a layout's decoration (RepeatedItems): the model never saw the
        // layouts, and weighs a list of phrases by its words
        boolean itemsSaidAgain = content && !s.field() && !foreignPhrases && !randomOrder && !proseCut
                && clues.stream().anyMatch(c -> c.feature().equals(ShapeScore.ITEMS_SAID_AGAIN)) && unguarded(clues);
        boolean spam = content && (j.probability() >= model.threshold() || known || corroborated || foreignPhrases
                || randomOrder || proseCut || itemsSaidAgain);
        List<String> reasons = spam ? reasons(j, clues, known, corroborated ? agreeing : List.of(), foreignPhrases,
                randomOrder, proseCut, itemsSaidAgain) : List.of();
        boolean cjk = s.profile().han() + s.profile().kana() > s.profile().total() / 2;
        SpamFamily family;
        if (s.hiding() != null && s.links() != null && s.links().anchors() >= 1 && s.links().anchors() <= 10) {
            family = SpamFamily.HIDDEN_LINKS;
        } else if (form.stuffed()) {
            family = SpamFamily.KEYWORD_STUFFING;
        } else if (form.prose() || shape.sentenceEnds() >= 2 && !cjk && words.dense()) {
            family = SpamFamily.KEYWORD_GIBBERISH;
        } else {
            family = words.family() == null ? SpamFamily.KEYWORD_LIST : words.family();
        }
        boolean wordsOrScript = words.strong() + words.medium() >= 1 || script.foreign();
        return new Verdict(spam, THRESHOLD + (known || corroborated || foreignPhrases || randomOrder || proseCut
                || itemsSaidAgain
                ? Math.max(0, j.margin())
                : j.margin()),
                j.probability(), family,
                reasons, wordsOrScript, s.text(), evidence);
    }

    /** Every component's clues about {@code s}, guards last: what the model weighs. */
    private List<Clue> clues(SpamSuspect s, SpamPage page, List<Clue> extra, KeywordFarm.Shape shape,
            WordsScore.Result words, ShapeScore.Result form, ScriptScore.Result script, List<Clue> markup) {
        LinksScore.Result links = LinksScore.score(s, page::site);
        List<Clue> clues = new ArrayList<>(extra);
        clues.addAll(words.clues());
        clues.addAll(form.clues());
        clues.addAll(script.clues());
        clues.addAll(PlaceScore.score(s, page));
        clues.addAll(links.clues());
        clues.addAll(markup);
        List<String> segments = shape.phrases();
        long furniture = segments.stream().filter(x -> footerMarker(x) >= 0).count();
        boolean switcher = switchers.matches(s.text()) || s.links() != null && s.links().hreflang();
        clues.addAll(Guards.score(s, form.prose(), words.dense(), switcher,
                segments.size() >= 3 && furniture * 5 >= segments.size() * 2 && words.strong() == 0));
        return clues;
    }

    /**
     * The verdict on a run every component measured and none named (no clue about what it is): the learned exit
     * ({@link UncluedJudge}) weighs their measures and signs, with the form of its items ({@link UncluedForm}). Here
     * the verdict was no whatever was measured; the trees flag only what no honest run they were set on reaches.
     */
    private Verdict unclued(SpamSuspect s, SpamPage page, List<Clue> extra, KeywordFarm.Shape shape,
            WordsScore.Result words, ShapeScore.Result form, ScriptScore.Result script, List<Clue> markup) {
        List<Clue> clues = clues(s, page, extra, shape, words, form, script, markup);
        clues.addAll(UncluedForm.measure(s.text(), shape.phrases()));
        Map<String, Double> evidence = evidence(clues);
        evidence.put("gate.unclued", 1.0);
        evidence.put("gate.field", s.field() ? 1.0 : 0.0);
        evidence.put("gate.hidden", s.hiding() != null ? 1.0 : 0.0);
        UncluedJudge.Judgement j = uncluedJudge.judge(evidence);
        // a sorted list is a site's index (tags, places, names), as every component already holds: the trees never
        // saw the sort, and weigh a tag index in lower case after the footer as search phrases
        if (!j.planted() || ShapeScore.alphabetical(s.text())) {
            return new Verdict(false, 0, 0, SpamFamily.KEYWORD_LIST, List.of(), false, s.text(), evidence);
        }
        List<String> reasons = new ArrayList<>(List.of("planted with probability " + SpamModel.percent(j.probability())
                + " by the trees learned on runs whose words, form, writing and markup name nothing (flagged from "
                + SpamModel.percent(1 / (1 + Math.exp(-uncluedJudge.threshold()))) + ", above every such run of the "
                + "honest pages they were set on)"));
        for (Clue c : clues) {
            if ((!c.measure() || c.feature().startsWith("exit.")) && !c.feature().startsWith("guard.")
                    && !reasons.contains(c.reason()) && reasons.size() <= MAX_REASONS + 3) {
                reasons.add(c.reason());
            }
        }
        SpamFamily family = s.hiding() != null && s.links() != null && s.links().anchors() >= 1
                && s.links().anchors() <= 10 ? SpamFamily.HIDDEN_LINKS
                : form.stuffed() ? SpamFamily.KEYWORD_STUFFING : SpamFamily.KEYWORD_LIST;
        return new Verdict(true, THRESHOLD + j.margin(), j.probability(), family, List.copyOf(reasons), false,
                s.text(), evidence);
    }

    /**
     * The verdict on prose that is an advert with a number to call, hidden ({@link HiddenAdvert}) or shown and
     * insisting on it ({@link ShownAdvert}): flagged whatever the model says, which was trained on no such text and
     * weighs prose against spam; its clues (how it is hidden, where it sits) are named with the sign.
     */
    private Verdict advert(SpamSuspect s, SpamPage page, List<Clue> extra, Clue advert) {
        List<Clue> clues = new ArrayList<>(extra);
        clues.add(advert);
        clues.addAll(MarkupScore.score(s));
        clues.addAll(PlaceScore.score(s, page));
        SpamModel.Judgement j = model.judge(clues);
        Map<String, Double> evidence = evidence(clues);
        evidence.put("gate.content", 1.0);
        List<String> reasons = new ArrayList<>(List.of("planted with probability " + SpamModel.percent(j.probability())
                + " (flagged from " + SpamModel.percent(model.threshold()) + ", or as " + (s.hiding() != null
                ? "hidden prose that gives a number to call" : "prose that gives a way to reach the advertiser again "
                + "and again") + " in words the article hardly uses)"));
        for (Clue c : clues) {
            if (!c.measure() && !reasons.contains(c.reason())) {
                reasons.add(c.reason());
            }
        }
        return new Verdict(true, THRESHOLD + Math.max(0, j.margin()), j.probability(),
                s.hiding() != null ? SpamFamily.HIDDEN_ADVERT : SpamFamily.ADVERT,
                List.copyOf(reasons), false, s.text(), evidence);
    }

    /** Each clue's feature with its values summed, in the feature's order: a verdict's evidence (the gate added after). */
    private static Map<String, Double> evidence(List<Clue> clues) {
        Map<String, Double> evidence = new java.util.TreeMap<>();
        for (Clue c : clues) {
            evidence.merge(c.feature(), c.value(), Double::sum);
        }
        return evidence;
    }

    /**
     * The lowest probability at which two agreeing components flag a suspect (see {@link #agreeing}): the model must
     * lean to spam. On honest real pages the suspects with two such components are code and command lists weighed
     * under 0.01%, and no honest suspect or generated negative of the tuned sets with two is weighed between 30% and
     * 80%; a list of commands after a footer was weighed at 55%.
     */
    private static final double CORROBORATED_PROBABILITY = 0.65;

    /**
     * The components (shape, script, words, markup) that each give a clue about what the text is, in the order
     * first met: two that look at different things and agree are evidence a single one is not. In a block, hiding
     * counts as the markup's clue when the hidden text is words without a sentence, not the site's links, links to
     * many other sites with phrases for texts ({@code linkFarm}: {@link #keywordFarm}, {@link #hiddenSpreadFarm})
     * count as the links' own, and two different signs of form count as two.
     */
    private static List<String> agreeing(List<Clue> clues, boolean block, boolean linkFarm) {
        List<String> components = new ArrayList<>();
        List<String> formSigns = new ArrayList<>();
        for (Clue c : clues) {
            if (c.content()) {
                String component = c.component();
                if (!components.contains(component)) {
                    components.add(component);
                }
                if (FORM_SIGNS.contains(c.feature()) && !formSigns.contains(c.feature())) {
                    formSigns.add(c.feature());
                }
            }
        }
        if (!block) {
            return components; // a field of the page (its title, summary, keywords, noscript) is short: its form says less
        }
        if (linkFarm && !components.isEmpty()) {
            // links to many other sites whose texts are typed as searches: a blogroll, a partners' footer or a
            // publisher's other titles name their sites; what the links are says what the text is when another
            // component does too
            components.add("links");
        }
        if (formSigns.size() >= 2 && components.contains("shape")) {
            // two signs of form that measure different things (search phrases run together, phrases said again, a
            // few words over and over, words in random order) are two lines of evidence, as two components are
            components.add(components.indexOf("shape") + 1, "shape again (" + formSigns.get(1).substring(6) + ")");
        }
        return components;
    }

    /** Fewest other sites a hidden link farm's links go to, each to a site of its own, for them to say what it is. */
    private static final int MIN_SPREAD_HOSTS = 5;

    /**
     * Whether the suspect is hidden phrases without a sentence linking to other sites ({@link MarkupScore}'s hidden
     * off-site links) spread over five sites or more, each link to a site of its own, whatever their capitals. A site
     * hides its own menus; a publisher's hidden list of its other titles or partners names them in a word or two, and
     * a hidden menu of an outside service links one or two of its hosts many times; planted links spread over many
     * bought domains, one link each.
     */
    private static boolean hiddenSpreadFarm(SpamSuspect s, List<Clue> clues) {
        HiddenLinks.Links links = s.field() ? null : s.links();
        return links != null && s.hiding() != null && links.externalHosts() >= MIN_SPREAD_HOSTS
                && links.externalHosts() >= links.anchors() && !ShapeScore.sentence(s.text())
                && clues.stream().anyMatch(c -> c.feature().equals(MarkupScore.HIDDEN_OFFSITE_LINKS));
    }

    /** The least share of a link farm's texts typed without a capital, for its links to say what it is. */
    private static final double MIN_KEYWORD_TEXTS = 0.6;

    /**
     * Whether the suspect's text is mostly the texts of links to many other sites, most of them typed without a
     * capital as searches are (a site's menu, a blogroll or a publisher's other titles name their pages). The links are read from the element that holds the text, which may hold other blocks' links too (a
     * date line whose parent holds a hidden link block): their texts must be the suspect's own, half of it at
     * least and not more than it has.
     */
    private static boolean keywordFarm(SpamSuspect s) {
        HiddenLinks.Links links = s.field() ? null : s.links();
        if (links == null || !links.farm()) {
            return false;
        }
        int length = s.text().length();
        if (links.anchorChars() * 2 < length || links.anchorChars() > length) {
            return false;
        }
        long typed = links.texts().stream().filter(InjectedSpam::uncapitalized).count();
        return typed >= MIN_KEYWORD_TEXTS * links.anchors();
    }

    /** Whether no word of {@code text} starts with a capital: typed as a search, not a name or a menu's item. */
    private static boolean uncapitalized(String text) {
        boolean start = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) && start && (Character.isUpperCase(c) || Character.isTitleCase(c))) {
                return false;
            }
            start = Character.isWhitespace(c);
        }
        return true;
    }

    /** The signs of the shape component about what the text is that no honest text shows without a sentence. */
    private static final Set<String> FORM_SIGNS = Set.of("shape.stuffed", "shape.keywordRun", "shape.repeatedRuns",
            "shape.fewDistinctWords", "shape.brandDigits", "shape.obfuscated");

    /** Signs that the text is in another writing system or language than the article (not only other words). */
    private static final Set<String> OTHER_LANGUAGE = Set.of("script.foreignWriting", "script.foreignMarks",
            "script.otherLanguage", "script.lostToQuestionMarks");

    /** Guards that speak for a list of foreign phrases: a language switcher, the site's links, share links, prose. */
    private static final Set<String> PHRASE_GUARDS = Set.of("guard.switcher", "guard.furniture", "guard.social",
            "guard.prose");

    /**
     * Whether the text is a list of search phrases (two to seven words, none capitalized) or of phrases said again,
     * in another writing system or language than the article, and no guard speaks for it (a language switcher, the
     * site's links, share links). Honest foreign text on a page is prose or headlines, capitalized and distinct.
     */
    private static boolean foreignPhrases(List<Clue> clues) {
        boolean phrases = false;
        boolean language = false;
        for (Clue c : clues) {
            String f = c.feature();
            phrases |= f.equals("shape.repeatedRuns") || f.equals("shape.queries");
            language |= OTHER_LANGUAGE.contains(f);
            if (PHRASE_GUARDS.contains(f)) {
                return false;
            }
        }
        return phrases && language;
    }

    /** Whether no guard speaks for a list of phrases (a language switcher, the site's links, share links, prose). */
    private static boolean unguarded(List<Clue> clues) {
        return clues.stream().noneMatch(c -> PHRASE_GUARDS.contains(c.feature()));
    }

    private static boolean aboutWhatItIs(List<Clue> clues) {
        for (Clue c : clues) {
            if (c.content()) {
                return true;
            }
        }
        return false;
    }

    /** What a flagged suspect's finding says: the model's verdict, the clues that weighed most, then every sign. */
    private List<String> reasons(SpamModel.Judgement j, List<Clue> clues, boolean known, List<String> agreeing,
            boolean foreignPhrases, boolean randomOrder, boolean proseCut, boolean itemsSaidAgain) {
        List<String> reasons = new ArrayList<>();
        reasons.add("planted with probability " + SpamModel.percent(j.probability()) + " (flagged from "
                + SpamModel.percent(model.threshold()) + (known ? ", or with " + KNOWN_FAMILY_TERMS
                + " distinct strong spam terms" : "") + (agreeing.isEmpty() ? "" : ", or from "
                + SpamModel.percent(CORROBORATED_PROBABILITY) + " when two components agree on what it is: "
                + String.join(" and ", agreeing)) + (foreignPhrases ? ", or as search phrases or phrases said again "
                + "in another language or writing than the article's, or in a line of their own in another vocabulary" : "")
                + (randomOrder ? ", or as words without a sentence in no more order than shuffled by the language's own "
                + "word order" : "") + (proseCut ? ", or as search phrases cut out of the article's own sentences" : "")
                + (itemsSaidAgain ? ", or as a list of a few search phrases said again under each item's decoration" : "")
                + ")");
        for (Clue c : j.ranked()) {
            if (reasons.size() > MAX_REASONS) {
                break;
            }
            reasons.add(c.reason());
        }
        // then every other sign that was found (where it sits, how it is hidden), so that a user sees all of it
        for (Clue c : clues) {
            if (!c.measure() && !c.feature().startsWith("guard.") && !reasons.contains(c.reason())) {
                reasons.add(c.reason());
            }
        }
        return List.copyOf(reasons);
    }

    /** Whether any component could find something about what {@code s} is; cheap tests only. */
    private static boolean worthMeasuring(SpamSuspect s, SpamPage page) {
        for (Lexicon.Hit h : s.hits()) {
            if (!h.quoted() && h.term().strength() != Lexicon.Strength.WEAK) {
                return true;
            }
        }
        String text = s.text();
        if (ScriptScore.foreignWriting(page, s.profile()) || ScriptScore.lostToQuestionMarks(text) >= 20
                || KeywordFarm.obfuscations(text) >= 3 || KeywordFarm.brandDigits(s.folded().folded()) >= 3
                || HashtagRun.of(text) != null) {
            return true;
        }
        int spaces = 0;
        int separators = 0;
        int ends = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (c == '|' || c == ',' || c == '\n' || c == '·' || c == '/' || c == ';' || c == '-') {
                separators++;
            } else if (c == '.' || c == '!' || c == '?' || c == '。') {
                ends++;
            }
        }
        if (separators >= 3 || spaces >= WordOrder.MIN_WORDS - 1 && ends * 30 < spaces + 30) {
            return true;
        }
        if (s.profile().count(ScriptMismatch.Writing.LATIN) >= 40 && Languages.markedLatinShare(text) >= 0.15
                && page.markedLatin <= 0.05) {
            return true;
        }
        // last, as reading the links is the costliest test
        if (s.linkReader() == null) {
            return false;
        }
        return s.linkReader().hasTexts(4) || s.hiding() != null && s.links().externalHosts() >= 1;
    }

    /**
     * The finding for block {@code i} of a flagged unit. A single block that starts with the site's footer
     * ("© 2024 Foo News | 亚洲…") is flagged from the first phrase that looks like spam, with the phrases of its form
     * before it ({@link AppendedRun}).
     */
    private SpamFinding finding(SpamPage page, int i, Verdict v, boolean single) {
        String text = page.block(i).text();
        Element el = page.block(i).element();
        // a line hidden by a run inside it (blockHider): the run is what was planted, not the line's few shown words
        Element run = page.html && el != null && page.hider(el) == null ? page.blockHider(i) : null;
        int[] hidden = run == null ? null : locate(text, run.text());
        if (hidden != null) {
            return new SpamFinding("block", i, hidden[0], hidden[1], text.substring(hidden[0], hidden[1]), v.family(),
                    v.score(), v.reasons());
        }
        int start = 0;
        if (single) {
            int marker = footerMarker(text);
            if (marker >= 0) {
                int spam = firstSpamPhrase(page, text, marker);
                if (spam > marker) {
                    // the phrases before the first that says what it is, in the same form, belong to the run
                    start = AppendedRun.start(text, spam, p -> spamLike(page, p), this::footerMarker);
                }
            }
        }
        return new SpamFinding("block", i, start, text.length(), text.substring(start), v.family(), v.score(),
                v.reasons());
    }

    private static final Pattern PHRASE_START = Pattern.compile("(?:^|[|｜丨¦│·•●/、，,;；]|\\s[-–—]\\s|\\s{2,})\\s*");

    /** Offset of the first phrase after {@code after} that looks like spam, or -1. */
    private int firstSpamPhrase(SpamPage page, String text, int after) {
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
                return start; // from its first word: the separator before it was the line's
            }
            from = Math.max(end, start + 1);
            if (from >= text.length()) {
                return -1;
            }
        }
        return -1;
    }

    /** True when a short piece of text has a spam term, a brand with digits or a foreign writing system. */
    private boolean spamLike(SpamPage page, String phrase) {
        MatchText f = MatchText.of(phrase);
        for (Lexicon.Hit h : lexicon.find(f.folded())) {
            if (!h.quoted() && h.term().strength() != Lexicon.Strength.WEAK) {
                return true;
            }
        }
        if (switchers.matches(phrase)) {
            return false;
        }
        ScriptMismatch.Profile p = ScriptMismatch.profile(phrase);
        Writing w = p.dominant(0.6);
        if (w != null && !page.nativeWritings.contains(w) && p.count(w) >= 2) {
            return true;
        }
        if (ScriptScore.lostToQuestionMarks(phrase) >= 4 || ShapeScore.queryLike(phrase)) {
            return true;
        }
        return p.count(Writing.LATIN) >= 8 && page.markedLatin <= 0.05 && Languages.markedLatinShare(phrase) >= 0.15;
    }

    /**
     * Blocks right next to a flagged run that look like spam themselves (the first item of a list that a flattener
     * did not mark as one) join it.
     */
    private void extend(SpamPage page, Map<Integer, SpamFinding> byBlock) {
        for (SpamFinding f : List.copyOf(byBlock.values())) {
            for (int dir = -1; dir <= 1; dir += 2) {
                for (int i = f.blockIndex() + dir, steps = 0; i >= 0 && i < page.decisions.size() && steps < 3;
                        i += dir, steps++) {
                    if (byBlock.containsKey(i)) {
                        continue;
                    }
                    String text = page.block(i).text();
                    if (text.length() > MAX_LINE_CHARS || switchers.matches(text) || footerMarker(text) >= 0
                            || !(text.length() <= 300 && spamLike(page, text) || phraseLineBeside(text))
                            || ShapeScore.sentence(text)) {
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
     * A field of the page that readers do not see in its body.
     *
     * @param hiding how the markup keeps it from readers, or null (the title, the summary, a menu's options)
     * @param whole whether a finding on it is the whole field, not the parts of a title that look like spam
     */
    private record Field(String location, String text, Element element, String hiding, boolean whole) {
    }

    /**
     * The page's own title and summary, and for HTML pages also what the markup says beside them: the
     * {@code <title>}, {@code <meta name=description|keywords>} and {@code <noscript>} text (which a keyword hack
     * rewrites or fills, and the metadata reader may have passed over for {@code og:title}), and the text of the
     * places no block holds ({@link UnshownText}).
     */
    private static List<Field> fields(SpamPage page, String title, String description) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("title", title, null, null, false));
        fields.add(new Field("description", description, null, null, false));
        for (Page.HeadField f : page.headFields) {
            boolean noscript = f.name().equals("noscript");
            fields.add(new Field(f.name(), f.text(), noscript ? page.noscript(f) : null,
                    noscript ? "inside <noscript>, which browsers show only without JavaScript" : null, noscript));
        }
        for (UnshownText.Carrier c : page.unshown()) {
            fields.add(new Field(c.location(), c.text(), c.element(), c.hiding(), true));
        }
        return fields;
    }

    private static final Pattern TITLE_PART = Pattern.compile("\\s+[|｜–—－➤-]\\s+|\\s*[|｜]\\s*");

    /**
     * Findings on a field: the title, description or keywords a keyword hack rewrites, or {@code <noscript>}
     * text, which browsers do not show. Judged by the same components as blocks.
     */
    private List<SpamFinding> field(Field field, SpamPage page, List<SpamJudgement> judgements) {
        String text = field.text().length() > 2000 ? field.text().substring(0, 2000) : field.text();
        boolean hidden = field.hiding() != null;
        HiddenLinks.Lazy links = field.element() == null ? null : new HiddenLinks.Lazy(field.element(), page::site);
        SpamSuspect s = suspect(field.location(), -1, -1, text, false, field.element(), field.hiding(), links);
        List<Clue> where = List.of(Clue.sign("place.field." + field.location(), false, "the page's "
                + field.location()));
        Verdict v = judge(s, page, where);
        // a title or keywords field is short: its form alone says little
        boolean flagged = v.spam() && (hidden || v.wordsOrScript());
        if (v.evidence() != null) {
            judgements.add(new SpamJudgement(field.location(), -1, -1, text, v.probability(), flagged,
                    v.evidence()));
        }
        if (!flagged) {
            return List.of();
        }
        double score = v.score();
        List<String> reasons = v.reasons();
        int start = 0;
        int end = text.length();
        if (!field.whole()) {
            // a keyword hack often puts its phrases before the real title: flag only the spam-like parts
            start = -1;
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
        }
        return List.of(new SpamFinding(field.location(), -1, start, end, text.substring(start, end), v.family(),
                score, reasons));
    }

    /** Lower-case, hyphenated enum names, as the JSON form writes them. */
    private static final class JsonName {
        static String of(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
