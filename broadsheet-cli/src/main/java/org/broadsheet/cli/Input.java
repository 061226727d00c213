package org.broadsheet.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One page to read: a file, or standard input.
 *
 * @param name how messages name it (the path as given, or {@code -})
 * @param path the file, or {@code null} for standard input
 * @param outputName a relative path, without extension, for the page's output file when writing to a directory
 */
public record Input(String name, Path path, String outputName) {

    /** Inputs larger than this (after decompression) are refused rather than read into memory. */
    public static final long MAX_BYTES = 64L << 20;

    /** Standard input. */
    public static Input stdin() {
        return new Input("-", null, "stdin");
    }

    /** True for standard input. */
    public boolean isStdin() {
        return path == null;
    }

    /**
     * The page's bytes, decompressed when they are gzip data (whatever the file is called).
     *
     * @param stdin what standard input reads from
     * @throws IOException when the input cannot be read, or is larger than {@link #MAX_BYTES}
     */
    public byte[] read(InputStream stdin) throws IOException {
        if (isStdin()) {
            return readAll(stdin);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readAll(in);
        }
    }

    private static byte[] readAll(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream body = b0 == 0x1F && b1 == 0x8B ? new GZIPInputStream(in, 65536) : in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        for (int n; (n = body.read(buffer)) > 0;) {
            if (out.size() + (long) n > MAX_BYTES) {
                throw new IOException("larger than " + (MAX_BYTES >> 20) + " MiB; not read");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
