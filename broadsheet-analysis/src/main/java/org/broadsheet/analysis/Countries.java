package org.broadsheet.analysis;

import java.util.Locale;
import java.util.Map;

/**
 * What the knowledge layer knows about countries: other names, adjectives, and capitals (so that
 * "Beijing" used for the Chinese government is linked to China).
 */
final class Countries {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("people's republic of china", "China"), Map.entry("prc", "China"),
            Map.entry("russian federation", "Russia"), Map.entry("us", "United States"),
            Map.entry("u.s.", "United States"), Map.entry("usa", "United States"),
            Map.entry("u.s.a.", "United States"), Map.entry("america", "United States"),
            Map.entry("united states of america", "United States"), Map.entry("uk", "United Kingdom"),
            Map.entry("u.k.", "United Kingdom"), Map.entry("britain", "United Kingdom"),
            Map.entry("great britain", "United Kingdom"), Map.entry("republic of korea", "South Korea"),
            Map.entry("dprk", "North Korea"), Map.entry("uae", "United Arab Emirates"));

    private static final Map<String, String> CAPITALS = Map.ofEntries(
            Map.entry("beijing", "China"), Map.entry("moscow", "Russia"), Map.entry("washington", "United States"),
            Map.entry("london", "United Kingdom"), Map.entry("paris", "France"), Map.entry("berlin", "Germany"),
            Map.entry("tokyo", "Japan"), Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"),
            Map.entry("new delhi", "India"), Map.entry("tehran", "Iran"), Map.entry("ankara", "Turkey"),
            Map.entry("seoul", "South Korea"), Map.entry("pyongyang", "North Korea"), Map.entry("ottawa", "Canada"),
            Map.entry("canberra", "Australia"), Map.entry("rome", "Italy"), Map.entry("madrid", "Spain"),
            Map.entry("taipei", "Taiwan"), Map.entry("riyadh", "Saudi Arabia"), Map.entry("cairo", "Egypt"),
            Map.entry("damascus", "Syria"), Map.entry("baghdad", "Iraq"), Map.entry("kabul", "Afghanistan"),
            Map.entry("islamabad", "Pakistan"), Map.entry("warsaw", "Poland"), Map.entry("minsk", "Belarus"),
            Map.entry("brasilia", "Brazil"), Map.entry("mexico city", "Mexico"), Map.entry("hanoi", "Vietnam"),
            Map.entry("manila", "Philippines"), Map.entry("jakarta", "Indonesia"));

    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("chinese", "China"), Map.entry("russian", "Russia"),
            Map.entry("american", "United States"), Map.entry("british", "United Kingdom"),
            Map.entry("french", "France"), Map.entry("german", "Germany"), Map.entry("japanese", "Japan"),
            Map.entry("ukrainian", "Ukraine"), Map.entry("indian", "India"), Map.entry("iranian", "Iran"),
            Map.entry("israeli", "Israel"), Map.entry("turkish", "Turkey"), Map.entry("canadian", "Canada"),
            Map.entry("australian", "Australia"), Map.entry("italian", "Italy"), Map.entry("spanish", "Spain"),
            Map.entry("mexican", "Mexico"), Map.entry("brazilian", "Brazil"), Map.entry("pakistani", "Pakistan"),
            Map.entry("saudi", "Saudi Arabia"), Map.entry("egyptian", "Egypt"), Map.entry("syrian", "Syria"),
            Map.entry("iraqi", "Iraq"), Map.entry("afghan", "Afghanistan"), Map.entry("polish", "Poland"),
            Map.entry("belarusian", "Belarus"), Map.entry("vietnamese", "Vietnam"), Map.entry("korean", "Korea"));

    private static final java.util.Set<String> COUNTRIES = java.util.Set.of("China", "Russia", "United States",
            "United Kingdom", "France", "Germany", "Japan", "Ukraine", "India", "Iran", "Israel", "Turkey", "Canada",
            "Australia", "Italy", "Spain", "Mexico", "Brazil", "Pakistan", "Saudi Arabia", "Egypt", "Syria", "Iraq",
            "Afghanistan", "Poland", "Belarus", "Vietnam", "North Korea", "South Korea", "Taiwan", "Philippines",
            "Indonesia", "United Arab Emirates", "Qatar", "Lebanon", "Jordan", "Gaza", "Palestine", "Venezuela",
            "Cuba", "Argentina", "Chile", "Colombia", "Peru", "Nigeria", "Kenya", "South Africa", "Ethiopia",
            "Greece", "Sweden", "Norway", "Finland", "Denmark", "Netherlands", "Belgium", "Switzerland", "Austria",
            "Ireland", "Portugal", "Hungary", "Romania", "Serbia", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan",
            "Thailand", "Malaysia", "Singapore", "Bangladesh", "Sri Lanka", "Nepal", "Myanmar", "Cambodia", "Laos",
            "Mongolia", "New Zealand", "Libya", "Sudan", "Yemen", "Oman", "Kuwait", "Bahrain", "Morocco",
            "Algeria", "Tunisia");

    private Countries() {
    }

    /** The canonical name of a place name ("People's Republic of China" is "China"). */
    static String canonical(String name) {
        String c = ALIASES.get(name.toLowerCase(Locale.ROOT));
        return c != null ? c : name;
    }

    /** The country whose capital this is, or {@code null}. */
    static String capitalOf(String name) {
        return CAPITALS.get(name.toLowerCase(Locale.ROOT));
    }

    /** The country an adjective names ("Russian" is Russia), or {@code null}. */
    static String ofDemonym(String word) {
        return DEMONYMS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The government a capital stands for, as the spec names it ("Moscow denied" is the "Russian government"):
     * the country's adjective and "government"; {@code null} for a country without a known adjective.
     */
    static String government(String country) {
        if (country.equals("United States")) {
            return "U.S. government";
        }
        for (Map.Entry<String, String> e : DEMONYMS.entrySet()) {
            if (e.getValue().equals(country)) {
                String d = e.getKey();
                return Character.toUpperCase(d.charAt(0)) + d.substring(1) + " government";
            }
        }
        return null;
    }

    static boolean isCountry(String canonicalName) {
        return COUNTRIES.contains(canonicalName);
    }
}
