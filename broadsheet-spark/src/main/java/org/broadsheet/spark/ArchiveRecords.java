package org.broadsheet.spark;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.broadsheet.warc.CrawlRecord;
import org.broadsheet.warc.SkipReason;
import org.broadsheet.warc.SkippedRecord;
import org.broadsheet.warc.WarcEntry;
import org.broadsheet.warc.WarcLimits;
import org.broadsheet.warc.WarcRecordSource;

/**
 * The records of one web archive, as rows of {@link ArticleSchema#RECORD}, streamed: the task holds one record's
 * payload at a time, whatever the file's size. Damage is a row ({@code skipReason} {@code damaged}), and reading
 * goes on at the next record, as {@link WarcRecordSource} does; a file that cannot be opened at all is one row too.
 *
 * <p>A {@code file:} path is read in place. A file on any other Hadoop file system (HDFS, S3 ...) is first copied to
 * the executor's temporary directory, because the reader recovers from damage by seeking in the file; the copy is
 * deleted when the task ends.
 */
final class ArchiveRecords implements FlatMapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final HadoopSettings hadoop;

    ArchiveRecords(HadoopSettings hadoop) {
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Row fileRow) throws Exception {
        String file = fileRow.getString(0);
        Path local;
        Path copy = null;
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
            String scheme = path.toUri().getScheme();
            if (scheme == null || scheme.equals("file")) {
                local = Path.of(path.toUri().getPath());
            } else {
                copy = localCopy(path);
                local = copy;
            }
        } catch (IOException | RuntimeException e) {
            return List.of(unreadable(file, e)).iterator();
        }
        WarcRecordSource source;
        try {
            source = WarcRecordSource.open(local, WarcLimits.DEFAULT);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy);
            return List.of(unreadable(file, e)).iterator();
        }
        Records records = new Records(file, source, copy);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> records.close());
        }
        return records;
    }

    private Path localCopy(org.apache.hadoop.fs.Path path) throws IOException {
        FileSystem fs = path.getFileSystem(hadoop.get());
        Path copy = Files.createTempFile("broadsheet-", "-" + path.getName());
        try (InputStream in = fs.open(path)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
        return copy;
    }

    private static Row unreadable(String file, Exception e) {
        return RowFactory.create(file, 0L, null, null, null, null, null, SkipReason.DAMAGED.code(),
                "cannot read the file: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind in the executor's temporary directory; nothing to lose
            }
        }
    }

    /** The file's entries as rows, one at a time; closes the file (and deletes the copy) at the end. */
    private static final class Records implements Iterator<Row>, Closeable {
        private final String file;
        private final WarcRecordSource source;
        private final Path copy;
        private boolean closed;

        Records(String file, WarcRecordSource source, Path copy) {
            this.file = file;
            this.source = source;
            this.copy = copy;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (source.hasNext()) {
                return true;
            }
            close();
            return false;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WarcEntry entry = source.next();
            if (entry instanceof CrawlRecord r) {
                return RowFactory.create(file, r.offset(), r.recordId(), r.url(), r.fetchedAt(), r.contentType(),
                        r.payload(), null, null);
            }
            SkippedRecord s = (SkippedRecord) entry;
            return RowFactory.create(file, s.offset(), s.recordId(), s.url(), null, null, null, s.reason().code(),
                    s.reason().description() + ": " + s.detail());
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                source.close();
            } catch (IOException e) {
                // reading is over; the descriptor goes with the task
            }
            deleteQuietly(copy);
        }
    }
}
