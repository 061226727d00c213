package org.broadsheet.meta;

import java.util.List;

import org.broadsheet.article.LeadImage;
import org.broadsheet.article.PageDate;

/**
 * What a page says about its article, apart from the body.
 *
 * @param title the headline
 * @param subtitle the standfirst or dek
 * @param authors people credited
 * @param authorOrganizations agencies or desks credited
 * @param publisher the site's name for itself
 * @param section section path, outermost first
 * @param tags keywords
 * @param description the page's summary
 * @param declaredLanguage the language the page declares, as written
 * @param image the lead image
 * @param published first publication time
 * @param modified last update time
 * @param canonicalUrl the declared canonical address
 */
public record Metadata(
        String title,
        String subtitle,
        List<String> authors,
        List<String> authorOrganizations,
        String publisher,
        List<String> section,
        List<String> tags,
        String description,
        String declaredLanguage,
        LeadImage image,
        PageDate published,
        PageDate modified,
        String canonicalUrl) {

    public Metadata {
        authors = List.copyOf(authors);
        authorOrganizations = List.copyOf(authorOrganizations);
        section = List.copyOf(section);
        tags = List.copyOf(tags);
    }
}
