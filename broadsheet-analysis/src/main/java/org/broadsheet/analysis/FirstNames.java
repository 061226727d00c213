package org.broadsheet.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Common English given names whose gender is clear, from the lists in the CoreNLP models jar (names on
 * both lists, such as "Kelly", are left out). A prior for pronoun resolution: "she" does not go to "Joe Biden".
 */
final class FirstNames {

    private static final String DIR = "/edu/stanford/nlp/models/gender/";
    private static final Map<String, String> GENDER = load();

    private FirstNames() {
    }

    /** "m", "f", or {@code null} when the name is not a clear given name. */
    static String gender(String firstName) {
        return GENDER.get(firstName.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> load() {
        Set<String> male = read(DIR + "male_first_names.txt");
        Set<String> female = read(DIR + "female_first_names.txt");
        Map<String, String> out = new HashMap<>();
        male.stream().filter(n -> !female.contains(n)).forEach(n -> out.put(n, "m"));
        female.stream().filter(n -> !male.contains(n)).forEach(n -> out.put(n, "f"));
        return Map.copyOf(out);
    }

    private static Set<String> read(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                return names; // models jar without the lists: no prior, pronouns still resolve
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            return new HashSet<>();
        }
        return names;
    }
}
