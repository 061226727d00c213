package org.broadsheet.meta;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Time-zone names as news sites write them next to a time ("9:24 pm ET", "10:31 pm CST", "05:44 GMT"), turned
 * into the offset they meant on a given day. Regional names without a season ("ET", "PT") follow daylight saving.
 */
public final class ZoneAbbreviations {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("AKST", ZoneOffset.ofHours(-9)), Map.entry("AKDT", ZoneOffset.ofHours(-8)),
            Map.entry("HST", ZoneOffset.ofHours(-10)), Map.entry("AST", ZoneOffset.ofHours(-4)),
            Map.entry("ADT", ZoneOffset.ofHours(-3)), Map.entry("NST", ZoneOffset.ofHoursMinutes(-3, -30)),
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("UK", ZoneId.of("Europe/London")), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("MEZ", ZoneOffset.ofHours(1)),
            Map.entry("MESZ", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("AMT", ZoneOffset.ofHours(4)), Map.entry("GST", ZoneOffset.ofHours(4)),
            Map.entry("PKT", ZoneOffset.ofHours(5)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("ICT", ZoneOffset.ofHours(7)), Map.entry("WIB", ZoneOffset.ofHours(7)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("PHT", ZoneOffset.ofHours(8)), Map.entry("AWST", ZoneOffset.ofHours(8)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("NZST", ZoneOffset.ofHours(12)), Map.entry("NZDT", ZoneOffset.ofHours(13)),
            Map.entry("WAT", ZoneOffset.ofHours(1)), Map.entry("CAT", ZoneOffset.ofHours(2)),
            Map.entry("EAT", ZoneOffset.ofHours(3)), Map.entry("SAST", ZoneOffset.ofHours(2)));

    private ZoneAbbreviations() {
    }

    /** True when {@code name} (any case) is a zone name this class knows. */
    public static boolean isKnown(String name) {
        return name != null && ZONES.containsKey(name.toUpperCase(Locale.ROOT));
    }

    /** The offset {@code name} meant at local time {@code when}, or null when the name is unknown. */
    public static ZoneOffset offset(String name, LocalDateTime when) {
        ZoneId zone = name == null ? null : ZONES.get(name.toUpperCase(Locale.ROOT));
        return zone == null ? null : zone.getRules().getOffset(when);
    }
}
