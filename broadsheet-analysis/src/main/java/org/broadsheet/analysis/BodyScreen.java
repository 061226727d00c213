package org.broadsheet.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Warning;

/**
 * Keeps the language pipeline to prose of bounded size: the article's tables (the spec's body is paragraphs and
 * crossheads; a table's cells have no sentence to say what a figure measures), blocks that are not the story's prose by
 * their form ({@link #furniture}: code, captions and credits, related-link lines, price and spec fragments, references
 * and footnotes, embedded posts' text and credit lines, link lists, contact and credit lines, the byline author's bio;
 * pull-quotes), paragraphs that are tables of numbers, all capitals, or one enormous sentence are blanked out (replaced
 * by spaces, so that offsets stay those of the body; a blanked line is joined to the paragraph before, so that it does
 * not part the story's paragraphs), and the body is cut at {@link Analyzer#MAX_CHARS}. Each kind of cut gives one
 * warning. Two sentences run together without a space ("Wednesday.The") are parted by a line break in place of the stop.
 */
final class BodyScreen {

    /**
     * "... on Wednesday.The mayor said": two sentences whose space was lost, which the tokenizer reads as one word.
     * Only a common opening word after the full stop counts, so "Node.js" and "U.S.A" stay as they are.
     */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=(?:The|A|An|He|She|It|They|We|I|In|On"
            + "|At|But|And|This|That|These|Those|His|Her|Their|Our|Its|There|When|While|After|Before|As|If|Mr|Ms|Mrs|Dr"
            + "|According)\\b)");

