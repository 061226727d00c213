package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.broadsheet.article.Boilerplate;
import org.broadsheet.block.Block;
import org.broadsheet.classify.Decision;
import org.broadsheet.classify.ProseSignals;
import org.broadsheet.classify.ArticleEdges;

/**
 * Decides which lines of a page flattened to text are the article body. With no markup left, the
 * decision rests on line shape: the article is the stretch of the page where long, punctuated lines
 * dominate. Each line gets a score (positive for prose, negative for menu entries, headlines of other
 * stories, credits and stock lines), and the article is the run of lines with the highest total; the
 * furniture inside that run is then removed line by line, as in HTML.
 */
public final class LineClassifier {

    /** A short line that opens the readers' comments: "32 Comments", "Leave a reply", "Top rated comments". */
    private static final Pattern COMMENTS_START = Pattern.compile(
            "(?i)^[\\[(]?\\s*(\\d+\\s+)?(\\p{L}+\\s+){0,3}(comments?|responses?|replies|leave a (reply|comment)|post a comment"
                    + "|join the (discussion|conversation)|discussion|kommentare|comentários|comentarios|commentaires"
                    + "|commenti|комментарии|reacties)(\\s+\\p{L}+){0,4}\\s*(\\(\\d+\\))?\\s*[:\\])]?\\s*$");
    /** Prose after a comment-thread heading or the copyright line counts for this much of its score. */
    private static final double AFTER_ARTICLE_WEIGHT = 0.25;
    /** How much prose must precede a footer or comment heading for it to mark the article's end. */
    private static final double MIN_PROSE_BEFORE_END = 8;
    /** How many non-prose lines may interrupt the article after its best run... */
    private static final int MAX_GAP = 15;
    /** ...and before it, where headlines and credits of the story itself sit. */
    private static final int MAX_GAP_BEFORE = 8;
    /** The longest list an article's closing "…:" line may announce. */
    private static final int MAX_LIST = 80;
    /** How many entries punctuated alike make a list that closes the article. */
    private static final int MIN_UNIFORM = 5;
    /** The least score the prose beyond an interruption must have for the article to continue there. */
    private static final double MIN_CONTINUATION = 3;
    /** How many non-prose lines may interrupt the article when substantial prose follows... */
    private static final int MAX_FAR_GAP = 40;
    /** ...that is, prose scoring at least this much. */
    private static final double FAR_GAIN = 25;
    /** How deep a dip the article's continuation may take before it is taken to have ended. */
    private static final double DIP = 6;
    /** A run starting at most this many lines below a credit or dateline line... */
    private static final int ANCHOR_DISTANCE = 6;
    /** ...has its score multiplied by this. */
    private static final double ANCHOR_BONUS = 4;

