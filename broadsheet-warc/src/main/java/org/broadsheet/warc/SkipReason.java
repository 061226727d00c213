package org.broadsheet.warc;

/** Why a record of a web archive gave no page to extract. */
public enum SkipReason {

    /** A request, metadata, warcinfo, revisit or other record: no captured page in it. Not reported one by one. */
    NOT_A_PAGE("not a response or conversion record", false, false),
    /** The response is not HTML (an image, a script, a PDF ...), by its HTTP {@code Content-Type}. Counted only. */
    NOT_HTML("not HTML", false, false),
    /** An HTTP redirect (3xx): the page is elsewhere. Counted only. */
    REDIRECT("redirect", false, false),
    /** An HTTP error or other status that carries no page (4xx, 5xx, 1xx, 204). Counted only. */
    HTTP_STATUS("HTTP status without a page", false, false),
    /** The crawler cut the capture short ({@code WARC-Truncated}). Counted only: crawlers do it routinely. */
    TRUNCATED("truncated by the crawler", false, false),
    /** The payload is larger than the limit; it is skipped without being held in memory. Reported one by one. */
    TOO_LARGE("larger than the payload limit", false, true),
    /**
     * The payload is served as a page (as HTML, or with no type) but is binary data: a known file format by its
     * first bytes, or NUL and control bytes that no text has. Reported one by one.
     */
    BINARY("binary data served as a page", false, true),
    /**
     * The record is damaged: a corrupt gzip member, a {@code Content-Length} that does not match the data, a record
     * cut off by the end of the file, headers that do not parse. Reading resumes at the next record.
     */
    DAMAGED("damaged record", true, true);

    private final String description;
    private final boolean damage;
    private final boolean reportedOneByOne;

    SkipReason(String description, boolean damage, boolean reportedOneByOne) {
        this.description = description;
        this.damage = damage;
        this.reportedOneByOne = reportedOneByOne;
    }

    /** A few words for summaries, e.g. {@code "redirect"}. */
    public String description() {
        return description;
    }

    /** True when the archive itself is damaged here (a failure), false for a record that is sound but not a page. */
    public boolean isDamage() {
        return damage;
    }

    /**
     * True when each such record is worth naming to the user (damage, or a page-like record that had to be dropped),
     * false when counting them is enough (requests, images, redirects: an archive is full of them).
     */
    public boolean isReportedOneByOne() {
        return reportedOneByOne;
    }

    /** The reason as it appears in summaries: lower case with hyphens, e.g. {@code not-html}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
