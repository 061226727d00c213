package org.broadsheet.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How consistently the named-entity tagger reads one name as a person's across the article. The tagger sees each
 * sentence alone: a person's name, once tagged, is tagged again in most later sentences, while a company, product or
 * site named like a person ("Snowflake", "Skiplagged", "Green Chef") is tagged a person in a sentence or two and
 * left untagged, or called an organization or a place, in the rest.
 */
final class NameTagging {

    private NameTagging() {
    }

    /**
     * True when the name is written three times or more (its mentions, and every other place its words stand in the
     * body in that order, whatever the tagger made of them) and fewer than half of these have a word tagged a person.
     *
     * @param name the entity's name
     * @param mentions the mentions of the entity; pronouns are not counted
     * @param sentences the body's sentences, which hold the tags
     */
    static boolean seldomPerson(String name, Collection<Mention> mentions, List<Sentence> sentences) {
        Map<Integer, Boolean> written = new TreeMap<>(); // start offset: tagged a person
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.SHORT_NAME) {
                for (Sentence s : sentences) {
                    int t = s.begin() <= m.start() && m.start() < s.end() ? s.tokenAt(m.start()) : 0;
                    if (t > 0) {
                        written.put(m.start(), person(s, t, m.end()));
                    }
                }
            }
        }
        String[] words = name.split("\\s+");
        for (Sentence s : sentences) {
            for (int i = 1; i + words.length - 1 <= s.size(); i++) {
                int k = 0;
                while (k < words.length && s.word(i + k).equals(words[k])) {
                    k++;
                }
                if (k == words.length) {
                    written.putIfAbsent(s.begin(i), person(s, i, s.end(i + k - 1)));
                }
            }
        }
        long tagged = written.values().stream().filter(b -> b).count();
        return written.size() >= 3 && 2 * tagged < written.size();
    }

    /** Some token of sentence {@code s} from {@code t} up to offset {@code end} is tagged a person. */
    private static boolean person(Sentence s, int t, int end) {
        for (int k = t; k <= s.size() && s.begin(k) < end; k++) {
            if (s.ner(k).equals("PERSON")) {
                return true;
            }
        }
        return false;
    }
}
