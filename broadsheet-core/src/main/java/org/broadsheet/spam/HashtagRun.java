package org.broadsheet.spam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text that is a run of hashtags ({@code #CheapFlightsNow #cheapflightsnow #bestodds …}), read as the list of
 * phrases it is: each hashtag a phrase whose words were glued together. An article's own hashtags are a few names
 * of its topic, each said once; a planted run draws its tags from a bank, so the same tags come back, in one case or
 * another. A run copied whole (a post's caption shown twice by a flattener) says its tags again in the same order,
 * and that is not counted as saying them again.
 *
 * @param tags the hashtags, without their '#', in the order of the text
 */
record HashtagRun(List<String> tags) {

    /** Fewest hashtags of a run: an article's honest lines have two to four. */
    static final int MIN_TAGS = 6;
    /** The least share of a run's tokens that are hashtags (the rest: separators, a word or two before them). */
    private static final double MIN_TAG_SHARE = 0.8;

    /** Copies the list, so that the value cannot change. */
    HashtagRun {
        tags = List.copyOf(tags);
    }

    /** The run of hashtags {@code text} is, or null when it is not one (most text: cheap to ask). */
    static HashtagRun of(String text) {
        if (text.indexOf('#') < 0) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        int tokens = 0;
        for (String token : text.strip().split("[\\s|/,·•]+")) {
            if (token.isEmpty()) {
                continue;
            }
            tokens++;
            if (token.length() > 2 && token.charAt(0) == '#' && Character.isLetter(token.codePointAt(1))) {
                tags.add(token.substring(1));
            }
        }
        return tags.size() >= MIN_TAGS && tags.size() >= MIN_TAG_SHARE * tokens ? new HashtagRun(tags) : null;
    }

    /**
     * How many different hashtags the run says again, whatever their case, when its repeats are a fifth of its
     * tags or more; 0 otherwise. A tag said again after the same tag as before is part of a run copied whole.
     */
    int saidAgain() {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> before = new HashMap<>();
        String previous = "";
        int repeats = 0;
        for (String tag : tags) {
            String folded = tag.toLowerCase(Locale.ROOT);
            String earlier = before.putIfAbsent(folded, previous);
            if (earlier != null && !earlier.equals(previous)) {
                counts.merge(folded, 1, Integer::sum);
                repeats++;
            }
            previous = folded;
        }
        return repeats * 5 >= tags.size() ? counts.size() : 0;
    }
}
