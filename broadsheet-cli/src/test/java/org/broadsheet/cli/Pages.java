package org.broadsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Test pages. */
final class Pages {

    private Pages() {
    }

    /** A news page with navigation, a headline, body paragraphs, a subheading, a list, a quote and a footer. */
    static String article(String headline) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%1$s | The Daily Example</title>
                </head><body>
                <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
                <main><article>
                <h1>%1$s</h1>
                <p>The town council voted on Tuesday evening to close the old library on the hill, a decision that
                residents said would leave the town without a public reading room for the first time in a century.</p>
                <p>More than two hundred people attended the meeting, which ran late into the night as speaker after
                speaker asked the council to reconsider. Several of them had borrowed their first books there.</p>
                <h2>What happens next</h2>
                <p>The building will be sold next spring, according to the council's own plan, and the collection of
                some forty thousand volumes will be moved to the county archive in the neighbouring city.</p>
                <ul><li>The reading room closes on 1 March, after the winter season.</li>
                <li>The children's section moves to the primary school building on Mill Lane.</li></ul>
                <blockquote>We are losing far more than a building, and the council knows it very well.</blockquote>
                <p>The mayor said the council had no choice, given the cost of repairing the roof, which has leaked
                for years, and promised that a mobile library would visit every village at least once a week.</p>
                </article></main>
                <footer><p>© 2024 The Daily Example. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>
                </body></html>
                """.formatted(headline);
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path writeGzip(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
