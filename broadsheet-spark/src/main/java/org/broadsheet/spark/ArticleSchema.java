package org.broadsheet.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of Broadsheet's Spark tables, documented field by field in {@code docs/spark.md}. The article columns
 * follow the article JSON ({@code docs/schema.md}) name for name; the record columns say where each row came from
 * and what became of it.
 */
public final class ArticleSchema {

    /** {@code status} of a row whose page gave an article. */
    public static final String ARTICLE = "article";
    /** {@code status} of a record that is sound but holds no page (a request, a redirect, an image ...). */
    public static final String SKIPPED = "skipped";
    /** {@code status} of a damaged record, an unreadable file, or a page the extractor failed on. */
    public static final String FAILED = "failed";

    /** The records a job extracts from: one row per WARC record (or per page the caller supplies). */
    public static final StructType RECORD = new StructType(new StructField[] {
        field("file", StringType),
        field("offset", LongType),
        field("recordId", StringType),
        field("url", StringType),
        field("fetchedAt", StringType),
        field("contentType", StringType),
        field("payload", org.apache.spark.sql.types.DataTypes.BinaryType),
        field("skipReason", StringType),
        field("skipDetail", StringType),
    });

    static final StructType LANGUAGE = struct(field("code", StringType), field("declared", StringType),
            field("detected", StringType));
    static final StructType IMAGE = struct(field("url", StringType), field("caption", StringType),
            field("credit", StringType));
    static final StructType DATE = struct(field("value", StringType), field("source", StringType),
            field("offsetInferred", BooleanType));
    /** A body block; a table's rows and cells too (schema 1.4), so that a row keeps what extract's JSON keeps. */
    static final StructType BLOCK = struct(field("type", StringType), field("text", StringType),
            field("rows", createArrayType(createArrayType(StringType, true), true)));
    static final StructType REMOVED = struct(field("kind", StringType), field("text", StringType),
            field("reason", StringType));
    static final StructType WARNING = struct(field("code", StringType), field("message", StringType));
    static final StructType SPAM = struct(field("location", StringType), field("block", IntegerType),
            field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("family", StringType), field("score", DoubleType),
            field("reasons", createArrayType(StringType, true)));

    /** One row per record: an article, or a skipped or failed record with its reason. */
    public static final StructType ARTICLE_ROW = new StructType(new StructField[] {
        field("status", StringType),
        field("reason", StringType),
        field("detail", StringType),
        field("file", StringType),
        field("offset", LongType),
        field("recordId", StringType),
        field("url", StringType),
        field("fetchedAt", StringType),
        field("domain", StringType),
        field("schemaVersion", StringType),
        field("pageType", StringType),
        field("canonicalUrl", StringType),
        field("title", StringType),
        field("subtitle", StringType),
        field("authors", strings()),
        field("authorOrganizations", strings()),
        field("publisher", StringType),
        field("section", strings()),
        field("tags", strings()),
        field("description", StringType),
        field("language", LANGUAGE),
        field("image", IMAGE),
        field("published", DATE),
        field("modified", DATE),
        field("text", StringType),
        field("blocks", createArrayType(BLOCK, true)),
        field("removed", createArrayType(REMOVED, true)),
        field("warnings", createArrayType(WARNING, true)),
        field("compromised", BooleanType),
        field("injectedSpam", createArrayType(SPAM, true)),
        field("analysis", StringType),
    });

    private ArticleSchema() {
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static DataType strings() {
        return createArrayType(StringType, true);
    }
}
