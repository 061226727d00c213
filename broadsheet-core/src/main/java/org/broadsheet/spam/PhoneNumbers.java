package org.broadsheet.spam;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone numbers a text gives in international form ({@code +92 301 7245 118}, {@code +1 (646) 238-9051}): a plus,
 * a country code and groups of digits, nine to fifteen digits in all, as a number is written for callers abroad. A
 * planted advert hidden in a page gives one to call or message; an article's prose seldom does, and the prose a site
 * hides (answers, tab panels, notices, the rest of a story) hardly ever.
 */
final class PhoneNumbers {

    /** A plus not inside a word, then digits in groups split by a space, dot, dash or brackets. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])\\+\\d{1,3}(?:[\\s.\\-]?\\(?\\d{1,5}\\)?){1,6}(?![\\p{N}])");
    /** The fewest and most digits of a number with its country code (ITU-T E.164 allows fifteen). */
    private static final int MIN_DIGITS = 9;
    private static final int MAX_DIGITS = 15;

    private PhoneNumbers() {
    }

    /** How many times {@code text} gives the number it gives most often (0 when it gives none). */
    static int mostSaid(String text) {
        if (text.indexOf('+') < 0) {
            return 0;
        }
        Map<String, Integer> said = new HashMap<>();
        Matcher m = NUMBER.matcher(text);
        int most = 0;
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS) {
                most = Math.max(most, said.merge(digits, 1, Integer::sum));
            }
        }
        return most;
    }

    /** The distinct numbers {@code text} gives, as digits only. */
    static Set<String> in(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text.indexOf('+') < 0) {
            return numbers; // most text: no number in international form
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS) {
                numbers.add(digits);
            }
        }
        return numbers;
    }
}
