package org.broadsheet.warc;

/** Why a record of a web archive gave no page to extract. */
public enum SkipReason {

    /** A request, metadata, warcinfo, revisit or other record: no captured page in it. Not reported one by one. */
    NOT_A_PAGE("not a response or conversion record", false),
    /** The response is not HTML (an image, a script, a PDF ...), by its HTTP {@code Content-Type}. */
    NOT_HTML("not HTML", false),
    /** An HTTP redirect (3xx): the page is elsewhere. */
    REDIRECT("redirect", false),
    /** An HTTP error or other status that carries no page (4xx, 5xx, 1xx, 204). */
    HTTP_STATUS("HTTP status without a page", false),
    /** The crawler cut the capture short ({@code WARC-Truncated}). */
    TRUNCATED("truncated by the crawler", false),
    /** The payload is larger than the limit; it is skipped without being read into memory. */
    TOO_LARGE("larger than the payload limit", false),
    /**
     * The record is damaged: a corrupt gzip member, a {@code Content-Length} that does not match the data, a record
     * cut off by the end of the file, headers that do not parse. Reading resumes at the next record.
     */
    DAMAGED("damaged record", true);

    private final String description;
    private final boolean damage;

    SkipReason(String description, boolean damage) {
        this.description = description;
        this.damage = damage;
    }

    /** A few words for summaries, e.g. {@code "redirect"}. */
    public String description() {
        return description;
    }

    /** True when the archive itself is damaged here (a failure), false for a record that is sound but not a page. */
    public boolean isDamage() {
        return damage;
    }

    /** The reason as it appears in summaries: lower case with hyphens, e.g. {@code not-html}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
