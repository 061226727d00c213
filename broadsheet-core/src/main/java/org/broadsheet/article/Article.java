package org.broadsheet.article;

import java.util.List;
import java.util.stream.Collectors;


/**
 * One extracted news article: what a reader sees as the story, its metadata, and an account of
 * everything that was left out and why. Immutable; the only thing later layers see.
 *
 * <p>Fields are {@code null} (or empty lists) when the page does not give them. The JSON form is
 * documented in {@code docs/schema.md}; {@link #SCHEMA_VERSION} changes whenever that form does.
 *
 * @param schemaVersion version of the JSON schema this value follows
 * @param source the input as given (a path, a URL, or {@code -} for stdin)
 * @param url the page's address, when known (given by the caller or found in the page)
 * @param canonicalUrl the address the page declares as canonical
 * @param title the headline
 * @param subtitle the standfirst or dek under the headline
 * @param authors the people credited in the byline, names only
 * @param authorOrganizations agencies or desks credited instead of, or besides, people
 * @param publisher the site or organization that published the page
 * @param section the section path, outermost first (from breadcrumbs or metadata)
 * @param tags keywords the page assigns to itself
 * @param description the page's own summary
 * @param language declared and detected language
 * @param image the lead image
 * @param published first publication time
 * @param modified last update time
 * @param blocks the body in reading order
 * @param removed every block that was left out of the body, with its kind and reason
 * @param warnings problems met on the way (guessed charset, encoding damage, truncation, ...)
 * @param provenance the web-archive record the page came from, or null when it did not come from one
 * @param injectedSpam text that a third party planted in the page (removed from the body, each with its span,
 *        family, score and reasons); empty when the page does not look compromised
 * @param pageType what kind of page this is (article, forum, product, ...); null when not judged
 */
public record Article(
        String schemaVersion,
        String source,
        String url,
        String canonicalUrl,
        String title,
        String subtitle,
        List<String> authors,
        List<String> authorOrganizations,
        String publisher,
        List<String> section,
        List<String> tags,
        String description,
        Language language,
        LeadImage image,
        PageDate published,
        PageDate modified,
        List<BodyBlock> blocks,
        List<RemovedBlock> removed,
        List<Warning> warnings,
        Provenance provenance,
        List<SpamFinding> injectedSpam,
        PageType pageType) {

    /** Version of the JSON form of an article. */
    public static final String SCHEMA_VERSION = "1.4";

    /** Copies the lists, so that an article never changes. */
    public Article {
        authors = List.copyOf(authors);
        authorOrganizations = List.copyOf(authorOrganizations);
        section = List.copyOf(section);
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        injectedSpam = injectedSpam == null ? List.of() : List.copyOf(injectedSpam);
    }

    /** An article whose page type was not judged. */
    public Article(String schemaVersion, String source, String url, String canonicalUrl, String title,
            String subtitle, List<String> authors, List<String> authorOrganizations, String publisher,
            List<String> section, List<String> tags, String description, Language language, LeadImage image,
            PageDate published, PageDate modified, List<BodyBlock> blocks, List<RemovedBlock> removed,
            List<Warning> warnings, Provenance provenance, List<SpamFinding> injectedSpam) {
        this(schemaVersion, source, url, canonicalUrl, title, subtitle, authors, authorOrganizations, publisher,
                section, tags, description, language, image, published, modified, blocks, removed, warnings,
                provenance, injectedSpam, null);
    }

    /** An article that did not come from a web archive (no {@link Provenance}). */
    public Article(String schemaVersion, String source, String url, String canonicalUrl, String title,
            String subtitle, List<String> authors, List<String> authorOrganizations, String publisher,
            List<String> section, List<String> tags, String description, Language language, LeadImage image,
            PageDate published, PageDate modified, List<BodyBlock> blocks, List<RemovedBlock> removed,
            List<Warning> warnings) {
        this(schemaVersion, source, url, canonicalUrl, title, subtitle, authors, authorOrganizations, publisher,
                section, tags, description, language, image, published, modified, blocks, removed, warnings, null,
                List.of());
    }

    /** This article with {@code provenance} (may be null) in place of its own. */
    public Article withProvenance(Provenance provenance) {
        return new Article(schemaVersion, source, url, canonicalUrl, title, subtitle, authors, authorOrganizations,
                publisher, section, tags, description, language, image, published, modified, blocks, removed,
                warnings, provenance, injectedSpam, pageType);
    }

    /** This article with {@code pageType} in place of its own. */
    public Article withPageType(PageType pageType) {
        return new Article(schemaVersion, source, url, canonicalUrl, title, subtitle, authors, authorOrganizations,
                publisher, section, tags, description, language, image, published, modified, blocks, removed,
                warnings, provenance, injectedSpam, pageType);
    }

    /** True when the page looks compromised: a third party planted text in it. */
    public boolean compromised() {
        return !injectedSpam.isEmpty();
    }

    /** The body as plain text: one block a line. */
    public String text() {
        return blocks.stream().map(BodyBlock::text).collect(Collectors.joining("\n"));
    }
}
