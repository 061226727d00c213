package org.broadsheet.article;

/** Why a block of a page is not part of the article body. */
public enum Boilerplate {
    /** Site menus, section lists, skip links, edition switchers. */
    NAVIGATION,
    /** The "Home / Section / Subsection" trail. */
    BREADCRUMB,
    /** The headline itself (it is in {@link Article#title()}). */
    TITLE,
    /** The standfirst (it is in {@link Article#subtitle()}). */
    SUBTITLE,
    /** Author, date and dateline lines. */
    BYLINE,
    /** Share buttons and follow-us widgets. */
    SHARE,
    /** Advertisements and sponsored slots. */
    ADVERTISEMENT,
    /** Lists of other stories. */
    RELATED,
    /** Reader comments. */
    COMMENTS,
    /** Newsletter sign-up, cookie consent, paywall and subscription prompts. */
    BANNER,
    /** Copyright, legal and contact lines. */
    FOOTER,
    /** Image and video captions and credits. */
    CAPTION,
    /** Tag and topic lists. */
    TAGS,
    /** Text the page hides from readers. */
    HIDDEN,
    /** Text that a third party planted in the page. */
    INJECTED_SPAM,
    /** Text outside the article's container that matched no more specific kind. */
    OUTSIDE_ARTICLE,
    /** Text inside the article's container that reads as page furniture rather than prose. */
    OTHER
}
