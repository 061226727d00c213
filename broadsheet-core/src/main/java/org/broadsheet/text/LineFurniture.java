package org.broadsheet.text;

import java.util.regex.Pattern;

import org.broadsheet.article.BlockType;
import org.broadsheet.article.Boilerplate;
import org.broadsheet.classify.BylineLine;
import org.broadsheet.classify.ProseSignals;
import org.broadsheet.classify.StockPhrases;

/**
 * Recognizes the page furniture of a flattened page line by line, from its text alone: separators,
 * image markers, cookie notices, copyright lines, photo credits, credit and dateline lines, stock
 * lines and menus written as one line ("Home | News | Sport").
 */
final class LineFurniture {

    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(©|\\(c\\)\\s*\\d{4}|copyright\\b)|all rights reserved|registration number|license for publishing");
    private static final Pattern IMAGE_MARKER = Pattern.compile("^(\\[[^\\]]*\\]\\s*)+$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)^(photo|image|picture|foto|photograph|credit|source|video|фото|изображение)s?\\s*([:/|]\\s*\\S.{0,80})?:?$"
                    + "|^[^\\s]+/(ic|afp|ap|reuters|getty images|xinhua)$"
                    + "|^(image|photo|video) (caption|copyright|credit)\\b"
                    + "|^in this (\\w+ )?(\\w+ )?(photo|image|picture|frame grab|screen ?grab)\\b"
                    + "|^[\\p{Lu}\\d ,.&/'-]{0,60}\\b(ASSOCIATED PRESS|AP PHOTO|AFP|REUTERS|GETTY IMAGES|EPA)$"
                    + "|^.{0,80}/.{0,40}\\b(getty images|afp|ap photo|ap|reuters|epa|shutterstock|alamy|istock|xinhua|bloomberg)$");
    /** A photo credit inside a caption: "… Photo: Jane Doe, AP / Copyright 2019 …". */
    private static final Pattern CREDIT_IN_CAPTION = Pattern.compile(
            "(?i)\\b(photo|image|picture|foto|photograph|credit)s?\\s*(:|by\\b)");
    /** What a text dumper prints for an inline SVG icon. */
    private static final Pattern SVG_ARTIFACT = Pattern.compile("(?i)^(image/svg\\+xml|created with sketch\\.?|svg)$");
    private static final Pattern MARKER = Pattern.compile("\\[[^\\]]{0,60}\\]");
    private static final Pattern SEPARATED = Pattern.compile("\\s[|·•]\\s|\\s/\\s");
    private static final Pattern COOKIES = Pattern.compile(
            "(?i)\\bcookies?\\b.*\\b(website|site|browser|consent|privacy|experience|accept)|\\b(website|site)\\b.*\\bcookies?\\b");

    /**
     * What a line is and why.
     *
     * @param kind the kind of furniture
     * @param reason the evidence, in words
     */
    record Verdict(Boilerplate kind, String reason) {
    }

    private LineFurniture() {
    }

    /** The furniture {@code line} is, or {@code null} when its text alone does not say. */
    static Verdict of(TextLine line) {
        String text = line.text();
        if (text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return new Verdict(Boilerplate.OTHER, "separator line without words");
        }
        if (IMAGE_MARKER.matcher(text).matches()) {
            return new Verdict(Boilerplate.CAPTION, "image or form placeholder");
        }
        if (COOKIES.matcher(text).find() && text.length() < 800) {
            return new Verdict(Boilerplate.BANNER, "cookie notice");
        }
        var copyright = COPYRIGHT.matcher(text);
        if (copyright.find() && text.length() < 600) {
            // a picture's copyright, written after its credit, is a caption, not the page's legal footer
            var credit = CREDIT_IN_CAPTION.matcher(text);
            if (credit.find() && credit.start() < copyright.start()) {
                return new Verdict(Boilerplate.CAPTION, "photo caption with its credit and copyright");
            }
            return new Verdict(Boilerplate.FOOTER, "copyright or legal line");
        }
        if (PHOTO_CREDIT.matcher(text).find()) {
            return new Verdict(Boilerplate.CAPTION, "photo credit");
        }
        if (line.type() != BlockType.QUOTE && BylineLine.matches(text)) {
            return new Verdict(Boilerplate.BYLINE, "credit or dateline line");
        }
        if (StockPhrases.kindOf(text) != null) {
            return new Verdict(StockPhrases.kindOf(text), "stock phrase \"" + text + "\"");
        }
        if (isSeparatedList(text)) {
            return new Verdict(text.contains("/") ? Boilerplate.BREADCRUMB : Boilerplate.NAVIGATION,
                    "a list of short items joined by separators");
        }
        return null;
    }

    /** "Home / China / World" or "News | Sport | Weather": short items joined by separators, no sentence. */
    static boolean isSeparatedList(String text) {
        var m = SEPARATED.matcher(text);
        int separators = 0;
        while (m.find()) {
            separators++;
        }
        if (separators < 2 || ProseSignals.endsSentence(text)) {
            return false;
        }
        return text.length() / (separators + 1) < 30;
    }

    /** The line without the bracketed image markers a text dumper leaves ("Caption[33622-5947]"). */
    static String withoutMarkers(String text) {
        return text.indexOf('[') < 0 ? text : MARKER.matcher(text).replaceAll("").strip();
    }

    /** True for a line that carries no words: an image marker, a separator, an icon's label. */
    static boolean isPlaceholder(String text) {
        return IMAGE_MARKER.matcher(text).matches() || SVG_ARTIFACT.matcher(text).matches()
                || text.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }
}
