package org.broadsheet.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds a large web archive from a directory of pages, for the streaming and memory benchmarks: the pages are
 * written again and again (each copy a new record ID and address) as response records, each preceded by its request
 * record, as Common Crawl lays them out (one gzip member per record).
 *
 * <pre>
 * MakeWarc HTML_DIR OUT.warc[.gz] --bytes N | --records N
 * </pre>
 *
 * Stops when the file holds at least {@code --bytes} bytes or {@code --records} response records.
 */
public final class MakeWarc {

    private MakeWarc() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: MakeWarc HTML_DIR OUT.warc[.gz] --bytes N | --records N");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long bytes = args[2].equals("--bytes") ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        long records = args[2].equals("--records") ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                if (p.getFileName().toString().contains(".html")) {
                    try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                            : Files.newInputStream(p)) {
                        ByteArrayOutputStream buf = new ByteArrayOutputStream();
                        in.transferTo(buf);
                        pages.add(buf.toByteArray());
                    }
                }
            }
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        WarcCompression compression = out.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        long written = 0;
        Instant date = Instant.parse("2024-05-01T00:00:00Z");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(out, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE), compression)) {
            while (written < records && writer.position() < bytes) {
                byte[] html = pages.get((int) (written % pages.size()));
                URI url = URI.create("https://news.example.com/story/" + written);
                HttpRequest request = new HttpRequest.Builder("GET", url.getRawPath()).addHeader("Host", url.getHost())
                        .build();
                writer.write(new WarcRequest.Builder(url).recordId(UUID.randomUUID()).date(date).body(request).build());
                HttpResponse response = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html"), html).build();
                writer.write(new WarcResponse.Builder(url).recordId(UUID.randomUUID()).date(date.plusSeconds(written))
                        .body(response).build());
                written++;
            }
            System.err.println("MakeWarc: " + written + " responses (" + 2 * written + " records), " + writer.position()
                    + " bytes in " + out);
        }
    }
}
