package org.broadsheet.spark;

import java.util.Iterator;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.broadsheet.ExtractionException;
import org.broadsheet.Extractor;
import org.broadsheet.article.Article;
import org.broadsheet.article.Provenance;
import org.broadsheet.article.RawPage;
import org.broadsheet.warc.SkipReason;

/**
 * Turns record rows into article rows, one for one, in the task: one {@link Extractor} per partition, the same
 * pipeline and limits as {@code broadsheet extract}. A page the extractor gives up on is a failed row with the
 * reason, never a failed task.
 */
final class RecordExtraction implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** Where each column of {@link ArticleSchema#RECORD} is in the input rows, or -1 when the input has none. */
    private final int file;
    private final int offset;
    private final int recordId;
    private final int url;
    private final int fetchedAt;
    private final int contentType;
    private final int payload;
    private final int skipReason;
    private final int skipDetail;
    private final boolean analyze;

    /**
     * @param input the input's columns: {@code payload} (binary) is required, the other columns of
     *        {@link ArticleSchema#RECORD} are used when present
     * @param analyze run the knowledge layer on each article (it must be on the class path)
     */
    RecordExtraction(StructType input, boolean analyze) {
        this.payload = index(input, "payload");
        if (payload < 0) {
            throw new IllegalArgumentException("the records need a binary column 'payload' (the page's bytes); "
                    + "columns given: " + String.join(", ", input.fieldNames()));
        }
        this.file = index(input, "file");
        this.offset = index(input, "offset");
        this.recordId = index(input, "recordId");
        this.url = index(input, "url");
        this.fetchedAt = index(input, "fetchedAt");
        this.contentType = index(input, "contentType");
        this.skipReason = index(input, "skipReason");
        this.skipDetail = index(input, "skipDetail");
        this.analyze = analyze;
        if (analyze) {
            ExecutorAnalysis.require();
        }
    }

    private static int index(StructType schema, String name) {
        return java.util.Arrays.asList(schema.fieldNames()).indexOf(name);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
        Extractor extractor = new Extractor();
        ArticleRows rows = new ArticleRows();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return extract(records.next(), extractor, rows);
            }
        };
    }

    private Row extract(Row record, Extractor extractor, ArticleRows rows) {
        ArticleRows.Origin origin = new ArticleRows.Origin(string(record, file), offset < 0 || record.isNullAt(offset)
                ? 0L : ((Number) record.get(offset)).longValue(), string(record, recordId), string(record, url),
                string(record, fetchedAt));
        String skipped = string(record, skipReason);
        if (skipped != null) {
            boolean damage = skipped.equals(SkipReason.DAMAGED.code());
            return rows.noArticle(origin, damage ? ArticleSchema.FAILED : ArticleSchema.SKIPPED, skipped,
                    string(record, skipDetail));
        }
        byte[] bytes = record.isNullAt(payload) ? null : (byte[]) record.get(payload);
        if (bytes == null) {
            return rows.noArticle(origin, ArticleSchema.FAILED, "no-payload", "the record has no payload");
        }
        String source = origin.file() != null ? origin.file() : origin.url() != null ? origin.url() : "-";
        try {
            Article article = extractor.extract(new RawPage(source, bytes, origin.url(), string(record, contentType)));
            if (origin.recordId() != null) {
                article = article.withProvenance(new Provenance(origin.recordId(), origin.fetchedAt()));
            }
            String analysis = null;
            if (analyze) {
                try {
                    analysis = ExecutorAnalysis.analyze(article);
                } catch (RuntimeException | StackOverflowError e) {
                    return rows.noArticle(origin, ArticleSchema.FAILED, "analysis", "analysis failed: " + e);
                }
            }
            return rows.article(origin, article, analysis);
        } catch (ExtractionException e) {
            return rows.noArticle(origin, ArticleSchema.FAILED, e.reason().code(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return rows.noArticle(origin, ArticleSchema.FAILED, "internal-error", "internal error: " + e);
        } catch (OutOfMemoryError e) {
            return rows.noArticle(origin, ArticleSchema.FAILED, "out-of-memory", "ran out of memory");
        }
    }

    private static String string(Row row, int index) {
        return index < 0 || row.isNullAt(index) ? null : row.get(index).toString();
    }
}
