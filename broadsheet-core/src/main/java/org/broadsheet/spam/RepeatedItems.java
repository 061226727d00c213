package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list whose items, once each item's decoration is taken away (a time or numeral before it, rating stars, bullets
 * or tree lines, brackets or quotation marks around it, a one-letter label such as "Q:"), are the same few phrases
 * said again: a keyword list drawn from a small bank, whatever the layout it was dressed in. A timeline, a list of
 * reviews, footnotes or a table of contents give each entry once; where a site's template repeats an item ("Monthly
 * pricing", "Search in title") it is capitalised as a heading or a menu is, or too short to be a search ("1 hour
 * ago"). Capitalised phrases said again (product names typed into a bank of searches) are kept apart
 * ({@code capitalised}): a site's template says its own capitalised items again too, so they say what the text is only
 * when they are no template's and the article does not use their words ({@link ShapeScore}).
 *
 * @param items the list's items
 * @param saidAgain how many different phrases come back, when most of them are typed as searches (not capitalised)
 * @param repeats how many items repeat an earlier one
 * @param capitalised the phrases that come back, as first written, when most of them are capitalised and no template
 *        wrote them ({@link #template}); else empty
 */
record RepeatedItems(int items, int saidAgain, int repeats, List<String> capitalised) {

    /** Copies the list, so that the value cannot change. */
    RepeatedItems {
        capitalised = List.copyOf(capitalised);
    }

    /** Fewest items for a list. */
    static final int MIN_ITEMS = 4;

    /** Fewest different phrases said again: one phrase said on every item is a template's ("Read more"). */
    static final int MIN_SAID_AGAIN = 2;

    /** The separators of items written on one line (a CSV line, a tag line, pills, a breadcrumb, a JSON array). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[;|,·•›»]|\\s[-–—/]\\s|]\\s*\\[)\\s*");
    private static final Pattern LEADING = Pattern.compile("^[\\P{L}]+");
    private static final Pattern LABEL = Pattern.compile("^\\p{L}\\s*[:)]\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\P{L}&&\\P{M}&&\\P{N}]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The list {@code text} is, with its phrases said again counted; null when it is not a list of four items. */
    static RepeatedItems of(String text) {
        List<String> items = items(text);
        if (items.size() < MIN_ITEMS) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> firstSeen = new LinkedHashMap<>();
        Map<String, Integer> lastAt = new HashMap<>();
        Set<Integer> gaps = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String phrase = undecorated(items.get(i));
            if (searchPhrase(phrase)) {
                String key = phrase.toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
                firstSeen.putIfAbsent(key, phrase);
                Integer last = lastAt.put(key, i);
                if (last != null) {
                    gaps.add(i - last);
                }
            }
        }
        int again = 0;
        int repeats = 0;
        int lowerCase = 0;
        List<String> phrasesAgain = new ArrayList<>();
        for (Map.Entry<String, String> e : firstSeen.entrySet()) {
            int count = counts.get(e.getKey());
            if (count > 1) {
                again++;
                repeats += count - 1;
                phrasesAgain.add(e.getValue());
                int first = e.getValue().codePointAt(0);
                lowerCase += Character.isUpperCase(first) || Character.isTitleCase(first) ? 0 : 1;
            }
        }
        // most of the phrases said again are typed as searches are, not capitalised as headings and menu items
        boolean typed = lowerCase * 2 > again;
        // every item said again as far from its last saying as the others: a run of items written twice (a card's
        // picture and title, a carousel's copy), as templates do; phrases drawn at random come back anywhere
        boolean copied = gaps.size() == 1;
        return new RepeatedItems(items.size(), typed ? again : 0, repeats,
                typed || copied || template(phrasesAgain) ? List.of() : phrasesAgain);
    }

    /**
     * Whether two of {@code phrases} have the same words but one in the same places: a template's item said with
     * different names ("Share this with Facebook", "Share this with Twitter"; "Search in title", "Search in posts").
     */
    static boolean template(List<String> phrases) {
        List<String[]> words = phrases.stream().map(p -> SPACES.split(p.toLowerCase(Locale.ROOT))).toList();
        for (int a = 0; a < words.size(); a++) {
            for (int b = a + 1; b < words.size(); b++) {
                String[] x = words.get(a);
                String[] y = words.get(b);
                if (x.length == y.length) {
                    int differ = 0;
                    for (int k = 0; k < x.length; k++) {
                        differ += x[k].equals(y[k]) ? 0 : 1;
                    }
                    if (differ <= 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the list is capitalised phrases said again, no template's: two different ones at least, and one item in
     * five repeating an earlier one. Says what the text is only with the page's words ({@link ShapeScore}).
     */
    boolean capitalisedList() {
        return capitalised.size() >= MIN_SAID_AGAIN && repeats * 5 >= items;
    }

    /**
     * Whether the list is a few search phrases said again: two different ones at least, and one item in five
     * repeating an earlier one.
     */
    boolean keywordList() {
        return saidAgain >= MIN_SAID_AGAIN && repeats * 5 >= items;
    }

    /** The lines of {@code text} when it has four or more, else its items written on one line. */
    static List<String> items(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() >= MIN_ITEMS) {
            return lines;
        }
        return SEPARATOR.splitAsStream(text).filter(p -> !p.isBlank()).toList();
    }

    /** An item without its decoration: what comes before its first letter and after its last, and a label. */
    static String undecorated(String item) {
        String t = LEADING.matcher(item.strip()).replaceFirst("");
        t = LEADING.matcher(LABEL.matcher(t).replaceFirst("")).replaceFirst("");
        return TRAILING.matcher(t).replaceFirst("");
    }

    /**
     * Whether an undecorated item reads as a search phrase: three to seven words (or up to seven words of a writing
     * without case, long enough to be a phrase), words only (no code, sizes or versions), and not a name.
     */
    private static boolean searchPhrase(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        String[] words = SPACES.split(phrase);
        boolean uncased = phrase.codePoints().filter(Character::isLetter).noneMatch(c -> Character.isUpperCase(c)
                || Character.isLowerCase(c) || Character.isTitleCase(c));
        long letters = phrase.codePoints().filter(Character::isLetter).count();
        boolean length = words.length >= 3 && words.length <= 7 || words.length <= 7 && uncased && letters >= 8;
        return length && ScriptScore.wordsOnly(phrase) && (uncased || !HiddenLinks.named(phrase));
    }
}
