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

    private SpanInFile() {
    }

    /** {@code text} as {@code content} holds it, or {@code text} itself when the file holds it as it is or not at all. */
    static String of(String content, String text) {
        if (content.contains(text)) {
            return text;
        }
        StringJoiner pattern = new StringJoiner(BETWEEN_WORDS);
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            String damaged = damaged(word);
            pattern.add(damaged.equals(word) ? Pattern.quote(word)
                    : "(?:" + Pattern.quote(word) + "|" + Pattern.quote(damaged) + ")");
        }
        Matcher m = Pattern.compile(pattern.toString()).matcher(content);
        return m.find() ? m.group() : text;
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
