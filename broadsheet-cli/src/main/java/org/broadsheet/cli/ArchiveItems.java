package org.broadsheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.broadsheet.warc.CrawlRecord;
import org.broadsheet.warc.SkippedRecord;
import org.broadsheet.warc.WarcEntry;
import org.broadsheet.warc.WarcLimits;
import org.broadsheet.warc.WarcRecordSource;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The records of some web archives (WARC/WET) as batch items, streamed: one record's payload is held at a time.
 * Records that give no page are skips with their reason (named one by one when they dropped something served as a
 * page: too large, binary); damaged records and archives that cannot be read are failures.
 */
final class ArchiveItems implements Iterator<BatchItem> {

    private final Iterator<String> files;
    private String file;
    private WarcRecordSource source;
    private BatchItem next;

    ArchiveItems(List<String> archives) {
        this.files = archives.iterator();
    }

    /**
     * Refuses command lines an archive run cannot honour: archives mixed with other inputs, {@code -o} naming a
     * directory or one of the inputs.
     *
     * @throws ParameterException saying what is wrong
     */
    static void checkArguments(CommandLine commandLine, List<String> inputs, String output) {
        List<String> other = inputs.stream().filter(i -> !WarcRecordSource.isArchiveName(i)).toList();
        if (!other.isEmpty()) {
            throw new ParameterException(commandLine, "give web archives (.warc, .warc.gz, .wet, .wet.gz) on "
                    + "their own, not with " + other.get(0));
        }
        if (output == null) {
            return;
        }
        if (Files.isDirectory(Path.of(output)) || output.endsWith("/")) {
            throw new ParameterException(commandLine, "-o for web archives is one file (ending in .gz to compress)");
        }
        if (inputs.stream().anyMatch(i -> Path.of(i).toAbsolutePath().equals(Path.of(output).toAbsolutePath()))) {
            throw new ParameterException(commandLine, "-o " + output + " is also an input: it would be overwritten");
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (source != null && source.hasNext()) {
                next = item(source.next());
            } else if (source != null) {
                close();
            } else if (files.hasNext()) {
                file = files.next();
                try {
                    source = WarcRecordSource.open(Path.of(file), WarcLimits.DEFAULT);
                } catch (IOException | UncheckedIOException e) {
                    next = BatchItem.failed(file, PageFailure.of(e instanceof UncheckedIOException u ? u.getCause() : e));
                }
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public BatchItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchItem item = next;
        next = null;
        return item;
    }

    private BatchItem item(WarcEntry entry) {
        Input input = new Input(file + " " + entry.recordId(), null, "record");
        if (entry instanceof CrawlRecord r) {
            String source = file;
            return new BatchItem(input, file, r.recordId(), r.offset(), r.url(), () -> r.toRawPage(source),
                    r.provenance(), null, null, null, StreamOutput.key(source, r.recordId()));
        }
        SkippedRecord s = (SkippedRecord) entry;
        String detail = s.reason().description() + ": " + s.detail();
        if (s.reason().isDamage()) {
            return new BatchItem(input, file, s.recordId(), s.offset(), s.url(), null, null,
                    PageFailure.of(s.reason().code(), detail), null, null, null);
        }
        return new BatchItem(input, file, s.recordId(), s.offset(), s.url(), null, null, null, s.reason().code(),
                s.reason().isReportedOneByOne() ? detail : null, null);
    }

    private void close() {
        try {
            source.close();
        } catch (IOException e) {
            // read to the end already: nothing is lost
        }
        source = null;
    }
}