    /**
     * Classifies {@code lines}, in order. The headline, standfirst, credit and breadcrumb lines are told apart
     * afterwards, when the text metadata has read them ({@link #withHead}).
     */
    public List<Decision> classify(List<TextLine> lines) {
        int n = lines.size();
        double[] score = new double[n];
        Boilerplate[] kinds = new Boilerplate[n];
        String[] reasons = new String[n];
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (TextLine line : lines) {
            seen.merge(LineFurniture.withoutMarkers(line.text()), 1, Integer::sum);
        }
        boolean past = false;
        double proseSoFar = 0;
        for (int i = 0; i < n; i++) {
            TextLine line = lines.get(i);
            LineFurniture.Verdict verdict = LineFurniture.of(line);
            if (verdict != null) {
                kinds[i] = verdict.kind();
                reasons[i] = verdict.reason();
            }
            // a photo's caption or credit is furniture, but the kind that stories carry between paragraphs
            score[i] = kinds[i] == Boilerplate.CAPTION ? -1 : kinds[i] != null ? -3 : proseScore(line);
            if (LineFurniture.isPlaceholder(line.text())) {
                // an image marker or separator says nothing either way
                score[i] = 0;
            }
            if (kinds[i] == null && line.text().length() >= 20 && seen.get(LineFurniture.withoutMarkers(line.text())) > 1) {
                // a paragraph seldom appears twice in a story (a pull quote may); captions, teasers and
                // widgets often do
                score[i] = -2;
                if (!ProseSignals.endsSentence(line.text())) {
                    kinds[i] = Boilerplate.OTHER;
                    reasons[i] = "the same line appears elsewhere on the page";
                }
            }
            if (past && score[i] > 0) {
                score[i] *= AFTER_ARTICLE_WEIGHT;
            }
            proseSoFar += Math.max(0, score[i]);
            // readers' comments and whatever follows the legal footer are not the article (a "Comments"
            // entry in the menu above the article is no such boundary)
            past |= proseSoFar >= MIN_PROSE_BEFORE_END
                    && (kinds[i] == Boilerplate.FOOTER || COMMENTS_START.matcher(line.text()).matches());
        }
        int[] run = bestRun(score, kinds);
        boolean[] bridged = new boolean[n];
        int listFrom = Integer.MAX_VALUE;
        if (run != null) {
            run = extended(run, score, kinds, lines, bridged);
            int listEnd = Math.max(withAnnouncedList(run[1], kinds, lines), withUniformList(run[1], kinds, lines));
            listFrom = run[1] + 1;
            run[1] = listEnd;
        }
        List<Decision> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextLine line = lines.get(i);
            Block b = line.toBlock();
            boolean inside = run != null && i >= run[0] && i <= run[1];
            if (kinds[i] != null) {
                out.add(Decision.removed(b, kinds[i], reasons[i]));
            } else if (inside && underRelatedHeading(i, score, kinds)) {
                out.add(Decision.removed(b, Boilerplate.RELATED, "a headline listed under a \"Related\" heading"));
            } else if (inside && bridged[i]) {
                out.add(Decision.removed(b, isShort(line) ? Boilerplate.OTHER : Boilerplate.RELATED,
                        "between two parts of the article"));
            } else if (inside) {
                out.add(Decision.body(b, "inside the run of prose lines"));
            } else if (run != null && i < run[0]) {
                out.add(Decision.removed(b, isShort(line) ? Boilerplate.NAVIGATION : Boilerplate.OUTSIDE_ARTICLE,
                        "before the article's run of prose lines"));
            } else {
                out.add(Decision.removed(b, isShort(line) ? Boilerplate.NAVIGATION : Boilerplate.OUTSIDE_ARTICLE,
                        "after the article's run of prose lines"));
            }
        }
        List<Decision> trimmed = ArticleEdges.trim(out);
        if (run != null) {
            // the edges' short-line trim must not eat a list the article announced
            for (int i = listFrom; i <= run[1]; i++) {
                if (out.get(i).isBody() && !trimmed.get(i).isBody()) {
                    trimmed.set(i, out.get(i));
                }
            }
        }
        return trimmed;
    }

    /**
     * True for a headline-shaped line (no sentence) in the list that a "Related" heading opens inside the
     * article: the list runs from the heading to the next line of prose.
     */
    private static boolean underRelatedHeading(int i, double[] score, Boilerplate[] kinds) {
        for (int j = i; j >= 0; j--) {
            if (kinds[j] == Boilerplate.RELATED) {
                return j < i;
            }
            if (kinds[j] == null && score[j] >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean isShort(TextLine line) {
        return ProseSignals.effectiveLength(line.text()) < 40;
    }

    /** Positive for lines that read as prose, negative for the short unpunctuated lines of page chrome. */
    static double proseScore(TextLine line) {
        String text = line.text();
        int length = ProseSignals.effectiveLength(text);
        boolean ends = ProseSignals.endsSentence(text);
        boolean sentences = ends || innerSentences(text) > 0;
        if (length >= 120 && sentences) {
            return Math.min(length / 60.0, 10);
        }
        if (length >= 60 && sentences) {
            return 1.5;
        }
        if (length >= 25 && ends) {
            return 0.5;
        }
        if (length < 25) {
            return ends ? -0.3 : -1.0;
        }
        // a headline-length line without a full stop: the title of some other story, or a teaser cut
        // short with "..."; such lines alternate with summaries in lists of other stories
        return -2.0;
    }

    private static int innerSentences(String text) {
        int n = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '。') && text.charAt(i + 1) == ' '
                    && Character.isLowerCase(text.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Widens the best run across short interruptions (a "Related" box, a caption, an ad line) to the
     * prose that continues the article on the other side. The interruption's own lines are marked as
     * bridged. Comment threads and the footer stop the widening, and so does a credit line above the
     * run: it marks where the article starts.
     */
    private static int[] extended(int[] run, double[] score, Boilerplate[] kinds, List<TextLine> lines, boolean[] bridged) {
        int start = run[0];
        int end = run[1];
        boolean grew = true;
        while (grew) {
            grew = false;
            int counted = 0;
            double gap = 0;
            for (int next = end + 1; next < score.length && counted <= MAX_FAR_GAP; next++) {
                // a footer or comment heading ends the article; a credit line starts another story
                if (endsArticle(next, kinds, lines)) {
                    break;
                }
                if (score[next] < 1) {
                    if (score[next] != 0) {
                        counted++;
                    }
                    gap -= Math.min(0, score[next]);
                    continue;
                }
                double[] continuation = continuation(next, score, kinds, lines);
                double gain = continuation[1];
                // the prose across the gap must be worth the gap (a lone teaser summary is not), and a
                // long gap is crossed only towards a substantial body of prose
                if (gain >= MIN_CONTINUATION && gain * 2 >= gap && (counted <= MAX_GAP || gain >= FAR_GAIN)) {
                    for (int k = end + 1; k < next; k++) {
                        bridged[k] = true;
                    }
                    end = (int) continuation[0];
                    grew = true;
                    break;
                }
                counted++;
                gap -= Math.min(0, score[next]);
            }
        }
        grew = true;
        while (grew) {
            grew = false;
            int previous = -1;
            int counted = 0;
            for (int j = start - 1; j >= 0 && counted <= MAX_GAP_BEFORE; j--) {
                if (score[j] != 0) {
                    counted++;
                }
                if (kinds[j] == Boilerplate.BYLINE || kinds[j] == Boilerplate.FOOTER) {
                    break;
                }
                if (score[j] >= 1) {
                    previous = j;
                    break;
                }
            }
            if (previous >= 0) {
                double[] above = continuationAbove(previous, score, kinds);
                int first = (int) above[0];
                double gain = above[1];
                double gap = 0;
                for (int j = previous + 1; j < start; j++) {
                    gap -= Math.min(0, score[j]);
                }
                // prose right under the credit line is the article's opening, however short
                boolean underCredit = (first >= 1 && kinds[first - 1] == Boilerplate.BYLINE)
                        || (first >= 2 && kinds[first - 2] == Boilerplate.BYLINE);
                if (underCredit || (gain >= MIN_CONTINUATION && gain * 2 >= gap)) {
                    for (int j = previous + 1; j < start; j++) {
                        bridged[j] = true;
                    }
                    start = first;
                    grew = true;
                }
            }
        }
        return new int[] {start, end};
    }

    private static boolean endsArticle(int j, Boilerplate[] kinds, List<TextLine> lines) {
        return kinds[j] == Boilerplate.FOOTER || kinds[j] == Boilerplate.BYLINE
                || COMMENTS_START.matcher(lines.get(j).text()).matches();
    }

    /**
     * How far the article goes on from the prose line {@code next}: the best prefix of what follows,
     * so that its own subheadings do not cut it short. Returns {last line, score gained}.
     */
    private static double[] continuation(int next, double[] score, Boilerplate[] kinds, List<TextLine> lines) {
        int last = next;
        double gain = score[next];
        double running = gain;
        for (int j = next + 1; j < score.length && running > gain - DIP; j++) {
            if (endsArticle(j, kinds, lines)) {
                break;
            }
            running += score[j];
            if (running > gain) {
                gain = running;
                last = j;
            }
        }
        return new double[] {last, gain};
    }

    /**
     * How far the article reaches up from the prose line {@code previous}: the best stretch ending there,
     * across its own subheadings and captions, and never above a credit line or the footer. Returns
     * {first line, score gained}.
     */
    private static double[] continuationAbove(int previous, double[] score, Boilerplate[] kinds) {
        int first = previous;
        double gain = score[previous];
        double running = gain;
        for (int j = previous - 1; j >= 0 && running > gain - DIP; j--) {
            if (kinds[j] == Boilerplate.BYLINE || kinds[j] == Boilerplate.FOOTER) {
                break;
            }
            running += score[j];
            if (running > gain) {
                gain = running;
                first = j;
            }
        }
        return new double[] {first, gain};
    }

    /**
     * When the article's last paragraph announces a list ("The tour dates:", "Here are the
     * highlights:"), the list that follows belongs to the article, however unlike prose its lines are.
     */
    private static int withAnnouncedList(int end, Boilerplate[] kinds, List<TextLine> lines) {
        if (!lines.get(end).text().endsWith(":")) {
            return end;
        }
        int last = end;
        for (int j = end + 1; j < lines.size() && j <= end + MAX_LIST; j++) {
            if (LineFurniture.isPlaceholder(lines.get(j).text())) {
                continue;
            }
            if (kinds[j] != null || lines.get(j).text().length() > 300) {
                break;
            }
            last = j;
        }
        return last;
    }

    /**
     * When the article ends on a list of like entries (tour dates, a schedule, the stages of a race),
     * optionally under a heading, the list belongs to it: at least {@link #MIN_UNIFORM} lines in a row
     * punctuated alike ("June 9 – Tampa, FL @ Arena", "June 10 – …"). Menus and headline lists carry no
     * such common punctuation.
     */
    private static int withUniformList(int end, Boilerplate[] kinds, List<TextLine> lines) {
        int first = end + 1;
        if (first < lines.size() && kinds[first] == null && isHeading(lines.get(first).text())) {
            first++;
        }
        String signature = null;
        int last = -1;
        int count = 0;
        for (int j = first; j < lines.size() && j <= end + MAX_LIST; j++) {
            String text = lines.get(j).text();
            if (LineFurniture.isPlaceholder(text)) {
                continue;
            }
            String s = punctuation(text);
            if (kinds[j] != null || text.length() > 200 || s.isEmpty() || (signature != null && !s.equals(signature))) {
                break;
            }
            signature = s;
            last = j;
            count++;
        }
        return count >= MIN_UNIFORM ? last : end;
    }

    /** A short line without a sentence's end: a heading over what follows. */
    private static boolean isHeading(String text) {
        return text.length() < 80 && !ProseSignals.endsSentence(text);
    }

    /**
     * The first two distinct punctuation marks inside {@code text}, in order: the shape of a list entry.
     * A mark closing the line ("Politics,") says nothing of the entry's shape.
     */
    private static String punctuation(String text) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < text.length() - 1 && sb.length() < 2; k++) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && sb.indexOf(String.valueOf(c)) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The [start, end] run of lines with the highest total score, or {@code null} when all are negative.
     * Every maximal run is a candidate (Kadane's segments); one that starts just below a credit or
     * dateline line, where articles start, counts for more.
     */
    static int[] bestRun(double[] score, Boilerplate[] kinds) {
        double bestValue = 0;
        int[] best = null;
        double current = 0;
        double segmentBest = 0;
        int start = 0;
        int segmentEnd = -1;
        for (int i = 0; i <= score.length; i++) {
            boolean restart = i == score.length || current <= 0;
            if (restart && segmentEnd >= 0) {
                double value = segmentBest * (anchored(start, kinds, score) ? ANCHOR_BONUS : 1);
                if (value > bestValue) {
                    bestValue = value;
                    best = new int[] {start, segmentEnd};
                }
                segmentEnd = -1;
                segmentBest = 0;
            }
            if (i == score.length) {
                break;
            }
            if (kinds[i] == Boilerplate.BYLINE) {
                // a credit line closes whatever run came before: the article starts below it
                current = 0;
                continue;
            }
            if (current <= 0) {
                current = score[i];
                start = i;
            } else {
                current += score[i];
            }
            if (current > segmentBest) {
                segmentBest = current;
                segmentEnd = i;
            }
        }
        return best;
    }

    private static boolean anchored(int start, Boilerplate[] kinds, double[] score) {
        int counted = 0;
        for (int j = start - 1; j >= 0 && counted < ANCHOR_DISTANCE; j--) {
            if (kinds[j] == Boilerplate.BYLINE) {
                return true;
            }
            if (score[j] != 0) {
                counted++;
            }
        }
        return false;
    }

    /** {@code decisions} with the lines the text metadata read as the page's head removed as what they are. */
    public List<Decision> withHead(List<Decision> decisions, List<TextMetadata.HeadLine> head) {
        List<Decision> out = new ArrayList<>(decisions);
        for (TextMetadata.HeadLine h : head) {
            out.set(h.line(), Decision.removed(decisions.get(h.line()).block(), h.kind(),
                    "the " + h.kind().name().toLowerCase(java.util.Locale.ROOT) + " line above the body"));
        }
        return out;
    }
}
