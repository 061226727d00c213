package org.broadsheet.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;

/**
 * The archive file as jwarc's reader sees it: reads from the file's current position, and closing the reader
 * leaves the file open, so that a new reader can resume after damage.
 */
final class UnclosableChannel implements ReadableByteChannel {

    private final FileChannel file;

    UnclosableChannel(FileChannel file) {
        this.file = file;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return file.read(dst);
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public void close() {
        // the file is closed by WarcRecordSource
    }
}
