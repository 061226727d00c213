package org.broadsheet.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.broadsheet.article.LeadImage;
import org.broadsheet.article.PageDate;
import org.broadsheet.article.SpamFinding;

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

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    public Metadata {
        authors = List.copyOf(authors);
        authorOrganizations = List.copyOf(authorOrganizations);
        section = List.copyOf(section);
        tags = List.copyOf(tags);
    }

    /**
     * This metadata without a publisher's name that is mostly planted spam: spam appended to the copyright line
     * ("© Hearst best online casino real money") would otherwise name the site.
     */
    public Metadata withoutSpam(List<SpamFinding> findings) {
        if (publisher == null || findings.isEmpty()) {
            return this;
        }
        String[] words = WORD_BREAK.split(publisher.toLowerCase(Locale.ROOT));
        List<String> spam = findings.stream().map(f -> f.text().toLowerCase(Locale.ROOT)).toList();
        int planted = 0;
        for (String word : words) {
            // a short word ("rt", "the") is planted only when the spam has it as a word of its own; a long one, or
            // a run of unspaced Chinese or Japanese, wherever it sits in the spam
            boolean found = word.length() >= 4
                    ? spam.stream().anyMatch(text -> text.contains(word))
                    : spam.stream().anyMatch(text -> List.of(WORD_BREAK.split(text)).contains(word));
            planted += found ? 1 : 0;
        }
        if (planted * 2 < words.length) {
            return this;
        }
        return new Metadata(title, subtitle, authors, authorOrganizations, null, section, tags, description,
                declaredLanguage, image, published, modified, canonicalUrl);
    }
}