    /**
     * A line that labels a link or a credit rather than telling the story: "Related: ...", "Read more: ...", "See also
     * | ...", "Photo: ...", "Source: ...". The label must be followed by a separator, so "Read more about it here." and
     * "Video-based teaching" are prose.
     */
    private static final Pattern LABEL_LINE = Pattern.compile("(?i)^\\W{0,3}(?:related(?: stories| articles| content"
            + "| reading| posts?| coverage| links?)?|also read|read also|read more|read next|read report|more reading"
            + "|further reading|learn more|see also|also see|recommended(?: reading| for you)?|you (?:may|might) also like"
            + "|more from [^:]{1,30}|more information|more info|editor'?s picks?|don'?t miss|explore more|keep reading"
            // "Photo sources: ...", "Image credits: ...": a picture's label before its own kind of label
            + "|(?:images?|photos?|pictures?|videos?) (?:sources?|credits?)"
            + "|continue reading|about the authors?|sources?|images?|photos?|pictures?|videos?|credits?)\\s*(?::|\\||»|>"
            + "|\\s[–—-]\\s|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;][\"'”’)\\]]*$");
    /** "1. Heart health", "#2. Leaseweb": a numbered crosshead, which the spec keeps. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^#?\\d{1,3}[.)]\\s");
    private static final Pattern MONEY_OR_SHARE = Pattern.compile(
            "(?:[$£€¥₹]|\\b(?:USD|EUR|GBP|INR|Rs\\.?))\\s?\\d|\\d\\s?(?:%|percent\\b|(?:USD|EUR|GBP|INR)\\b)");
    /**
     * "Price: $199", "Duration: 4 to 25 weeks": a label and its value. The label says what the figure measures, and such
     * lines are body in the labelled articles (a deals list's), so they are kept.
     */
    private static final Pattern LABEL_VALUE = Pattern.compile("^[^:]{2,30}:\\s*\\S*\\d");
    /** "Ride comfort 8.7", "rating 4.9 / 5": a label and its score, without a colon. */
    private static final Pattern LABEL_SCORE = Pattern.compile("^\\p{L}[\\p{L} &'-]{1,30}\\s\\d+[.,]\\d+(?:\\s?/\\s?\\d+)?$");
    /** "22 products", "9 Months", "1,000+ clients": a count with its noun and nothing else. */
    private static final Pattern COUNT_ALONE = Pattern.compile("^[+~#]?\\d[\\d,.]*\\+?\\s+\\S+(?:\\s+\\S+)?$");
    /**
     * A reference or footnote: a DOI, a list of authors' surnames and initials ("Burke A, Lam CN, ..."), "Name et al."
     * opening the block, a numbered citation with its year ("2. Centers for Disease Control (2019). Adult Oral
     * Health."), a journal's year, volume and pages ("2015; 28: 685-690"), or a footnote's return mark.
     */
    private static final Pattern REFERENCE = Pattern.compile("(?i:\\bdoi\\b:?\\s*10\\.|\\b10\\.\\d{4,9}/\\S)"
            // a journal's year, volume and pages ("Curr Opin Anaesthesiol. 2015; 28: 685-690", "2019;7(3):e12")
            + "|\\b(?:19|20)\\d{2}(?: \\p{L}{3}(?: \\d{1,2})?)?\\s?;\\s?\\d{1,4}(?:\\s?\\(\\d{1,4}\\))?\\s?:\\s?[eE]?\\d{1,6}\\b"
            + "|^\\p{Lu}[\\p{L}'-]+ \\p{Lu}{1,3}, \\p{Lu}[\\p{L}'-]+ \\p{Lu}{1,3}[,.]"
            + "|^(?:\\p{Lu}[\\p{L}.'-]*\\s){0,3}\\p{Lu}[\\p{L}'-]+,? et al\\.|^\\[?\\d{1,3}[\\].)]\\s.{3,200}\\((?:\\d{4}[a-z]?|n\\.d\\.)\\)\\.|(?:Accessed|Retrieved)(?: on)? (?:\\d{1,2} \\p{L}{3,9}\\.? \\d{4}|\\p{L}{3,9}\\.? \\d{1,2}, \\d{4})|↩\\uFE0E?\\uFE0F?\\s*$");
    /** An embedded post's credit line ("— Jane Roe (@janeroe) November 18, 2019") or a post's own short links. */
    private static final Pattern EMBEDDED_POST = Pattern.compile("[—–-]\\s*[^()\\n]{1,80}\\(@\\w{1,30}\\)\\s+\\p{L}+ \\d{1,2}, "
            + "\\d{4}|pic\\.twitter\\.com/|https?://t\\.co/|(?i)^an? (?:post|photo|video) shared by\\b");
    /** A picture's credit: "© Jane Roe ...", or a caption ending "(Image: Agency)", "(Photo by Jane Roe/Agency)". */
    private static final Pattern CREDIT = Pattern.compile("^©|(?i)\\((?:images?|photos?|pictures?|photograph|credit|pic)"
            + "(?: credit)?(?::| by)[^()]{1,80}\\)\\s*$"
            // "Guests pick pastries at the counter. | Photo by Jane Roe": a caption whose credit follows a separator
            + "|[.!?\"”’)]\\s*[|/]\\s*(?:photo(?:graph)?|image|picture|illustration|graphic|video)s?(?: credit)?(?::| by)\\s*"
            + "[^.!?|]{1,60}\\.?$");
    /**
     * An offer: an imperative of shopping ("Get", "Save", "Try", "Use", "Shop" ...) with a discount, a price "for as
     * little as", a free trial or a promo code ("Get 50% off your first box!", "Use code HARBOUR10").
     */
    private static final Pattern OFFER_VERB = Pattern.compile("(?i)^[^\\p{L}\\p{N}\"“”'‘’«]{0,3}(?:get|save|shop|buy|start|try|use|order|claim"
            + "|book|sign up|subscribe|join|download|grab|unlock|enjoy)\\b");
    private static final Pattern OFFER = Pattern.compile("(?i)(?:[$£€₹]\\s?\\d[\\d,.]*[kKmM]?|\\d+\\s?%)\\s*off\\b"
            + "|\\bsave (?:up to |over |more than )?(?:[$£€₹]|\\d+\\s?%)|for as little as\\b|\\bfree (?:\\d+-day )?trial\\b"
            + "|\\bpromo(?:tion(?:al)?)? code\\b|\\b(?-i:code [A-Z0-9]{4,})\\b");
    /**
     * A closing bio of the writer or a contributor: a full name, "is a/an/the", and the words of a bio ("Jane Roe is a
     * freelance writer who covers ..."). Only among the last blocks of the body, where bios stand.
     */
    private static final Pattern CLOSING_BIO = Pattern.compile("^(?:Dr\\.? )?\\p{Lu}\\p{Ll}+(?: \\(\\p{L}+\\))?(?: \\p{Lu}\\.)?"
            + "(?: (?:van der|de|van|von|del|da))? \\p{Lu}[\\p{Ll}'-]+(?:, [^,]{1,80},)? (?:is|has been|was) (?:a|an|the)\\b"
            + ".{0,160}\\b(?:writer|editor|reporter|journalist|author|contributor|columnist|correspondent|freelance|director"
            + "|specializ|specialis|covers)");
    /** A line that tells how to reach the writer or who wrote the story: "Jane Roe can be reached at ...". */
    private static final Pattern CONTACT = Pattern.compile("(?i)\\b(?:can|may) be reached at\\b|^contact (?:staff )?"
            + "(?:writer|reporter|editor|correspondent)\\b|^this (?:story|article|report|piece)\\b.{0,80}\\bwas (?:written"
            + "|reported|produced|published)(?: \\p{L}+ly)? by\\b|^this (?:story|article|report|piece|post)\\b.{0,80}\\bwas \\p{L}+ly "
            + "(?:written|reported|produced|published) by\\b");
    /**
     * A credit for the work beside the writing: "Shout out to Jane Roe for additional reporting.", "Additional reporting
     * by Jane Roe", "Illustration and motion by Jane Roe", "Graphics by Jane Roe".
     */
    private static final Pattern WORK_CREDIT = Pattern.compile("(?i:\\bfor (?:additional|extra) reporting\\b|\\b(?:additional|"
            + "extra) reporting by\\b)|(?:^|[.!]\\s)(?i:illustrations?|graphics?|animation|motion|photography|design|"
            + "video|data visuali[sz]ation)(?: and (?i:illustrations?|graphics?|animation|motion|photography|design|video))?"
            + " by \\p{Lu}");
    /**
     * A block that is a credit for a work beside the writing and nothing else: "Show Cover Art by Jane Roe
     * www.janeroe.example", "Music at the end of the episode is Harbour Jig by Jane Roe, performed by Tom Reyes". The
     * credited name ends the block (a comma's clause and a web address may follow), so "Art by Jane Roe hangs in the
     * lobby" is prose.
     */
    private static final Pattern WORK_CREDIT_BLOCK = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+ ){0,2}(?i:music|theme music"
            + "|soundtrack|score|art|artwork|illustrations?|photography|photos?|editing|production|sound|audio|graphics?"
            + "|animation|video)\\b[^.!?]{0,100}\\bby \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3}(?:,[^.!?]{0,80})?"
            + "(?:\\s+(?:www\\.|https?://)\\S+)?\\s*\\.?$");
    /**
     * Thanks to a named helper for the work on the piece: "Thanks to Jane Roe, the editor of the show.", "Special thanks
     * to Tom Reyes for editing". A role of the making or a verb of it must follow, so "Thanks to Jane Roe, the town has
     * a library" is prose.
     */
    private static final Pattern THANKS_CREDIT = Pattern.compile("^(?i:(?:special |many )?thanks to|thank you to) \\p{Lu}"
            + "[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,3}(?:, (?:the|our|my) [\\p{L} ]{0,40}?\\b(?:editor|producer|host|engineer"
            + "|designer|photographer|illustrator|composer|researcher)s?\\b| for (?:editing|producing|production|the (?:music"
            + "|art|artwork|photos?|illustrations?|design)\\b))");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    /** An embedded post's credit line alone: "— Jane Roe (@janeroe) November 18, 2019". */
    private static final Pattern POST_CREDIT = Pattern.compile("^[—–-]\\s*[^()\\n]{1,80}\\(@\\w{1,30}\\)");
    /** Pages with hundreds of quote paragraphs are not searched for repeats beyond this many. */
    private static final int MAX_PULL_QUOTE_CANDIDATES = 300;
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern BIO_VERB = Pattern.compile("^(?:,[^,]{1,80},)?\\s+(?:is|was|has|covers|writes|reports"
            + "|joined|specializes|specialises|leads|edits|holds|lives)\\b");

    private BodyScreen() {
    }

    /**
     * The text of {@code article}'s body ({@link Article#text()}, offset for offset) screened as
     * {@link #screen(String, List, int)} does, with its table blocks blanked out first.
     */
    static String screen(Article article, List<Warning> warnings, int maxChars) {
        StringBuilder text = new StringBuilder();
        int tables = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        List<BodyBlock> blocks = article.blocks();
        String[] kinds = kinds(blocks, article.authors());
        for (int i = 0; i < blocks.size(); i++) {
            BodyBlock b = blocks.get(i);
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String kind = kinds[i];
            if (b.type() == BlockType.TABLE) {
                tables++;
                text.append(blank(b.text()));
            } else if (kind != null) {
                skipped.merge(kind, 1, Integer::sum);
                text.append(blank(b.text()));
            } else {
                text.append(b.text());
            }
        }
        if (tables > 0) {
            warnings.add(new Warning("analysis-skipped-table-block", tables + " table(s) were not analysed (the layer "
                    + "reads sentences; a cell's figure has none to say what it measures)"));
        }
        if (!skipped.isEmpty()) {
            warnings.add(new Warning("analysis-skipped-non-prose", skipped.values().stream().mapToInt(Integer::intValue).sum()
                    + " block(s) that are not the story's prose were not analysed: " + skipped.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
        }
        return screen(text.toString(), warnings, maxChars);
    }

    /**
     * The kind of furniture each block is ({@link #furniture}), or null: then an embedded post's own text (the quote
     * blocks just before its credit line) and a pull-quote (a quotation the page gives again in the story).
     */
    private static String[] kinds(List<BodyBlock> blocks, List<String> authors) {
        String[] kinds = new String[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            BodyBlock b = blocks.get(i);
            kinds[i] = b.type() == BlockType.TABLE ? null : furniture(b, authors, i >= blocks.size() - 3);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if ("embedded post".equals(kinds[i]) && POST_CREDIT.matcher(blocks.get(i).text().strip()).find()) {
                // the post's words stand in quote blocks just before its credit line
                for (int j = i - 1; j >= 0 && kinds[j] == null && blocks.get(j).type() == BlockType.QUOTE; j--) {
                    kinds[j] = "embedded post";
                }
            }
        }
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = joined.length();
            joined.append(wordsKey(blocks.get(i).text())).append('|');
        }
        starts[blocks.size()] = joined.length();
        int looked = 0;
        for (int i = 0; i < blocks.size() && looked < MAX_PULL_QUOTE_CANDIDATES; i++) {
            String quoted = kinds[i] == null && blocks.get(i).type() != BlockType.TABLE ? standingQuote(blocks.get(i).text())
                    : null;
            if (quoted == null) {
                continue;
            }
            looked++;
            String key = wordsKey(quoted);
            int length = blocks.get(i).text().strip().length();
            for (int at = joined.indexOf(key); at >= 0; at = joined.indexOf(key, at + 1)) {
                int j = blockAt(starts, at);
                int other = blocks.get(j).text().strip().length();
                if (j != i && kinds[j] == null && (other > length || other == length && j < i)) {
                    kinds[i] = "pull-quote";
                    break;
                }
            }
        }
        return kinds;
    }

    /** The index of the block whose key starts at or before {@code at} in the joined keys. */
    private static int blockAt(int[] starts, int at) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The quoted words of a block that is a quotation standing alone (it opens with the mark, and at most a short
     * attribution follows the closing one: "“...” — Name", "“...,” says Name, director of games"), of at least six words;
     * otherwise null.
     */
    static String standingQuote(String block) {
        String t = block.strip();
        if (t.length() < 2 || "\"\u201C\u00AB".indexOf(t.charAt(0)) < 0) {
            return null;
        }
        int close = -1;
        for (int i = t.length() - 1; i > 0 && close < 0; i--) {
            if ("\"\u201D\u00BB".indexOf(t.charAt(i)) >= 0) {
                close = i;
            }
        }
        if (close < 0) {
            return null;
        }
        String quoted = t.substring(1, close);
        String after = t.substring(close + 1).strip();
        if (quoted.strip().split("\\s+").length < 6 || !after.isEmpty() && after.split("\\s+").length > 12) {
            return null;
        }
        return quoted;
    }

    /** Lower-case letters and digits only: the same words whatever their marks, spaces and apostrophes. */
    private static String wordsKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** {@code text} with every char but line breaks a space: char for char, so a surrogate pair stays two. */
    private static String blank(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    static String screen(String text, List<Warning> warnings, int maxChars) {
        StringBuilder out = new StringBuilder(text);
        int tables = 0;
        int capitals = 0;
        int longOnes = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String para = text.substring(start, end);
            String why = judge(para);
            if (why != null) {
                for (int i = start; i < end; i++) {
                    out.setCharAt(i, ' ');
                }
                switch (why) {
                    case "table" -> tables++;
                    case "capitals" -> capitals++;
                    default -> longOnes++;
                }
            }
            start = end + 1;
        }
        foldBlankLines(out);
        Matcher joined = RUN_TOGETHER.matcher(out);
        while (joined.find()) {
            out.setCharAt(joined.start(), '\n'); // a line break ends a sentence for the parser; offsets stay
        }
        if (tables > 0) {
            warnings.add(new Warning("analysis-skipped-table", tables + " paragraph(s) that are mostly numbers "
                    + "(tables, scores, listings) were not analysed"));
        }
        if (capitals > 0) {
            warnings.add(new Warning("analysis-skipped-capitals", capitals + " paragraph(s) in capitals were not "
                    + "analysed (names and sentences cannot be told apart in them)"));
        }
        if (longOnes > 0) {
            warnings.add(new Warning("analysis-skipped-long-sentence", longOnes + " paragraph(s) with a sentence of "
                    + "more than " + Analyzer.MAX_SENTENCE_WORDS + " words were not analysed"));
        }
        if (out.length() > maxChars) {
            int cut = out.lastIndexOf("\n", maxChars);
            if (cut < maxChars / 2) {
                cut = maxChars;
            }
            warnings.add(new Warning("analysis-truncated", "the body has " + text.length() + " characters; only the "
                    + "first " + cut + " were analysed"));
            return out.substring(0, cut);
        }
        return out.toString();
    }

    /**
     * Joins each blank line (a block blanked above, or one that was empty) to the line before it, the first line to the
     * one after: a caption or a related-link line that the page sets between a quote and the paragraph naming its
     * speaker must not part them, for the story's paragraphs follow each other as the writer wrote them. The line break
     * becomes a space, so offsets stay.
     */
    private static void foldBlankLines(StringBuilder out) {
        int start = 0;
        while (start <= out.length()) {
            int end = out.indexOf("\n", start);
            if (end < 0) {
                end = out.length();
            }
            if (out.substring(start, end).isBlank() && (start > 0 || end < out.length())) {
                out.setCharAt(start > 0 ? start - 1 : end, ' ');
            }
            start = end + 1;
        }
    }

    /**
     * The kind of page furniture {@code block} is by its form, or {@code null} when it may be the story's prose. The
     * spec's body is paragraphs and crossheads; captions, credits, related-link lines, footnotes, embedded posts and
     * author bios are out, and the label-and-value lines of price boxes and spec lists have no sentence to say what
     * their figures measure.
     *
     * @param authors the byline's names: a block that opens with one of them and a verb of a bio is the author's bio
     */
    static String furniture(BodyBlock block, List<String> authors) {
        return furniture(block, authors, false);
    }

    /**
     * As {@link #furniture(BodyBlock, List)}; {@code closing} says the block is among the body's last three, where a
     * contributor's bio without the byline's name is read as one too.
     */
    static String furniture(BodyBlock block, List<String> authors, boolean closing) {
        String t = block.text().strip();
        if (block.type() == BlockType.CODE) {
            return "code";
        }
        if (block.type() == BlockType.CAPTION || CREDIT.matcher(t).find()) {
            return "caption or credit";
        }
        if (LABEL_LINE.matcher(t).find()) {
            return "related-link or credit line";
        }
        String bare = URL.matcher(t).replaceAll("").strip();
        if (t.length() > 20 && bare.length() * 5 < t.length()) {
            return "link list";
        }
        if (OFFER_VERB.matcher(t).find() && OFFER.matcher(t).find() && t.split("\\s+").length <= 40) {
            return "offer";
        }
        if (figureFragment(t)) {
            return "price or spec fragment";
        }
        if (REFERENCE.matcher(t).find()) {
            return "reference or footnote";
        }
        if (EMBEDDED_POST.matcher(t).find()) {
            return "embedded post";
        }
        if (CONTACT.matcher(t).find() || WORK_CREDIT.matcher(t).find() && t.split("\\s+").length <= 40
                || (WORK_CREDIT_BLOCK.matcher(t).find() || THANKS_CREDIT.matcher(t).find()) && t.split("\\s+").length <= 40
                || closing && EMAIL.matcher(t).find() && t.split("\\s+").length <= 30) {
            return "contact or credit line";
        }
        for (String author : authors) {
            if (author != null && author.contains(" ") && t.startsWith(author)
                    && BIO_VERB.matcher(t.substring(author.length())).find()) {
                return "author bio";
            }
        }
        if (closing && CLOSING_BIO.matcher(t).find()) {
            return "author bio";
        }
        return null;
    }

    /**
     * A few words with a number and no sentence: a price ("$29.95", "Totals $468 per year"), a bare number or rating
     * ("29,758", "4.4/5"), a score ("Ride comfort 8.7") or a count and its noun ("22 products"). A numbered crosshead
     * ("3. Liver protection") and a label with its value ("Price: $199") are not.
     */
    static boolean figureFragment(String t) {
        String[] words = t.split("\\s+");
        if (words.length > 6 || t.isEmpty() || SENTENCE_END.matcher(t).find() || NUMBERED_HEADING.matcher(t).find()
                || t.chars().noneMatch(Character::isDigit) || LABEL_VALUE.matcher(t).find()) {
            return false;
        }
        return MONEY_OR_SHARE.matcher(t).find() || !t.matches("(?s).*\\p{L}{2}.*") || COUNT_ALONE.matcher(t).find()
                || LABEL_SCORE.matcher(t).find();
    }

    /** Why a paragraph is left out, or {@code null} to keep it. */
    static String judge(String para) {
        int letters = 0;
        int upper = 0;
        int digits = 0;
        for (int i = 0; i < para.length(); i++) {
            char c = para.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (digits >= 12 && digits > letters) {
            return "table";
        }
        if (letters >= 30 && upper * 10 > letters * 8) {
            return "capitals";
        }
        int words = 0;
        for (String part : para.split("[.!?;]\\s")) {
            words = Math.max(words, part.isBlank() ? 0 : part.trim().split("\\s+").length);
        }
        return words > Analyzer.MAX_SENTENCE_WORDS ? "long" : null;
    }
}
