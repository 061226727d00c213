package org.broadsheet.spark;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.broadsheet.warc.WarcRecordSource;

/**
 * The web archives a job reads, from what the user gave: paths and globs on any Hadoop file system
 * ({@code file:}, {@code hdfs:}, {@code s3a:} ...), directories (their archives, at any depth), and manifests such as
 * Common Crawl's {@code warc.paths.gz} (a name ending in {@code .paths} or {@code .paths.gz}: one path a line,
 * relative lines resolved against a base). Runs on the driver and lists names only; no archive is opened.
 */
final class ArchivePaths {

    private final Configuration hadoop;
    private final String manifestBase;

    /**
     * @param hadoop the file system settings
     * @param manifestBase what relative manifest lines are resolved against (for Common Crawl, e.g.
     *        {@code s3a://commoncrawl/}); null for the manifest's own directory
     */
    ArchivePaths(Configuration hadoop, String manifestBase) {
        this.hadoop = hadoop;
        this.manifestBase = manifestBase;
    }

    /** True when {@code name} is a manifest of archive paths rather than an archive. */
    static boolean isManifest(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".paths") || n.endsWith(".paths.gz");
    }

    /**
     * The archives, fully qualified, in the order given, each once.
     *
     * @throws IOException when an input cannot be listed
     * @throws IllegalArgumentException naming an input that matches no archive
     */
    List<String> expand(List<String> inputs) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        for (String input : inputs) {
            List<String> found = isManifest(input) ? manifest(new Path(input)) : matches(input);
            if (found.isEmpty()) {
                throw new IllegalArgumentException(input + ": no web archive (.warc, .warc.gz, .wet, .wet.gz) there");
            }
            files.addAll(found);
        }
        return new ArrayList<>(files);
    }

    private List<String> matches(String input) throws IOException {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(hadoop);
        FileStatus[] statuses = fs.globStatus(pattern);
        if (statuses == null || statuses.length == 0) {
            throw new FileNotFoundException(input + ": no such file");
        }
        List<String> found = new ArrayList<>();
        for (FileStatus status : statuses) {
            collect(fs, status, found);
        }
        return found;
    }

    private static void collect(FileSystem fs, FileStatus status, List<String> found) throws IOException {
        if (status.isDirectory()) {
            FileStatus[] children = fs.listStatus(status.getPath());
            java.util.Arrays.sort(children);
            for (FileStatus child : children) {
                collect(fs, child, found);
            }
        } else if (WarcRecordSource.isArchiveName(status.getPath().getName())) {
            found.add(fs.makeQualified(status.getPath()).toString());
        }
    }

    private List<String> manifest(Path manifest) throws IOException {
        FileSystem fs = manifest.getFileSystem(hadoop);
        Path qualified = fs.makeQualified(manifest);
        Path base = manifestBase != null ? new Path(manifestBase) : qualified.getParent();
        List<String> found = new ArrayList<>();
        try (InputStream raw = fs.open(qualified);
                InputStream in = manifest.getName().toLowerCase(Locale.ROOT).endsWith(".gz")
                        ? new GZIPInputStream(raw) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Path path = new Path(line);
                Path resolved = path.isAbsoluteAndSchemeAuthorityNull() || path.toUri().getScheme() != null
                        ? path : new Path(base, line);
                found.add(resolved.getFileSystem(hadoop).makeQualified(resolved).toString());
            }
        }
        return found;
    }
}
