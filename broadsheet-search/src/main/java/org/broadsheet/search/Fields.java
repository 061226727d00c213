package org.broadsheet.search;

import java.util.List;

/** The names of the index's fields and facets, in one place. */
final class Fields {

    /** The key of a document: the article's address, else the hash of its content (statements: article id + n). */
    static final String ID = "id";
    /** {@link #ARTICLE} or {@link #STATEMENT}. */
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String STATEMENT = "statement";
    /** The hash of what was indexed for the article, to tell an unchanged article from a changed one. */
    static final String CONTENT_HASH = "contentHash";
    /** Language fields: {@code title_en}, {@code text_en}, {@code quote_en} (see {@link Languages}). */
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String QUOTE = "quote";
    /** Publication time, epoch milliseconds (point, doc value and stored). */
    static final String DATE = "date";
    /** The near-duplicate group: the id of its first article. */
    static final String GROUP = "group";
    /** The MinHash signature (binary doc value), to rebuild the near-duplicate table when the index opens. */
    static final String SIGNATURE = "signature";
    /** The article's JSON as indexed (stored), or the statement's. */
    static final String JSON = "json";
    /**
     * What a result shows of a document (headline, address, publisher, byline, the opening of its text...) as a
     * small JSON binary doc value: a page of results reads it from this column instead of decompressing and parsing
     * each hit's whole stored JSON.
     */
    static final String CARD = "card";
    /** A statement's article. */
    static final String ARTICLE_ID = "articleId";

    /** The facet dimensions; each is also a keyword field {@code f.<dim>} for filtering. */
    static final List<String> FACETS = List.of("publisher", "section", "language", "pageType", "author", "person",
            "organization", "place", "speaker", "compromised", "month");

    /** Facets that an article can have several values of. */
    static final List<String> MULTI_VALUED = List.of("section", "author", "person", "organization", "place",
            "speaker");

    private Fields() {
    }

    /** The keyword field that filters on facet {@code dim}. */
    static String filter(String dim) {
        return "f." + dim;
    }

    /** A language field such as {@code text_en}. */
    static String lang(String field, String tag) {
        return field + "_" + tag;
    }
}
