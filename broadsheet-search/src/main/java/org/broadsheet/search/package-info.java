/**
 * An embedded, searchable record of articles and of who said what in them: {@link org.broadsheet.search.ArticleIndex}
 * writes the index (Apache Lucene) from the JSON that {@code extract} and {@code analyze} write, grouping
 * near-duplicates as it goes; {@link org.broadsheet.search.Corpus} searches it (full text in the article's language,
 * facets, highlights, statements by speaker, people over time); {@link org.broadsheet.search.SearchServer} serves it
 * as a JSON API and a web page.
 *
 * <p>The knowledge layer's output is read as JSON: this module never links it (it is GPL, this module Apache-2.0).
 */
package org.broadsheet.search;
