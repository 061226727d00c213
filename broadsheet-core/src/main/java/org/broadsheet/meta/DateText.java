package org.broadsheet.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way pages write them: machine values ("2019-11-18T21:24:00-05:00") and the many human forms
 * ("Nov. 18, 2019 at 9:24 pm ET", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "22 de outubro de 2010 às 20:13",
 * "24 сентября 2018", "11/13/19 at 4:00 PM EST"), in English and the major European languages. Stateless.
 */
public final class DateText {

    /**
     * A date found in running text.
     *
     * @param time what it states
     * @param start where it starts in the text
     * @param end where it ends (exclusive)
     * @param yearGuessed true when the text gave no year and the default year was used
     */
    public record Found(StatedTime time, int start, int end, boolean yearGuessed) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(\\p{L}{3,11})\\.?";
    private static final Pattern DMY = Pattern.compile("(?<![\\d.,:])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*"
            + "(?:de\\s+|of\\s+)?" + MONTH + ",?\\s*(?:de\\s+)?(\\d{4})(?!\\d)");
    // a month name starts a word: without the look-behind every letter of a line starts a try of up to 11 letters
    private static final Pattern MDY = Pattern.compile("(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})(?!\\d)");
    private static final Pattern MD = Pattern.compile("(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])");
    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s*(?:[-/.]|年|년)\\s*(\\d{1,2})\\s*(?:[-/.]|月|월)\\s*(\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.])(\\d{1,2})(?::|h(?=\\d))(\\d{2})(?::(\\d{2}))?(?!\\d)"
            + "(?:\\s*((?i:[ap])\\.?\\s?(?i:m)\\.?)(?!\\p{L}))?"
            + "(?:\\s*\\(?\\s*(?:(?:GMT|UTC)\\s*([+-]\\d{1,2}(?::?\\d{2})?)|([A-Z]{1,5})(?!\\p{L})))?");
    private static final Pattern MACHINE = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})"
            + "(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern JOIN_AFTER = Pattern.compile("^[\\s,|/@·•–—\\-]*(?:\\p{L}{1,6}\\.?\\s*)?[\\s,|/@·•–—\\-]*$");
    private static final Pattern JOIN_BEFORE = Pattern.compile(
            "^[\\s,|/@·•–—\\-]*(?:\\p{L}{1,12}\\.?,?\\s*){0,2}[\\s,|/@·•–—\\-]*$");

    /** Parses a machine-readable value from metadata; falls back to the human forms. Null when unreadable. */
    public StatedTime machine(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = MACHINE.matcher(value);
        if (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return new StatedTime(date, null, null);
                }
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return new StatedTime(date, time, m.group(7) == null ? null : offset(m.group(7)));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        List<Found> found = find(value, false, null);
        return found.isEmpty() ? null : found.get(0).time();
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, Math.min(2, digits.length())));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /**
     * Every date stated in {@code text}, in order and never overlapping, each with the time of day written next to
     * it when there is one. {@code monthFirst} decides ambiguous numeric dates (US "11/05/2019"); {@code defaultYear} (may be
     * null) completes dates written without a year, which are otherwise skipped.
     */
    public List<Found> find(String text, boolean monthFirst, Integer defaultYear) {
        List<Found> out = new ArrayList<>();
        if (!hasDigit(text)) {
            return out; // every date form has digits; most lines of a page have none
        }
        List<int[]> taken = new ArrayList<>();
        addNamed(text, DMY, 2, 1, 3, out, taken, null);
        addNamed(text, MDY, 1, 2, 3, out, taken, null);
        Matcher m = YMD.matcher(text);
        while (m.find()) {
            addDate(text, m.start(), m.end(), num(m.group(1)), num(m.group(2)), num(m.group(3)), false, out, taken);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(3));
            int year = num(m.group(4));
            year = year < 100 ? 2000 + year : year;
            boolean mFirst = a > 12 ? false : b > 12 || monthFirst;
            addDate(text, m.start(), m.end(), year, mFirst ? a : b, mFirst ? b : a, false, out, taken);
        }
        if (defaultYear != null) {
            addNamed(text, MD, 1, 2, -1, out, taken, defaultYear);
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** True when {@code text} has an ASCII digit: no date form is written without one. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private void addNamed(String text, Pattern p, int monthGroup, int dayGroup, int yearGroup, List<Found> out,
            List<int[]> taken, Integer defaultYear) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
            if (month == null) {
                continue;
            }
            int year = yearGroup > 0 ? num(m.group(yearGroup)) : defaultYear;
            addDate(text, m.start(), m.end(), year, month, num(m.group(dayGroup)), yearGroup < 0, out, taken);
        }
    }

    private void addDate(String text, int start, int end, int year, int month, int day, boolean yearGuessed,
            List<Found> out, List<int[]> taken) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) {
                return;
            }
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return;
        }
        int[] span = {start, end};
        StatedTime time = timeNear(text, span, date);
        for (int[] t : taken) {
            if (span[0] < t[1] && span[1] > t[0]) {
                // the time is already joined to another date ("March 3, 2020 10:30 12/05/2020"): found spans never overlap
                span = new int[] {start, end};
                time = new StatedTime(date, null, null);
                break;
            }
        }
        taken.add(span);
        out.add(new Found(time, span[0], span[1], yearGuessed));
    }

    /** The date with the time written right after it (or right before it), widening {@code span} to cover it. */
    private StatedTime timeNear(String text, int[] span, LocalDate date) {
        Matcher t = TIME.matcher(text);
        int from = span[1];
        t.region(from, Math.min(text.length(), from + 40));
        if (t.find() && JOIN_AFTER.matcher(text.substring(from, t.start())).matches()) {
            StatedTime st = time(t, date);
            if (st != null) {
                span[1] = t.end();
                return st;
            }
        }
        int back = Math.max(0, span[0] - 40);
        t = TIME.matcher(text);
        t.region(back, span[0]);
        StatedTime best = null;
        while (t.find()) {
            if (JOIN_BEFORE.matcher(text.substring(t.end(), span[0])).matches()) {
                StatedTime st = time(t, date);
                if (st != null) {
                    best = st;
                    span[0] = t.start();
                    break;
                }
            }
        }
        return best != null ? best : new StatedTime(date, null, null);
    }

    private static StatedTime time(Matcher t, LocalDate date) {
        int hour = num(t.group(1));
        int minute = num(t.group(2));
        int second = t.group(3) == null ? 0 : num(t.group(3));
        String ampm = t.group(4);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (hour > 12 && !pm) {
                return null;
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalTime lt = LocalTime.of(hour, minute, second);
        ZoneOffset offset = null;
        if (t.group(5) != null) {
            offset = offset(t.group(5).length() <= 3 ? t.group(5).charAt(0)
                    + String.format(Locale.ROOT, "%02d", num(t.group(5).substring(1))) : t.group(5));
        } else if (t.group(6) != null) {
            offset = ZoneAbbreviations.offset(t.group(6), LocalDateTime.of(date, lt));
        }
        return new StatedTime(date, lt, offset);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"},
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember"},
            {"jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"},
            {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre"},
            {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre", "oct", "nov", "dic"},
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro"},
            {"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre"},
            {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december"},
            {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
                "november", "desember"},
            {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"},
            {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december"},
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря"},
            {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                "ноябрь", "декабрь"},
            {"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"},
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
                "листопада", "грудня"},
            {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"},
            {"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                "aralık"},
        };
        for (String[] row : names) {
            for (int i = 0; i < 12; i++) {
                m.putIfAbsent(row[i], i + 1);
            }
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
