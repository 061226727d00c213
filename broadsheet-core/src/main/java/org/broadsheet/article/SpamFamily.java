package org.broadsheet.article;

/** What kind of injected spam a finding looks like. Written in JSON lower case with hyphens. */
public enum SpamFamily {
    /** Chinese pornography SEO keywords ("无码", "一区二区三区", "在线观看"). */
    CHINESE_PORN,
    /** Chinese gambling and lottery keywords ("百家乐", "时时彩", brand names with digits). */
    CHINESE_GAMBLING,
    /** The Japanese keyword hack: counterfeit brand goods ("スーパーコピー", "N級品", "激安"). */
    JAPANESE_KEYWORD_HACK,
    /** English pharmacy, casino, replica and loan spam ("no prescription", "free spins"). */
    PHARMA_CASINO,
    /** Indonesian online gambling ("slot gacor", "togel", "maxwin", brand names with digits). */
    INDONESIAN_GAMBLING,
    /** A small block of links the page hides from readers. */
    HIDDEN_LINKS,
    /** Sentences that read like prose but are stuffed with spam keywords. */
    KEYWORD_GIBBERISH,
    /** Real words in random order, without sentences: keyword stuffing in the article's own language. */
    KEYWORD_STUFFING,
    /** A keyword list whose vocabulary is not known: flagged on its form alone. */
    KEYWORD_LIST,
    /** Hidden prose that advertises a service and gives a phone number to call, in words the article does not use. */
    HIDDEN_ADVERT,
    /**
     * Shown prose or lines that advertise a service and give a way to reach it again and again (a number to call said
     * twice, a number and an address written out in words), in words the article does not use.
     */
    ADVERT
}
