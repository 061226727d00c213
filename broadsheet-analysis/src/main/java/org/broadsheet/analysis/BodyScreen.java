package org.broadsheet.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.article.Article;
import org.broadsheet.article.BlockType;
import org.broadsheet.article.BodyBlock;
import org.broadsheet.article.Warning;

/**
 * Keeps the language pipeline to prose of bounded size: the article's tables (the spec's body is paragraphs and
 * crossheads; a table's cells have no sentence to say what a figure measures), paragraphs that are tables of numbers, all
 * capitals, or one enormous sentence are blanked out (replaced by spaces, so that offsets stay those of
 * the body), and the body is cut at {@link Analyzer#MAX_CHARS}. Each kind of cut gives one warning. Two
 * sentences run together without a space ("Wednesday.The") are parted by a line break in place of the stop.
 */
final class BodyScreen {

    /**
     * "... on Wednesday.The mayor said": two sentences whose space was lost, which the tokenizer reads as one word.
     * Only a common opening word after the full stop counts, so "Node.js" and "U.S.A" stay as they are.
     */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=(?:The|A|An|He|She|It|They|We|I|In|On"
            + "|At|But|And|This|That|These|Those|His|Her|Their|Our|Its|There|When|While|After|Before|As|If|Mr|Ms|Mrs|Dr"
            + "|According)\\b)");

    private BodyScreen() {
    }

    /**
     * The text of {@code article}'s body ({@link Article#text()}, offset for offset) screened as
     * {@link #screen(String, List, int)} does, with its table blocks blanked out first.
     */
    static String screen(Article article, List<Warning> warnings, int maxChars) {
        StringBuilder text = new StringBuilder();
        int tables = 0;
        for (BodyBlock b : article.blocks()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            if (b.type() == BlockType.TABLE) {
                tables++;
                text.append(b.text().replaceAll("[^\n]", " "));
            } else {
                text.append(b.text());
            }
        }
        if (tables > 0) {
            warnings.add(new Warning("analysis-skipped-table-block", tables + " table(s) were not analysed (the layer "
                    + "reads sentences; a cell's figure has none to say what it measures)"));
        }
        return screen(text.toString(), warnings, maxChars);
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
