package org.broadsheet.article;

/**
 * A publication or update time as the page states it.
 *
 * @param value ISO-8601: a date, a local date-time, or a date-time with offset when the page gives one
 * @param source where the value was found
 * @param offsetInferred true when the offset was not stated by the page but inferred (for example from the site's zone)
 */
public record PageDate(String value, DateSource source, boolean offsetInferred) {

    /** Where a date was found. */
    public enum DateSource {
        JSON_LD,
        META,
        MICRODATA,
        TIME_ELEMENT,
        VISIBLE_TEXT,
        URL
    }
}
