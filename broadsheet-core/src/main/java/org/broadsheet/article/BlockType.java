package org.broadsheet.article;

/** The kind of a body block, as its markup or line shape presents it. */
public enum BlockType {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    TABLE,
    CAPTION,
    CODE
}
