package org.broadsheet.article;

/**
 * The article's lead image.
 *
 * @param url absolute address of the image
 * @param caption its caption, if the page gives one
 * @param credit the photographer or agency credit, if the page gives one
 */
public record LeadImage(String url, String caption, String credit) {
}
