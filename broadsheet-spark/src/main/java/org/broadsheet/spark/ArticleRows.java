package org.broadsheet.spark;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.broadsheet.article.Article;
import org.broadsheet.json.ArticleJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rows of {@link ArticleSchema#ARTICLE_ROW}. An article goes through its JSON form ({@link ArticleJson}), so that
 * the table and {@code broadsheet extract}'s output cannot drift apart: a column takes the JSON field of its name,
 * and a field the core does not write yet (or any more) is null. Thread-safe.
 */
final class ArticleRows {

    private static final StructType SCHEMA = ArticleSchema.ARTICLE_ROW;

    private final ArticleJson json = new ArticleJson();

    /** Where a row came from: the columns every row has, whatever became of the record. */
    record Origin(String file, long offset, String recordId, String url, String fetchedAt) {
    }

    /** The row for an extracted article; {@code analysis} is its knowledge-layer JSON, or null. */
    Row article(Origin origin, Article article, String analysis) {
        ObjectNode tree = json.toTree(article);
        Object[] values = new Object[SCHEMA.size()];
        StructField[] fields = SCHEMA.fields();
        for (int i = 0; i < fields.length; i++) {
            values[i] = value(tree.get(fields[i].name()), fields[i].dataType());
        }
        String url = origin.url() != null ? origin.url() : tree.path("url").asText(null);
        set(values, "status", ArticleSchema.ARTICLE);
        set(values, "reason", null);
        set(values, "detail", null);
        setOrigin(values, origin, url);
        set(values, "analysis", analysis);
        return RowFactory.create(values);
    }

    /** The row for a record that gave no article: {@code status} is skipped or failed. */
    Row noArticle(Origin origin, String status, String reason, String detail) {
        Object[] values = new Object[SCHEMA.size()];
        set(values, "status", status);
        set(values, "reason", reason);
        set(values, "detail", detail);
        setOrigin(values, origin, origin.url());
        return RowFactory.create(values);
    }

    private static void setOrigin(Object[] values, Origin origin, String url) {
        set(values, "file", origin.file());
        set(values, "offset", origin.offset());
        set(values, "recordId", origin.recordId());
        set(values, "url", url);
        set(values, "fetchedAt", origin.fetchedAt());
        set(values, "domain", domainOf(url));
    }

    private static void set(Object[] values, String column, Object value) {
        values[SCHEMA.fieldIndex(column)] = value;
    }

    /**
     * The host of {@code url}, lower case, without a leading {@code www.}: the unit of the per-domain statistics.
     * Null when there is no URL or it has no host.
     */
    static String domainOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code node} as a value of {@code type}, for a Row: null when absent or JSON null. */
    private static Object value(JsonNode node, DataType type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (type instanceof StructType struct) {
            Object[] values = new Object[struct.size()];
            StructField[] fields = struct.fields();
            for (int i = 0; i < fields.length; i++) {
                values[i] = value(node.get(fields[i].name()), fields[i].dataType());
            }
            return RowFactory.create(values);
        }
        if (type instanceof ArrayType array) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(value(element, array.elementType())));
            // a Row's array is a Scala sequence
            return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
        }
        if (type.equals(DataTypes.StringType)) {
            return node.isTextual() ? node.textValue() : node.toString();
        }
        if (type.equals(DataTypes.LongType)) {
            return node.asLong();
        }
        if (type.equals(DataTypes.IntegerType)) {
            return node.asInt();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return node.asDouble();
        }
        if (type.equals(DataTypes.BooleanType)) {
            return node.asBoolean();
        }
        throw new IllegalArgumentException("no conversion to " + type);
    }
}
