/**
 * Broadsheet core: news pages in, structured articles out. The API is {@link org.broadsheet.Broadsheet} and
 * {@link org.broadsheet.Extractor} (with {@link org.broadsheet.ExtractionLimits}), the article model in
 * {@code org.broadsheet.article} and the JSON writer in {@code org.broadsheet.json}; the pipeline's stages are
 * internal.
 */
module org.broadsheet.core {
    requires org.jsoup;
    requires com.ibm.icu;
    requires transitive com.fasterxml.jackson.databind; // ArticleJson.toTree hands out a Jackson tree

    exports org.broadsheet;
    exports org.broadsheet.article;
    exports org.broadsheet.json;
}
