package org.broadsheet.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a flagged span as the case file holds it. The extractor repairs mojibake (UTF-8 read as
 * windows-1252) before it judges a page, so a flagged span is repaired text; where the file holds it damaged,
 * wholly or in some of its words only, the scorer could not find it. The span is given back as the file's own
 * characters: each word as it is or damaged, with whitespace or markup between words and around punctuation.
 */
final class SpanInFile {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Between two words of the extracted text the file may hold whitespace, tags, or nothing (table cells). */
    private static final String BETWEEN_WORDS = "(?:\\s|<[^<>]*+>)*+";
    /** A run of letters and digits, or of other marks: a link may end between a word and its comma. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]+");
    /** Characters of markup a file may hold as references, and the names of their references, in the same order. */
    private static final String REFERENCED = "<>&\"'";
    private static final String[] REFERENCE_NAMES = {"lt", "gt", "amp", "quot", "(?:apos|#39)"};

    private SpanInFile() {
    }

    /** {@code text} as {@code content} holds it, or {@code text} itself when the file holds it as it is or not at all. */
    static String of(String content, String text) {
        if (content.contains(text)) {
            return text;
        }
        Matcher m = Pattern.compile(pattern(text, false)).matcher(content);
        return m.find() ? m.group() : text;
    }

    /**
     * Where the file holds {@code text} (as it is or damaged, as {@link #of} finds it) at or after {@code from}, in
     * text the page shows (not in the head, inside a tag, a script or a style sheet): [start, end) in
     * {@code content}, or null. The detector flags blocks in page order, so each is looked for after the one
     * before: a phrase a planted run says again, or a cell whose word the article used earlier, is then the block
     * flagged, not the first place the file holds those words.
     */
    static int[] at(String content, String text, int from, boolean html) {
        return at(content, html ? asciiLower(content) : null, text, from);
    }

    /**
     * Where the file holds {@code text} (as {@link #of} finds it) anywhere, in markup too: [start, end) in
     * {@code content}, or null. Text only some readers see is held where no text is shown: an image's alternative
     * text, a frame's inline document, the fallback content of an embed.
     */
    static int[] anywhere(String content, String text) {
        return WORD.matcher(text).find() ? find(content, null, pattern(text, false), 0) : null;
    }

    /**
     * Where the file holds a field of several lines written apart in markup (a field's suggestions, each an
     * option's value): from its first line to its last, found in that order anywhere in the file, or null.
     */
    static int[] firstToLast(String content, String text) {
        String[] lines = text.strip().split("\n");
        if (lines.length < 2) {
            return null;
        }
        int[] first = anywhere(content, lines[0]);
        int[] last = first == null || !WORD.matcher(lines[lines.length - 1]).find() ? null
                : find(content, null, pattern(lines[lines.length - 1], false), first[1]);
        return last == null ? null : new int[] {first[0], last[1]};
    }

    /** {@code content} with ASCII capitals lowered, offsets kept (tag names are ASCII). */
    static String asciiLower(String content) {
        char[] chars = content.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] >= 'A' && chars[k] <= 'Z') {
                chars[k] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /**
     * As {@link #at(String, String, int, boolean)}, with the HTML file's {@link #asciiLower} ({@code lower}), or
     * null for a text file.
     */
    static int[] at(String content, String lower, String text, int from) {
        if (!WORD.matcher(text).find()) {
            return null;
        }
        int[] found = find(content, lower, pattern(text, false), from);
        // a word the extractor repaired only in part (its last letters still damaged) is matched letter by letter
        return found != null || text.length() > MAX_LETTER_MATCH ? found
                : find(content, lower, pattern(text, true), from);
    }

    /** Longest text matched letter by letter (the pattern grows with every letter). */
    private static final int MAX_LETTER_MATCH = 2_000;

    private static int[] find(String content, String lower, String pattern, int from) {
        Matcher m = Pattern.compile(pattern).matcher(content);
        for (int at = from; at <= content.length() && m.find(at); at = m.start() + 1) {
            if (lower == null || shown(content, lower, m.start())) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /**
     * A pattern for {@code text} as the file may hold it: its words (or, {@code byLetter}, each of its letters) as
     * they are or damaged, with whitespace or markup between words.
     */
    private static String pattern(String text, boolean byLetter) {
        StringJoiner pattern = new StringJoiner(BETWEEN_WORDS);
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (!byLetter) {
                pattern.add(either(word));
                continue;
            }
            StringBuilder letters = new StringBuilder();
            word.codePoints().forEach(c -> letters.append(either(new String(Character.toChars(c)))));
            pattern.add(letters);
        }
        return pattern.toString();
    }

    /** A pattern for {@code word} as it is or damaged, or with its markup characters written as references. */
    private static String either(String word) {
        String damaged = damaged(word);
        String plain = damaged.equals(word) ? Pattern.quote(word)
                : "(?:" + Pattern.quote(word) + "|" + Pattern.quote(damaged) + ")";
        return word.chars().anyMatch(c -> REFERENCED.indexOf(c) >= 0) ? "(?:" + plain + "|" + referenced(word) + ")"
                : plain;
    }

    /**
     * A pattern for {@code word} with each of its markup characters as the character or any reference to it
     * ({@code &lt;}, {@code &#60;}, {@code &#x3C;}): markup a page shows as text (a comment form that kept a
     * spammer's link markup) or a frame's inline document, which an attribute holds.
     */
    private static String referenced(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(c -> {
            int k = REFERENCED.indexOf(c);
            out.append(k < 0 ? Pattern.quote(new String(Character.toChars(c)))
                    : "(?:" + Pattern.quote(String.valueOf((char) c)) + "|&" + REFERENCE_NAMES[k] + ";|&#0*" + c
                            + ";|&#[xX]0*(?i:" + Integer.toHexString(c) + ");)");
        });
        return out.toString();
    }

    /** Whether offset {@code at} of an HTML file lies in the body's text: not in the head, a tag, a script or a style sheet. */
    private static boolean shown(String content, String lower, int at) {
        if (content.lastIndexOf('<', at - 1) > content.lastIndexOf('>', at - 1)) {
            return false;
        }
        int head = Math.max(lower.lastIndexOf("<head>", at), lower.lastIndexOf("<head ", at));
        return lower.lastIndexOf("<script", at) <= lower.lastIndexOf("</script", at)
                && lower.lastIndexOf("<style", at) <= lower.lastIndexOf("</style", at)
                && head <= lower.lastIndexOf("</head", at);
    }

    /** What reading the UTF-8 bytes of {@code word} as windows-1252 makes of it (bytes it lacks as Latin-1). */
    static String damaged(String word) {
        StringBuilder out = new StringBuilder();
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            if (u < 0x80) {
                out.append((char) u);
                continue;
            }
            String c = new String(new byte[] {b}, CP1252);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) u) : c);
        }
        return out.toString();
    }
}
