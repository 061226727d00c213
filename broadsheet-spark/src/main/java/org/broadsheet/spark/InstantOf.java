package org.broadsheet.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.apache.spark.sql.api.java.UDF1;

/**
 * An ISO-8601 time as the article JSON writes it (a date, a local date-time, or a date-time with an offset or
 * {@code Z}) as epoch seconds, to order copies by; a time without an offset is read as UTC. Null when unreadable.
 */
final class InstantOf implements UDF1<String, Long> {

    private static final long serialVersionUID = 1L;

    @Override
    public Long call(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toEpochSecond();
        } catch (DateTimeParseException e) {
            // no offset: try the local forms
        }
        try {
            return LocalDateTime.parse(v).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // a date alone
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).atStartOfDay()
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
