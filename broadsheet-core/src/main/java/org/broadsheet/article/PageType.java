package org.broadsheet.article;

import java.util.Locale;

/**
 * What kind of page the text came from. A corpus builder keeps {@link #ARTICLE} pages and drops the rest; the
 * body of the other kinds is still their main content (a thread's posts, a product's description, a listing's
 * entries).
 */
public enum PageType {
    /** A news story, blog post or other piece of running prose with one subject. */
    ARTICLE,
    /** A discussion thread or question with answers: several posts by several people. */
    FORUM,
    /** One product or offer for sale: description, specifications, price. */
    PRODUCT,
    /** A list of entries that each link to a page of their own: a section front, search results, an archive. */
    LISTING,
    /** Reference or how-to documentation for software or a product. */
    DOCUMENTATION,
    /** A company's or organization's page about itself or what it offers: home, about, services, pricing. */
    SERVICE,
    /** A curated set of items on one page: a gallery, a list of recipes or tools, a category of products. */
    COLLECTION,
    /** None of the above. */
    OTHER;

    /** The lower-case name used in JSON and on the command line ({@code article}, {@code forum}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code label} (case ignored). */
    public static PageType fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
