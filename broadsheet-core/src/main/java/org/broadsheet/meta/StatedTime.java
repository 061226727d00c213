package org.broadsheet.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A point in time as a page states it: always a day, sometimes a time of day, sometimes an offset.
 *
 * @param date the calendar day
 * @param time the time of day, or null when the page gives only the day
 * @param offset the UTC offset, or null when the page does not fix one
 */
public record StatedTime(LocalDate date, LocalTime time, ZoneOffset offset) {

    /** True when this states a time and an offset, so it names an instant. */
    public boolean isInstant() {
        return time != null && offset != null;
    }

    /** The instant, when {@link #isInstant()}. */
    public OffsetDateTime instant() {
        return OffsetDateTime.of(date, time, offset);
    }

    /** The same instant seen at {@code other}; only meaningful when {@link #isInstant()}. */
    public StatedTime at(ZoneOffset other) {
        OffsetDateTime moved = instant().withOffsetSameInstant(other);
        return new StatedTime(moved.toLocalDate(), moved.toLocalTime(), other);
    }

    /** True when the day is one a news page could carry (placeholders such as 0001-01-01 are not). */
    public boolean isPlausible() {
        return date.getYear() >= 1990 && date.getYear() <= 2100;
    }

    /** The local date-time, when a time is stated. */
    public LocalDateTime local() {
        return LocalDateTime.of(date, time);
    }

    /** ISO-8601: {@code 2019-11-18}, {@code 2019-11-18T21:24} or {@code 2019-11-18T21:24:00-05:00}. */
    public String iso() {
        if (time == null) {
            return date.toString();
        }
        String t = time.getSecond() == 0 && time.getNano() == 0
                ? time.format(DateTimeFormatter.ofPattern("HH:mm"))
                : time.withNano(0).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        String base = date + "T" + t;
        if (offset == null) {
            return base;
        }
        return offset.getTotalSeconds() == 0 ? base + "+00:00" : base + offset.getId();
    }
}
