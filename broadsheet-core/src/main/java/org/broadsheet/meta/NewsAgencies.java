package org.broadsheet.meta;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises credits that name an organization rather than a person: wire agencies ("Reuters", "The Associated
 * Press", "PTI") and desk credits ("Staff Reports", "HNN Staff", "News Nation Bureau", "wire services").
 */
public final class NewsAgencies {

    private static final Set<String> AGENCIES = Set.of("reuters", "associated press", "the associated press", "ap",
            "afp", "agence france-presse", "agence france presse", "pti", "press trust of india", "ians", "ani", "uni",
            "bloomberg", "upi", "united press international", "dpa", "deutsche presse-agentur", "efe", "ansa",
            "xinhua", "tass", "kyodo", "kyodo news", "yonhap", "aap", "australian associated press", "anadolu",
            "anadolu agency", "bernama", "antara", "the canadian press", "canadian press", "cp", "kna", "epd", "sda",
            "lusa", "europa press", "interfax", "ria novosti", "ntb", "tt", "ritzau", "wenn", "cna", "apa",
            "reuters staff", "ap staff", "afp staff", "agência brasil", "agencia brasil", "sapa", "nan", "ips",
            "kyodo news agency", "xinhua news agency", "prensa latina", "notimex", "ansamed", "agi", "adnkronos");
    private static final Pattern PUNCTUATION = Pattern.compile("[().]");
    private static final Pattern DESK = Pattern.compile("(?i)^(?:.*\\s)?(staff|staff reports?|reports|bureau|desk|team"
            + "|newsroom|editors|editorial staff|editorial board|editorial team|wire services?|news services?"
            + "|news agencies|agencies|redaktion|redacción|redação|redazione|rédaction|редакция|staff writers?)$");

    private NewsAgencies() {
    }

    /** True when {@code name} is a wire agency ("Reuters", "Associated Press", "AFP"). */
    public static boolean isAgency(String name) {
        return name != null && AGENCIES.contains(PUNCTUATION.matcher(name.trim()).replaceAll("").toLowerCase(Locale.ROOT));
    }

    /** True when {@code name} is a desk or staff credit ("Staff Reports", "HNN Staff", "Detroit News wire services"). */
    public static boolean isDesk(String name) {
        return name != null && DESK.matcher(name.trim()).matches() && name.trim().split("\\s+").length <= 6;
    }

    /** The agency's usual written name for a dateline code such as "AP", or the code itself. */
    public static String expand(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "AP" -> "Associated Press";
            default -> code;
        };
    }
}
